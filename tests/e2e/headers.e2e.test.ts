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
import { directives, internalHeaders } from './http-checks';
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

/** The security headers every response carries: CSP and framing by path, nosniff, referrer policy, nothing internal. */
function assertSecurityHeaders(r: Response, p: string): void {
  assert.equal(r.headers.get('x-content-type-options'), 'nosniff', p);
  assert.equal(r.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', p);
  const d = directives(r.headers.get('content-security-policy'));
  const embed = p.startsWith('/embed/');
  assert.equal(d.get('frame-ancestors'), embed ? '*' : "'self'", p);
  assert.equal(r.headers.get('x-frame-options'), embed ? null : 'SAMEORIGIN', p);
  assert.equal(d.get('object-src'), "'none'", p);
  assert.doesNotMatch(d.get('script-src')!, /unsafe-(inline|eval)/, p);
  assert.deepEqual(internalHeaders(r.headers), [], `${p}: internal headers`);
}

test('every response: nosniff and a referrer policy; pages framed only by themselves, embeds by anyone', T, async () => {
  for (const p of pages()) {
    const r = await fetch(server!.url + p);
    assert.equal(r.status, 200, p);
    assertSecurityHeaders(r, p);
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

test('every response carries the CSP and framing headers: files, assets, API answers, redirects, 404s that look like files, malformed paths', T, async () => {
  const html = await (await fetch(`${server!.url}/`)).text();
  const asset = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  assert.ok(asset, 'a script asset');
  const answers: ReadonlyArray<[string, number]> = [
    [asset, 200], ['/geo/zhejiang.topo.json', 200], ['/icon.svg', 200],
    ['/api/timeline?codes=331100', 200], ['/api/map?level=county', 200], ['/embed/source?chart=map', 200],
    ['/review', 307], ['/api/review/queue', 401],
    ['/no-such-page', 404], ['/article/x.txt', 404], ['/embed/x.png', 404], ['/region/x.json', 404],
    ['/geo/missing.json', 404], ['/_next/static/missing.js', 404], ['/favicon.ico', 404],
    ['/article/%ZZ', 404], ['/article/%ZZ.txt', 404], ['/region/%FF', 404], ['/embed/%E0%A4%A', 404],
  ];
  for (const [p, status] of answers) {
    const r = await fetch(server!.url + p, { redirect: 'manual' });
    assert.equal(r.status, status, p);
    assertSecurityHeaders(r, p);
  }
});

test('no internal header in any response of a browser session, client-side navigations included', T, async () => {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
  const seen: string[] = [];
  const leaks: string[] = [];
  const pending: Promise<void>[] = [];
  context.on('response', (res) => {
    if (!res.url().startsWith(server!.url)) return;
    seen.push(res.url());
    pending.push(res.allHeaders().then((h) => {
      for (const k of internalHeaders(h)) leaks.push(`${res.url()}: ${k}`);
    }));
  });
  try {
    const page = await context.newPage();
    await page.goto(`${server!.url}/`, { waitUntil: 'networkidle' });
    // A client-side navigation (React Server Components payload), not a page load.
    await page.locator('[data-testid="sort-value"]').click();
    await page.waitForURL(/sort=value/);
    await page.waitForLoadState('networkidle');
    assert.ok(seen.some((u) => /[?&]_rsc=/.test(u)), `a client-side navigation was fetched: ${seen.join(' ')}`);
    await page.goto(`${server!.url}/article/%E0%A4%A`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    await page.close();
  } finally {
    await context.close();
  }
  assert.deepEqual(leaks, []);
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
