/**
 * The page cache (lib/http/page-cache-handler.ts) as readers meet it through scripts/serve.ts:
 * every response of a cached page has its own nonce, the same in the CSP and in every script; the
 * body is the page as rendered, gzipped or not; a forged render header gets nothing special;
 * a client navigation gets its own RSC payload; a reviewer's decision shows at once;
 * and in Chromium a page sent from the cache runs its scripts under the CSP.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { launchChromium, recordProblems } from './browser';
import { e2eDataDir, startServer } from './server';

const T = { timeout: 240_000 };

interface Got { status: number; headers: http.IncomingHttpHeaders; body: string }

/** One GET as a client sends it (node's fetch would hide the encoding). */
function get(url: string, headers: Record<string, string> = {}): Promise<Got> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString('utf8') });
      });
    }).on('error', reject);
  });
}

const cspNonce = (g: Got) => /'nonce-([^']+)'/.exec(String(g.headers['content-security-policy']))?.[1];
/** Every nonce the page carries: script and link attributes, and the copies in the flight data. */
const bodyNonces = (html: string) => new Set([...html.matchAll(/nonce="([^"]+)"|\\"nonce\\":\\"([^"\\]+)\\"/g)].map((m) => m[1] ?? m[2]));
const withoutNonce = (html: string, nonce: string) => html.split(nonce).join('NONCE');

test('each response of a cached page has a fresh nonce, the same in its CSP and all its scripts', T, async (t) => {
  const server = await startServer();
  t.after(() => server.stop());
  const url = `${server.url}/region/331100`;
  const pages = [await get(url, { 'accept-encoding': 'gzip' }), await get(url, { 'accept-encoding': 'gzip' }), await get(url)];
  assert.deepEqual(pages.map((p) => p.status), [200, 200, 200]);
  assert.deepEqual(pages.map((p) => p.headers['content-encoding']), ['gzip', 'gzip', undefined]);
  const nonces = pages.map(cspNonce);
  assert.equal(new Set(nonces).size, 3, `nonces repeat: ${nonces.join(' ')}`);
  pages.forEach((p, i) => {
    assert.deepEqual([...bodyNonces(p.body)], [nonces[i]], 'a nonce in the page that is not the CSP nonce');
    assert.ok(p.body.split(nonces[i]!).length > 3, 'the nonce is on the scripts');
    assert.deepEqual([...bodyNonces(String(p.headers.link))], [nonces[i]], 'the Link header carries the same nonce');
    assert.equal(p.headers['x-frame-options'], 'SAMEORIGIN');
  });
  assert.equal(withoutNonce(pages[0]!.body, nonces[0]!), withoutNonce(pages[1]!.body, nonces[1]!));
  assert.equal(withoutNonce(pages[0]!.body, nonces[0]!), withoutNonce(pages[2]!.body, nonces[2]!));

  // A request claiming to be the cache's own render is rendered afresh with a fresh nonce.
  const forged = [await get(url, { 'x-zj-render': 'guess' }), await get(url, { 'x-zj-render': 'guess' })];
  const forgedNonces = forged.map(cspNonce);
  assert.notEqual(forgedNonces[0], forgedNonces[1]);
  forged.forEach((p, i) => assert.deepEqual([...bodyNonces(p.body)], [forgedNonces[i]]));

  // A client navigation's request gets the RSC payload (its own cache entry), not the page's HTML.
  const nav = { rsc: '1', 'next-router-state-tree': '%5B%22%22%2C%7B%7D%2Cnull%2Cnull%5D', 'next-url': '/' };
  const first = await get(url, nav);
  assert.equal(first.status, 307, 'Next.js asks for its _rsc check parameter first');
  const rscUrl = new URL(String(first.headers.location), url).href;
  const rsc = [await get(rscUrl, { ...nav, 'accept-encoding': 'gzip' }), await get(rscUrl, nav)];
  assert.deepEqual(rsc.map((r) => r.status), [200, 200]);
  for (const r of rsc) assert.match(String(r.headers['content-type']), /text\/x-component/);
  assert.doesNotMatch(rsc[0]!.body, /<html/);
  const rscNonces = rsc.map(cspNonce);
  assert.notEqual(rscNonces[0], rscNonces[1]);
  assert.equal(withoutNonce(rsc[0]!.body, rscNonces[0]!), withoutNonce(rsc[1]!.body, rscNonces[1]!));

  const head = await new Promise<http.IncomingMessage>((resolve, reject) => http.request(url, { method: 'HEAD', agent: false }, resolve).on('error', reject).end());
  assert.equal(head.statusCode, 200);
  assert.match(String(head.headers['content-security-policy']), /'nonce-/);
});

test("a reviewer's decision reaches the cached pages at once", T, async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zj-page-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(e2eDataDir().dir, dir, { recursive: true, filter: (src) => !src.endsWith('stats.duckdb') });
  const facts = Papa.parse<Record<string, string>>(readFileSync(path.join(dir, 'facts.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const fact = facts[0]!;
  const server = await startServer({ env: { DATA_DIR: dir, REVIEW_DATA_DIR: dir } });
  t.after(() => server.stop());
  const url = `${server.url}/article/${fact.article_id}`;
  const before = await get(url, { 'accept-encoding': 'gzip' });
  assert.match(before.body, new RegExp(`fact-${fact.fact_id}`));
  assert.equal((await get(url)).body.includes(`fact-${fact.fact_id}`), true); // now cached

  writeFileSync(path.join(dir, 'corrections.csv'), `fact_id,action,field,value,reviewer,decided_at,note\n${fact.fact_id},reject,,,tester,2026-11-26T10:00:00Z,not a statistic\n`);
  const after = await get(url, { 'accept-encoding': 'gzip' });
  assert.equal(after.status, 200);
  assert.doesNotMatch(after.body, new RegExp(`id="fact-${fact.fact_id}"`));
});

test('in Chromium a page sent from the cache runs its scripts under the CSP', T, async (t) => {
  const server = await startServer();
  t.after(() => server.stop());
  await get(`${server.url}/?lang=en`); // the page is now cached
  const browser = await launchChromium();
  t.after(() => browser.close());
  const page = await browser.newPage();
  const problems = recordProblems(page, ['error']);
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.url}/?lang=en`);
  await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor({ timeout: 30_000 });
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
});
