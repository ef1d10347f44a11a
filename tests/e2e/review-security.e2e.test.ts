/**
 * Who may decide: /review and its endpoints refuse anonymous users, wrong passwords (rate-limited),
 * other sites and forged, expired or revoked cookies; reviewer names reach no public page or
 * export, and are escaped where they are shown. Against the real server, over HTTP.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sealData } from 'iron-session';
import { passwordVersion, readReviewers } from '../../lib/review/reviewers-store';
import { startServer, type TestServer } from './server';
import { Client, TEST_SECRET, activeReviewer, reviewEnv, reviewerCli } from './review-helpers';

const HTML_NAME = '<img src=x onerror=alert(1)>林';
const FORMULA_NAME = '=HYPERLINK("http://evil.example","点我")';

describe('review security', () => {
  const review = reviewEnv();
  let server: TestServer;
  let a: Client;
  let facts: { factId: string; articleId: string; regionCode: string }[] = [];

  before(async () => {
    server = await startServer({ env: review.env });
    a = await activeReviewer(server.url, review.dir, 'alice');
    const q = await (await a.get('/api/review/queue')).json() as { items: typeof facts };
    facts = q.items;
    assert.ok(facts.length >= 4, 'the sample data has statistics to decide');
  }, { timeout: 300_000 });
  after(() => server?.stop());

  const corrections = () => {
    try {
      return readFileSync(path.join(review.dir, 'corrections.csv'), 'utf8');
    } catch {
      return '';
    }
  };

  test('anonymous users are sent to sign in from /review, and get 401 from every endpoint', async () => {
    const anon = new Client(server.url);
    for (const page of ['/review', '/review/password', '/review?status=all']) {
      const r = await anon.get(page);
      assert.equal(r.status, 307, page);
      assert.match(r.headers.get('location') ?? '', /\/review\/sign-in/);
    }
    assert.equal((await anon.get('/review/sign-in')).status, 200);
    for (const url of ['/api/review/queue', `/api/review/article/${facts[0]!.articleId}`]) assert.equal((await anon.get(url)).status, 401, url);
    const writes: [string, unknown][] = [
      ['/api/review/decisions', { action: 'confirm', factId: facts[0]!.factId }],
      ['/api/review/undo', { action: 'confirm', factId: facts[0]!.factId, fields: [''] }],
      ['/api/review/password', { password: 'a long test passphrase' }],
    ];
    for (const [url, body] of writes) {
      const r = await anon.post(url, body);
      assert.equal(r.status, 401, url);
      assert.deepEqual(await r.json(), { error: 'sign in to review' });
    }
    assert.equal(corrections(), '', 'nothing was written');
  });

  test('the review pages run under the same Content-Security-Policy and may not be framed by other sites', async () => {
    for (const [url, client] of [['/review/sign-in', new Client(server.url)], ['/review', a]] as const) {
      const r = await client.get(url);
      assert.equal(r.status, 200, url);
      const csp = r.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/, url);
      assert.match(csp, /frame-ancestors 'self'/, url);
      assert.equal(r.headers.get('x-frame-options'), 'SAMEORIGIN', url);
      const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
      const html = await r.text();
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.ok(tag.includes(`nonce="${nonce}"`), `${url}: ${tag.slice(0, 80)}`);
    }
  });

  test('the session cookie is HttpOnly, SameSite=Strict, for the site, and not Secure over plain http', async () => {
    const c = new Client(server.url);
    const r = await c.signIn('alice', 'a long test passphrase');
    assert.equal(r.status, 200);
    const cookie = r.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^zj_review=Fe26\.2\*/);
    assert.match(cookie, /; HttpOnly/i);
    assert.match(cookie, /; SameSite=Strict/i);
    assert.match(cookie, /; Path=\//);
    assert.doesNotMatch(cookie, /; Secure/i);
    assert.equal(r.headers.get('cache-control'), 'no-store');
  });

  test('a one-time password opens a session that may only choose a password', async () => {
    const otp = reviewerCli(review.dir, 'add', 'bob');
    const c = new Client(server.url);
    assert.equal((await c.signIn('bob', otp)).status, 200);
    assert.equal((await c.get('/api/review/queue')).status, 403);
    assert.equal((await c.post('/api/review/decisions', { action: 'confirm', factId: facts[0]!.factId })).status, 403);
    const page = await c.get('/review');
    assert.equal(page.status, 307);
    assert.match(page.headers.get('location') ?? '', /\/review\/password$/);
    assert.equal((await new Client(server.url).signIn('bob', otp)).status, 401, 'the one-time password works once');
    assert.equal((await c.post('/api/review/password', { password: 'short' })).status, 422);
    assert.equal((await c.post('/api/review/password', { password: 'correct horse battery staple' })).status, 200);
    assert.equal((await c.get('/api/review/queue')).status, 200);
  });

  test('wrong passwords are rate-limited after a few tries, even before the right one', async () => {
    reviewerCli(review.dir, 'add', 'carol');
    const c = new Client(server.url);
    for (let i = 0; i < 5; i++) {
      const r = await c.signIn('carol', `guess-${i}`);
      assert.equal(r.status, 401);
      assert.deepEqual(await r.json(), { error: 'wrong name or password' });
    }
    const blocked = await c.signIn('Carol', 'guess-5');
    assert.equal(blocked.status, 429);
    assert.ok(Number(blocked.headers.get('retry-after')) > 800, 'about 15 minutes');
    assert.equal((await new Client(server.url).signIn('alice', 'a long test passphrase')).status, 200, 'other reviewers can still sign in');
    assert.equal((await new Client(server.url).signIn('nobody', 'x')).status, 401, 'an unknown name answers like a wrong password');
  });

  test('cross-origin writes are refused, signed in or not, and write nothing', async () => {
    const before = corrections();
    const body = { action: 'confirm', factId: facts[0]!.factId };
    const cases: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: server.url, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of cases) {
      for (const url of ['/api/review/decisions', '/api/review/undo', '/api/review/password', '/api/review/session']) {
        const r = await a.post(url, url === '/api/review/session' ? { name: 'alice', password: 'a long test passphrase' } : body, headers);
        assert.equal(r.status, 403, `${url} ${JSON.stringify(headers)}`);
        assert.match((await r.json()).error, /^cross-origin/);
      }
    }
    const noOrigin = await fetch(`${server.url}/api/review/decisions`, { method: 'POST', headers: { cookie: a.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(noOrigin.status, 403);
    const form = await fetch(`${server.url}/api/review/decisions`, { method: 'POST', headers: { cookie: a.cookie, origin: server.url, 'content-type': 'application/x-www-form-urlencoded' }, body: 'action=confirm' });
    assert.equal(form.status, 415, 'a form post from anywhere is not JSON');
    assert.equal(corrections(), before);
    assert.equal((await a.post('/api/review/decisions', body)).status, 201, 'the same request from the app itself is saved');
  });

  test('forged, tampered, expired and revoked cookies are refused', async () => {
    const valid = new Client(server.url);
    await valid.signIn('alice', 'a long test passphrase');
    const value = valid.cookie.slice('zj_review='.length);
    const alice = readReviewers(path.join(review.dir, 'reviewers.json')).find((r) => r.name === 'alice')!;
    const rid = alice.id;
    const pv = passwordVersion(alice);
    const now = Date.now();
    const seal = (data: object, password = TEST_SECRET) => sealData(data, { password }).then((x) => `zj_review=${x}`);
    const status = async (cookie: string) => (await fetch(`${server.url}/api/review/queue`, { headers: { cookie } })).status;
    const forged = [
      'zj_review=not-a-seal',
      await seal({ rid, pv, iat: now, exp: now + 3_600_000 }, 'another secret that is long enough!!'),
      `zj_review=${value.slice(0, 40)}${value[40] === 'a' ? 'b' : 'a'}${value.slice(41)}`,
      await seal({ rid, pv: 'guessed', iat: now, exp: now + 3_600_000 }),
      // Expired: our secret, but its own expiry has passed (iron's clock skew alone would accept it for a minute).
      await seal({ rid, pv, iat: now - 7_200_000, exp: now - 1000 }),
    ];
    assert.equal(await status(await seal({ rid, pv, iat: now, exp: now + 60_000 })), 200, 'the same seal, unexpired, is accepted');
    for (const cookie of forged) {
      assert.equal(await status(cookie), 401, cookie.slice(0, 60));
      const page = await fetch(`${server.url}/review`, { headers: { cookie }, redirect: 'manual' });
      assert.equal(page.status, 307);
      const write = await fetch(`${server.url}/api/review/decisions`, { method: 'POST', headers: { cookie, origin: server.url, 'content-type': 'application/json' }, body: JSON.stringify({ action: 'reject', factId: facts[0]!.factId }) });
      assert.equal(write.status, 401);
    }
    // Signed out: the cookie is cleared, and a copy of it no longer works.
    const copy = valid.cookie;
    const out = await valid.request('DELETE', '/api/review/session');
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie') ?? '', /^zj_review=;.*Max-Age=0/);
    assert.equal((await fetch(`${server.url}/api/review/queue`, { headers: { cookie: copy } })).status, 401);
    // Removed: the reviewer's sessions end.
    const dave = await activeReviewer(server.url, review.dir, 'dave');
    assert.equal((await dave.get('/api/review/queue')).status, 200);
    reviewerCli(review.dir, 'remove', 'dave');
    assert.equal((await dave.get('/api/review/queue')).status, 401);
  });

  test('reviewer names with HTML or formula characters are escaped on /review and in corrections.csv, and reach no public page', async () => {
    const html = await activeReviewer(server.url, review.dir, HTML_NAME);
    const formula = await activeReviewer(server.url, review.dir, FORMULA_NAME);
    const [f1, f2, f3] = facts.slice(1);
    assert.equal((await html.post('/api/review/decisions', { action: 'confirm', factId: f1!.factId })).status, 201);
    assert.equal((await formula.post('/api/review/decisions', { action: 'edit', factId: f2!.factId, fields: { subject: '=1+2' } })).status, 201);
    assert.equal((await formula.post('/api/review/decisions', { action: 'confirm', factId: f3!.factId })).status, 201);

    const csv = corrections();
    assert.match(csv, /,"'=HYPERLINK\(""http:\/\/evil\.example"",""点我""\)",/);
    assert.match(csv, /,subject,'=1\+2,/);

    const page = await (await html.get('/review?status=all')).text();
    assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;林'), 'the name is shown as text');
    assert.ok(!page.includes('<img src=x'), 'never as markup');

    const publicPages = [
      '/', '/?reviewed=1', `/region/${f1!.regionCode}`, '/region/330000', `/article/${f1!.articleId}`, `/article/${f3!.articleId}`,
      '/embed/map', '/embed/timeline', '/embed/map?reviewed=1', `/api/timeline?region=330000&codes=${f1!.regionCode}`, '/embed/source?region=330000',
    ];
    for (const url of publicPages) {
      const r = await fetch(`${server.url}${url}`);
      const text = await r.text();
      assert.ok(r.status < 500, `${url}: ${r.status}`);
      for (const needle of ['HYPERLINK', 'onerror', 'alice', 'zj_review']) assert.ok(!text.includes(needle), `${url} shows "${needle}"`);
    }
  });
});
