import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs, { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listInput, readRegularFile } from '../../lib/io/input-files';

const fresh = () => mkdtempSync(path.join(os.tmpdir(), 'zj-input-'));

test('links, named pipes and sockets are listed with their reason, never opened', () => {
  const dir = fresh();
  writeFileSync(path.join(dir, 'a.txt'), '本报讯');
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'b.txt'), '本报讯');
  symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'link.txt'));
  symlinkSync('/etc', path.join(dir, 'etc'));
  assert.equal(spawnSync('mkfifo', [path.join(dir, 'sub', 'pipe.txt')]).status, 0);
  const listing = listInput(dir);
  assert.deepEqual(listing.files, ['a.txt', 'sub/b.txt']);
  assert.deepEqual(listing.unread, [
    { source: 'etc', reason: 'symbolic link: not followed' },
    { source: 'link.txt', reason: 'symbolic link: not followed' },
    { source: 'sub/pipe.txt', reason: 'named pipe (FIFO): not read' },
  ]);
});

test('a file swapped for a named pipe or a link after listing is refused when opened, without waiting', () => {
  const dir = fresh();
  assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]).status, 0);
  symlinkSync('/etc/hostname', path.join(dir, 'link.txt'));
  assert.deepEqual(readRegularFile(path.join(dir, 'pipe.txt')), { reason: 'named pipe (FIFO): not read' });
  assert.deepEqual(readRegularFile(path.join(dir, 'link.txt')), { reason: 'symbolic link: not followed' });
  assert.deepEqual(readRegularFile(dir), { reason: 'a folder, not a file' });
  assert.deepEqual(readRegularFile(path.join(dir, 'gone.txt')), { reason: 'not found' });
});

test('a folder whose path is too long is listed as not read, and the rest is read', () => {
  const dir = fresh();
  writeFileSync(path.join(dir, 'a.txt'), '本报讯');
  // 20 levels of 250 characters: over PATH_MAX (4096), made one level at a time from inside.
  const level = 'd'.repeat(250);
  // (A shell's cd builds the whole path and fails past PATH_MAX; node's chdir goes one relative step.)
  const make = `const fs = require('node:fs'); for (let i = 0; i < 20; i++) { fs.mkdirSync('${level}'); process.chdir('${level}'); } fs.writeFileSync('deep.txt', '本报讯');`;
  const r = spawnSync(process.execPath, ['-e', make], { cwd: dir });
  assert.equal(r.status, 0, String(r.stderr));
  const listing = listInput(dir);
  assert.deepEqual(listing.files, ['a.txt']);
  assert.equal(listing.unread.length, 1);
  assert.match(listing.unread[0]!.source, /^d+(\/d+)+\/$/);
  assert.equal(listing.unread[0]!.reason, 'folder not read: path too long');
});

test('a folder that cannot be read is listed as not read, and the rest is read', (t) => {
  const dir = fresh();
  writeFileSync(path.join(dir, 'a.txt'), '本报讯');
  mkdirSync(path.join(dir, 'private'));
  writeFileSync(path.join(dir, 'private', 'b.txt'), '本报讯');
  // Tests run as root here, where permissions do not stop reading: the refusal is the file system's answer, stood in for.
  const readdir = fs.readdirSync;
  t.mock.method(fs, 'readdirSync', (p: fs.PathLike, o: object) => {
    if (String(p).endsWith('private')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(p)}'`), { code: 'EACCES' });
    return readdir(p, o as { withFileTypes: true });
  });
  const listing = listInput(dir);
  mock.restoreAll();
  assert.deepEqual(listing.files, ['a.txt']);
  assert.deepEqual(listing.unread, [{ source: 'private/', reason: 'folder not read: permission denied' }]);
});
