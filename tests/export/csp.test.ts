import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachCsp, buildCsp, isEmbedPath, newNonce } from '../../lib/security/csp';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.slice(d.indexOf(' ') + 1)]));

test('embeds may be framed by any site, every other page only by itself', () => {
  const nonce = newNonce();
  assert.equal(directives(buildCsp({ nonce, pathname: '/embed/map' })).get('frame-ancestors'), '*');
  assert.equal(directives(buildCsp({ nonce, pathname: '/embed/timeline' })).get('frame-ancestors'), '*');
  for (const p of ['/', '/region/330000', '/article/x', '/embedded', '/x/embed/map']) {
    assert.equal(directives(buildCsp({ nonce, pathname: p })).get('frame-ancestors'), "'self'", p);
  }
  assert.equal(isEmbedPath('/embed'), true);
  assert.equal(isEmbedPath('/embedx'), false);
});

test('scripts only with the nonce (no inline, no eval outside development); no plugins, no base or form hijack', () => {
  const nonce = newNonce();
  const d = directives(buildCsp({ nonce, pathname: '/' }));
  assert.equal(d.get('script-src'), `'self' 'nonce-${nonce}' 'strict-dynamic'`);
  assert.equal(d.get('object-src'), "'none'");
  assert.equal(d.get('base-uri'), "'self'");
  assert.equal(d.get('form-action'), "'self'");
  assert.equal(d.get('default-src'), "'self'");
  assert.match(directives(buildCsp({ nonce, pathname: '/', dev: true })).get('script-src')!, /'unsafe-eval'/);
  assert.throws(() => buildCsp({ nonce: "abc'; script-src *", pathname: '/' }), /nonce/);
});

test('nonces are fresh 128-bit base64 values', () => {
  const seen = new Set(Array.from({ length: 50 }, () => newNonce()));
  assert.equal(seen.size, 50);
  for (const n of seen) assert.match(n, /^[A-Za-z0-9+/]{22}==$/);
});

test('attachCsp: the policy on the request headers (for Next.js) with its nonce, returned for the response', () => {
  const h = new Headers({ accept: 'text/html' });
  const csp = attachCsp('/embed/map', h);
  assert.equal(h.get('content-security-policy'), csp);
  assert.ok(csp.includes(`'nonce-${h.get('x-nonce')}'`));
  assert.equal(h.get('accept'), 'text/html');
  assert.notEqual(attachCsp('/', new Headers()), attachCsp('/', new Headers()));
});
