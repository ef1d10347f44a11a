import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holedBody } from '../../lib/http/holed-gzip';
import { acceptsGzip } from '../../lib/http/page-cache-handler';
import { cacheKey, cachedHeaders, isCacheable, PageCache, type CachedPage } from '../../lib/http/page-cache';
import { createRenderMark, renderPlaceholder } from '../../lib/http/render-mark';

const page = (text: string): CachedPage => ({ status: 200, headers: [['content-type', 'text/html']], body: holedBody(Buffer.from(text), 'PH') });
const none = () => undefined;
const only = (name: string, value = '1') => (h: string) => (h === name ? value : undefined);

test("the reader's pages and the chart APIs are cacheable; reviewing, navigations and writes are not", () => {
  for (const p of ['/', '/region/331100', '/article/abc123', '/embed/map', '/embed/timeline', '/embed/source', '/about', '/api/timeline', '/api/map']) {
    assert.equal(isCacheable('GET', p, none), true, p);
    assert.equal(isCacheable('HEAD', p, none), true, p);
  }
  for (const p of ['/review', '/review/sign-in', '/api/review/decide', '/_next/static/chunks/a.js', '/geo/zhejiang.topo.json', '/region/331100/x', '/favicon.ico']) {
    assert.equal(isCacheable('GET', p, none), false, p);
  }
  assert.equal(isCacheable('POST', '/', none), false);
  for (const h of ['next-action', 'range']) assert.equal(isCacheable('GET', '/', only(h)), false, h);
  // A client navigation (RSC) only with the _rsc parameter Next.js checks its headers against.
  assert.equal(isCacheable('GET', '/?metric=a&_rsc=x1', only('rsc')), true);
  assert.equal(isCacheable('GET', '/?metric=a', only('rsc')), false);
  assert.equal(isCacheable('GET', '/?_rsc=x1', only('next-router-state-tree', '%5B%5D')), false);
});

test("a navigation's key holds the headers its answer depends on", () => {
  const key = (tree: string) => cacheKey('h', '/?_rsc=1', (h) => ({ rsc: '1', 'next-router-state-tree': tree } as Record<string, string>)[h]);
  assert.notEqual(key('%5B%22a%22%5D'), key('%5B%22b%22%5D'));
  assert.equal(key('t'), key('t'));
  assert.notEqual(cacheKey('h', '/', none), cacheKey('h', '/', only('rsc')));
  assert.notEqual(cacheKey('a.example', '/', none), cacheKey('b.example', '/', none));
});

test('per-response headers are not kept with a page', () => {
  const kept = cachedHeaders([['Content-Type', 'text/html'], ['Content-Security-Policy', 'x'], ['Content-Length', '9'], ['Date', 'd'], ['Vary', 'rsc'], ['Transfer-Encoding', 'chunked'], ['X-Frame-Options', 'SAMEORIGIN']]);
  assert.deepEqual(kept.map(([k]) => k), ['Content-Type', 'Vary', 'X-Frame-Options']);
});

test('the cache forgets everything when the data stamp changes', () => {
  const c = new PageCache(1 << 20);
  assert.equal(c.get('/', 'db-1'), undefined);
  c.set('/', 'db-1', page('one'));
  assert.equal(c.get('/', 'db-1')?.body.pieces[0]?.toString(), 'one');
  assert.equal(c.get('/', 'db-2'), undefined);
  assert.equal(c.size, 0);
  c.set('/', 'db-2', page('two'));
  c.set('/region/1', 'db-1', page('late')); // rendered from the old data, finished after the change
  assert.equal(c.get('/', 'db-2')?.body.pieces[0]?.toString(), 'two', 'a late page of old data does not empty the cache');
  assert.equal(c.get('/region/1', 'db-2'), undefined);
});

test('past its byte budget the least recently used pages go first', () => {
  const c = new PageCache(2600); // four pages of 500 bytes (with their compressed copies) fit, five do not
  c.get('a', 's');
  for (const k of ['a', 'b', 'c']) c.set(k, 's', page(k.repeat(500)));
  assert.ok(c.get('a', 's')); // a is now the most recently used; b the least
  c.set('d', 's', page('d'.repeat(500)));
  assert.equal(c.size, 4);
  c.set('e', 's', page('e'.repeat(500)));
  assert.ok(c.usedBytes <= 2600, String(c.usedBytes));
  assert.equal(c.get('b', 's'), undefined);
  for (const k of ['a', 'c', 'd', 'e']) assert.ok(c.get(k, 's'), k);
});

test('one page larger than a quarter of the budget is not kept', () => {
  const c = new PageCache(4000);
  c.get('small', 's');
  c.set('small', 's', page('s'.repeat(100)));
  c.set('huge', 's', page('h'.repeat(2000)));
  assert.equal(c.get('huge', 's'), undefined);
  assert.ok(c.get('small', 's'));
});

test('gzip is sent only to clients that accept it', () => {
  assert.equal(acceptsGzip('gzip, deflate, br'), true);
  assert.equal(acceptsGzip('br;q=1.0, gzip;q=0.8'), true);
  assert.equal(acceptsGzip('*'), true);
  assert.equal(acceptsGzip(undefined), false);
  assert.equal(acceptsGzip('identity'), false);
  assert.equal(acceptsGzip('gzip;q=0'), false);
  assert.equal(acceptsGzip('deflate, br'), false);
});

test("only this process's token gets the placeholder nonce", () => {
  const mark = createRenderMark();
  assert.equal(renderPlaceholder(mark.token), mark.placeholder);
  assert.equal(renderPlaceholder(null), null);
  assert.equal(renderPlaceholder(''), null);
  assert.equal(renderPlaceholder(mark.token.slice(1)), null);
  assert.equal(renderPlaceholder(`${mark.token.slice(0, -1)}0`.replace(/.$/, (c) => (c === mark.token.at(-1) ? '1' : c))), null);
  assert.match(mark.placeholder, /^[A-Za-z0-9_-]{24}$/);
});
