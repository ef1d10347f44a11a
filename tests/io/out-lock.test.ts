import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCK_FILE, LockedError, lockOutFolder } from '../../lib/io/out-lock';

const fresh = () => mkdtempSync(path.join(os.tmpdir(), 'zj-lock-'));

/** The id of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

test('a second run on the same output folder is refused while the first holds it, and may go after', () => {
  const out = fresh();
  const release = lockOutFolder(out);
  writeFileSync(path.join(out, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: os.hostname(), started: '2026-01-01T00:00:00Z' }));
  assert.throws(() => lockOutFolder(out), (e: unknown) => e instanceof LockedError && new RegExp(`pid ${process.ppid}`).test(e.message) && e.message.includes(out));
  writeFileSync(path.join(out, LOCK_FILE), JSON.stringify({ pid: process.pid, host: os.hostname(), started: '' }));
  release();
  assert.ok(!existsSync(path.join(out, LOCK_FILE)));
  lockOutFolder(out)();
});

test('the lock of a run that was killed is taken over', () => {
  const out = fresh();
  writeFileSync(path.join(out, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: os.hostname(), started: '2026-01-01T00:00:00Z' }));
  const release = lockOutFolder(out);
  assert.ok(existsSync(path.join(out, LOCK_FILE)));
  release();
  assert.ok(!existsSync(path.join(out, LOCK_FILE)));
});

test('a half-written lock (a run killed while taking it) is taken over', () => {
  const out = fresh();
  writeFileSync(path.join(out, LOCK_FILE), '{"pid":');
  lockOutFolder(out)();
});
