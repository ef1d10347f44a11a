import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { verifyPassword } from '../../lib/review/password-hash';
import { readReviewers } from '../../lib/review/reviewers-store';
import { runScript, tempDir } from './helpers';

const OTP = /^ {4}([a-z2-9]{4}(?:-[a-z2-9]{4}){3})$/m;

describe('npm run reviewer', () => {
  const dir = tempDir('zj-review-data-');
  const run = (...args: string[]) => runScript('scripts/reviewer.ts', args, { REVIEW_DATA_DIR: dir });
  const file = path.join(dir, 'reviewers.json');

  test('add prints a one-time password once; only its scrypt hash is stored, in a file only the owner reads', async () => {
    const r = run('add', '王芳');
    assert.equal(r.status, 0, r.stderr);
    const password = OTP.exec(r.stdout)?.[1];
    assert.ok(password, r.stdout);
    const text = readFileSync(file, 'utf8');
    assert.ok(!text.includes(password!));
    const [reviewer] = readReviewers(file);
    assert.equal(reviewer!.name, '王芳');
    assert.equal(reviewer!.oneTimePassword, true);
    assert.equal(await verifyPassword(password!, reviewer!.passwordHash), true);
    assert.equal(statSync(file).mode & 0o777, 0o600);
  });

  test('a name that exists is refused; names with HTML or formula characters are kept as they are', () => {
    const again = run('add', '王芳');
    assert.equal(again.status, 1);
    assert.match(again.stderr, /王芳 already exists/);
    assert.equal(run('add', '<b>x</b>=SUM(1)').status, 0);
    assert.ok(readReviewers(file).some((r) => r.name === '<b>x</b>=SUM(1)'));
  });

  test('a name with control characters or only spaces is refused', () => {
    const r = run('add', 'bad\u001b[31mname');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /control characters/);
    assert.equal(run('add', '   ').status, 1);
  });

  test('list shows every reviewer and whether the one-time password is still to be used', () => {
    const r = run('list');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^王芳\tone-time password not used yet\tadded \d{4}-\d{2}-\d{2}$/m);
    assert.match(r.stdout, /^<b>x<\/b>=SUM\(1\)\t/m);
  });

  test('reset gives a new one-time password; the old one no longer works', async () => {
    const before = readReviewers(file).find((r) => r.name === '王芳')!;
    const r = run('reset', '王芳');
    assert.equal(r.status, 0, r.stderr);
    const after = readReviewers(file).find((x) => x.name === '王芳')!;
    assert.equal(after.id, before.id);
    assert.notEqual(after.passwordHash, before.passwordHash);
    assert.equal(await verifyPassword(OTP.exec(r.stdout)![1]!, after.passwordHash), true);
  });

  test('remove takes the reviewer out; unknown names and bad usage are errors', () => {
    assert.equal(run('remove', '王芳').status, 0);
    assert.equal(readReviewers(file).some((r) => r.name === '王芳'), false);
    const gone = run('remove', '王芳');
    assert.equal(gone.status, 1);
    assert.match(gone.stderr, /no reviewer named 王芳/);
    assert.equal(run().status, 2);
    assert.equal(run('add').status, 2);
    assert.equal(run('list', 'extra').status, 2);
    assert.equal(run('promote', 'x').status, 2);
  });
});
