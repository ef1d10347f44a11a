import assert from 'node:assert/strict';
import { statSync, chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { sealData, unsealData } from 'iron-session';
import { hashPassword, newOneTimePassword, newPasswordProblem, verifyPassword } from '../../lib/review/password-hash';
import { newReviewer, passwordVersion, readReviewers, writeReviewers, type Reviewer } from '../../lib/review/reviewers-store';
import { loadSessionSecret } from '../../lib/review/session-secret';
import { sessionFor, sessionOptions, signedInReviewer, SESSION_TTL_SECONDS } from '../../lib/review/session';
import { crossOriginReason } from '../../lib/review/same-origin';
import { checkSignIn } from '../../lib/review/sign-in';
import { MAX_FAILURES_PER_NAME, recordFailure, recordSuccess, signInWait } from '../../lib/review/sign-in-limits';
import { tempDir } from './helpers';

describe('passwords', () => {
  test('are kept as salted scrypt hashes that verify the right password only', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    assert.match(a, /^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    assert.notEqual(a, b, 'a fresh salt each time');
    assert.equal(await verifyPassword('correct horse battery', a), true);
    assert.equal(await verifyPassword('correct horse batterY', a), false);
    assert.equal(await verifyPassword('x', 'not-a-hash'), false);
  });

  test('one-time passwords are 4 groups of unambiguous characters, new passwords need 12 characters', () => {
    const seen = new Set(Array.from({ length: 50 }, newOneTimePassword));
    assert.equal(seen.size, 50);
    for (const p of seen) assert.match(p, /^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
    assert.match(newPasswordProblem('short', 'alice')!, /at least 12/);
    assert.match(newPasswordProblem('alice-is-my-password', 'Alice')!, /must not contain your name/);
    assert.equal(newPasswordProblem('a long enough passphrase', 'alice'), null);
  });
});

describe('sessions', () => {
  const alice = newReviewer('alice', 'scrypt$1$1$1$aa$bb', new Date('2026-11-24T00:00:00Z'));
  const now = Date.parse('2026-11-24T09:00:00Z');

  test('a session speaks for its reviewer until it expires', () => {
    const s = sessionFor(alice, now);
    assert.deepEqual([s.iat, s.exp], [now, now + SESSION_TTL_SECONDS * 1000]);
    assert.deepEqual(signedInReviewer(s, [alice], now), { id: alice.id, name: 'alice', mustChangePassword: true });
    assert.equal(signedInReviewer(s, [alice], s.exp), null, 'expired');
    assert.equal(signedInReviewer({}, [alice], now), null, 'empty');
    assert.equal(signedInReviewer({ ...s, exp: String(s.exp) as unknown as number }, [alice], now), null, 'malformed');
  });

  test('a removed reviewer, or one whose password changed, has no session any more', () => {
    const s = sessionFor(alice, now);
    assert.equal(signedInReviewer(s, [], now), null);
    const again = newReviewer('alice', alice.passwordHash, new Date());
    assert.equal(signedInReviewer(s, [again], now), null, 're-added under the same name: a new id');
    const changed: Reviewer = { ...alice, passwordHash: 'scrypt$1$1$1$cc$dd', oneTimePassword: false };
    assert.notEqual(passwordVersion(changed), passwordVersion(alice));
    assert.equal(signedInReviewer(s, [changed], now), null);
  });

  test('signing out voids every session the reviewer opened before', () => {
    const s = sessionFor(alice, now);
    const signedOut: Reviewer = { ...alice, sessionsValidFrom: new Date(now + 1000).toISOString() };
    assert.equal(signedInReviewer(s, [signedOut], now + 2000), null);
    assert.notEqual(signedInReviewer(sessionFor(alice, now + 1500), [signedOut], now + 2000), null, 'a session opened later counts');
  });

  test('cookies are HttpOnly, SameSite=Strict, for the whole site, Secure over https', () => {
    const o = sessionOptions('x'.repeat(32), true);
    assert.deepEqual(o.cookieOptions, { httpOnly: true, sameSite: 'strict', secure: true, path: '/' });
    assert.equal(sessionOptions('x'.repeat(32), false).cookieOptions?.secure, false);
  });

  test('a seal made with another secret, or tampered with, opens to nothing', async () => {
    const secret = 'a'.repeat(40);
    const seal = await sealData(sessionFor(alice, now), { password: secret, ttl: SESSION_TTL_SECONDS });
    assert.deepEqual(await unsealData(seal, { password: secret }), sessionFor(alice, now));
    assert.deepEqual(await unsealData(seal, { password: 'b'.repeat(40) }), {});
    const tampered = seal.replace(/\*([A-Za-z0-9_-])([A-Za-z0-9_-]{20})/, (_, c: string, rest: string) => `*${c === 'A' ? 'B' : 'A'}${rest}`);
    assert.notEqual(tampered, seal);
    assert.deepEqual(await unsealData(tampered, { password: secret }), {});
  });
});

describe('the session secret', () => {
  test('comes from SESSION_SECRET when set (at least 32 characters)', () => {
    const file = path.join(tempDir(), '.session-secret');
    assert.equal(loadSessionSecret(file, { SESSION_SECRET: 's'.repeat(32) }), 's'.repeat(32));
    assert.throws(() => loadSessionSecret(file, { SESSION_SECRET: 'short' }), /SESSION_SECRET needs at least 32 characters/);
  });

  test('is generated once into a file only its owner can read, and reused', () => {
    const file = path.join(tempDir(), 'sub', '.session-secret');
    const first = loadSessionSecret(file, {});
    assert.ok(first.length >= 43);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(loadSessionSecret(file, {}), first);
    chmodSync(file, 0o644);
    assert.equal(loadSessionSecret(file, {}), first);
    assert.equal(statSync(file).mode & 0o777, 0o600, 'a secret readable by others is locked down');
  });

  test('a secret file that is too short is an error naming the file', () => {
    const file = path.join(tempDir(), '.session-secret');
    writeFileSync(file, 'short\n', { mode: 0o600 });
    assert.throws(() => loadSessionSecret(file, {}), new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the session secret needs at least 32`));
  });
});

describe('writes from other sites', () => {
  const req = (headers: Record<string, string>) => ({ url: 'http://127.0.0.1:3000/api/review/decisions', headers: new Headers({ host: '127.0.0.1:3000', ...headers }) });
  const cases: [string, Record<string, string>, Record<string, string>, RegExp | null][] = [
    ['same origin', { origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }, {}, null],
    ['same origin, no fetch metadata (older browser)', { origin: 'http://127.0.0.1:3000' }, {}, null],
    ['another site', { origin: 'http://evil.example' }, {}, /Origin http:\/\/evil\.example is not this site/],
    ['another port', { origin: 'http://127.0.0.1:4000' }, {}, /is not this site/],
    ['https claimed by the page but the site is http', { origin: 'https://127.0.0.1:3000' }, {}, /is not this site/],
    ['no Origin', {}, {}, /no Origin header/],
    ['cross-site fetch metadata', { origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'cross-site' }, {}, /Sec-Fetch-Site is cross-site/],
    ['same-site is not same-origin', { origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-site' }, {}, /Sec-Fetch-Site is same-site/],
    ['behind a proxy: PUBLIC_ORIGIN', { origin: 'https://review.example.org' }, { PUBLIC_ORIGIN: 'https://review.example.org/' }, null],
    ['x-forwarded-proto only with TRUST_PROXY', { origin: 'https://127.0.0.1:3000', 'x-forwarded-proto': 'https' }, {}, /is not this site/],
    ['x-forwarded-proto with TRUST_PROXY', { origin: 'https://127.0.0.1:3000', 'x-forwarded-proto': 'https' }, { TRUST_PROXY: '1' }, null],
  ];
  for (const [name, headers, env, expected] of cases) {
    test(name, () => {
      const reason = crossOriginReason(req(headers), env);
      if (expected === null) assert.equal(reason, null);
      else assert.match(reason ?? '', expected);
    });
  }
});

describe('sign-in', () => {
  test(`a name is locked after ${MAX_FAILURES_PER_NAME} wrong passwords; a right one clears the count`, async () => {
    const name = `limit-${Date.now()}`;
    for (let i = 0; i < MAX_FAILURES_PER_NAME - 1; i++) await recordFailure(name, `client-${name}`);
    assert.equal(await signInWait(name, `client-${name}`), 0);
    await recordSuccess(name);
    for (let i = 0; i < MAX_FAILURES_PER_NAME; i++) await recordFailure(name.toUpperCase(), `client-${name}`);
    const wait = await signInWait(` ${name} `, `client-${name}`);
    assert.ok(wait > 14 * 60 && wait <= 15 * 60, `locked for 15 minutes (${wait} s)`);
  });

  test('a one-time password opens one session; then only its holder\'s own password works', async () => {
    const file = path.join(tempDir(), 'reviewers.json');
    const otp = newOneTimePassword();
    writeReviewers(file, [newReviewer('王芳', await hashPassword(otp), new Date())]);
    assert.deepEqual(await checkSignIn(file, '王芳', 'wrong', new Date()), { error: 'wrong name or password', counts: true });
    assert.deepEqual(await checkSignIn(file, 'nobody', otp, new Date()), { error: 'wrong name or password', counts: true });
    const first = await checkSignIn(file, ' 王芳 ', otp, new Date('2026-11-24T09:00:00Z'));
    assert.ok('reviewer' in first && first.reviewer.oneTimePassword);
    assert.equal(readReviewers(file)[0]!.oneTimeUsedAt, '2026-11-24T09:00:00.000Z');
    const second = await checkSignIn(file, '王芳', otp, new Date());
    assert.ok('error' in second && /used already/.test(second.error));
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.ok(!readFileSync(file, 'utf8').includes(otp), 'the password itself is never stored');
  });
});
