import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { gazetteerCachePath, loadGazetteerCache, saveGazetteerCache } from '../../lib/io/gazetteer-cache';

const dir = mkdtempSync(path.join(os.tmpdir(), 'zj-gazetteer-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the gazetteer is saved under its sources\' key, older ones are removed, and it loads back', () => {
  const older = gazetteerCachePath(dir, 'aaaaaaaaaaaaaaaaaaaa');
  writeFileSync(older, 'an older gazetteer');
  writeFileSync(path.join(dir, 'other.txt'), 'kept');
  const file = gazetteerCachePath(dir, 'bbbbbbbbbbbbbbbbbbbb');
  assert.notEqual(file, older);
  saveGazetteerCache(file);
  assert.deepEqual(readdirSync(dir).sort(), [path.basename(file), 'other.txt']);
  assert.equal(loadGazetteerCache(file), true);
});

test('a missing or damaged file loads nothing (the worker builds the gazetteer)', () => {
  assert.equal(loadGazetteerCache(path.join(dir, 'gazetteer-none.bin')), false);
  const bad = gazetteerCachePath(dir, 'cccccccccccccccccccc');
  writeFileSync(bad, 'damaged');
  assert.equal(loadGazetteerCache(bad), false);
});

test('a folder that cannot be written: saving does nothing and does not throw', () => {
  const file = path.join(dir, 'no-such-folder', 'deeper', 'gazetteer-x.bin');
  writeFileSync(path.join(dir, 'no-such-folder'), 'a file where the folder would be');
  saveGazetteerCache(file);
  assert.equal(existsSync(file), false);
});
