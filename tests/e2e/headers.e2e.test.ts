/**
 * Security headers and the Content-Security-Policy, against the production build
 * (tests/e2e/server.ts): what every response carries, that pages run under their CSP without a
 * single violation in Chromium, and that the nonce is fresh per request and on every script.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { type Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startServer, type TestServer } from './server';

const T = { timeout: 120_000 };

let server: TestServer | undefined;
let browser: Browser | undefined;
let articleId = '';

before(async () => {
  server = await startServer();
  const articles = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(server.data.dir, 'articles.csv'), 'utf8'), { header: true, skipEmptyLines: true });
  articleId = articles.data[0]!.article_id!;
  browser = await launchChromium();
}, { timeout: 300_000 });

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

/** Every kind of page: the dashboard, region and article pages and both embeds. */
const pages = () => [
  '/', '/?region=331100&metric=crime', '/region/330000', '/region/331181', `/article/${encodeURIComponent(articleId)}`,
  '/embed/map', '/embed/map?theme=dark&lang=en', '/embed/timeline?region=331100',
];

function directives(csp: string | null): Map<string, string> {
  assert.ok(csp, 'has a Content-Security-Policy');
  return new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.slice(d.indexOf(' ') + 1)]));
}

test('every response: nosniff and a referrer policy; pages framed only by themselves, embeds by anyone', T, async () => {
  for (const p of pages()) {
    const r = await fetch(server!.url + p);
    assert.equal(r.status, 200, p);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', p);
    assert.equal(r.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', p);
    const d = directives(r.headers.get('content-security-policy'));
    const embed = p.startsWith('/embed/');
    assert.equal(d.get('frame-ancestors'), embed ? '*' : "'self'", p);
    assert.equal(r.headers.get('x-frame-options'), embed ? null : 'SAMEORIGIN', p);
    assert.equal(d.get('object-src'), "'none'", p);
    assert.doesNotMatch(d.get('script-src')!, /unsafe-(inline|eval)/, p);
  }
  // Build assets and public files: nosniff and the referrer policy too.
  const html = await (await fetch(`${server!.url}/`)).text();
  const asset = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  assert.ok(asset, 'a script asset');
  for (const p of [asset, '/geo/zhejiang.topo.json', '/icon.svg']) {
    const r = await fetch(server!.url + p);
    assert.equal(r.status, 200, p);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', p);
    assert.equal(r.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', p);
  }
  const missing = await fetch(`${server!.url}/no-such-page`);
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('x-frame-options'), 'SAMEORIGIN');
  assert.equal(directives(missing.headers.get('content-security-policy')).get('frame-ancestors'), "'self'");
});

test('a fresh nonce per request, on every script of the page', T, async () => {
  const nonces: string[] = [];
  for (const p of ['/', '/embed/map', '/no-such-page']) {
    const r = await fetch(server!.url + p);
    const nonce = /'nonce-([^']+)'/.exec(directives(r.headers.get('content-security-policy')).get('script-src')!)?.[1];
    assert.ok(nonce, p);
    nonces.push(nonce);
    const scripts = (await r.text()).match(/<script\b[^>]*>/g) ?? [];
    assert.ok(scripts.length > 0, p);
    for (const s of scripts) assert.ok(s.includes(`nonce="${nonce}"`), `${p}: ${s}`);
  }
  assert.equal(new Set(nonces).size, nonces.length);
});

test('pages run under their CSP: no violation, no console error or warning in Chromium', T, async () => {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  try {
    for (const p of [...pages(), '/no-such-page']) {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() !== 'error' && m.type() !== 'warning') return;
        // The 404 page's own status is reported as a failed resource; nothing else may be.
        if (p === '/no-such-page' && /status of 404/.test(m.text())) return;
        problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(String(e)));
      await page.goto(server!.url + p, { waitUntil: 'networkidle' });
      if (p === '/' || p.startsWith('/?')) await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor();
      if (p.startsWith('/embed/')) await page.locator('[data-testid="embed-chart"][data-ready="true"]').waitFor();
      // Scripts ran (React hydrated): the page is interactive, not a blocked shell.
      assert.equal(await page.evaluate(() => typeof (window as unknown as { __next_f?: unknown }).__next_f), 'object', p);
      assert.deepEqual(problems, [], p);
      await page.close();
    }
  } finally {
    await context.close();
  }
});
