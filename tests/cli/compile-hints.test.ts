/**
 * scripts/compile-hints.ts: the build's root main files (and only those) start with V8's
 * `//# allFunctionsCalledOnLoad` hint, once however often it runs; a build without the manifest's
 * list is refused by name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addCompileHints, COMPILE_HINT } from '../../scripts/compile-hints';

test('compile hints: root main files get the hint once; other chunks and CSS are left alone', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-hints-'));
  try {
    fs.mkdirSync(path.join(dist, 'static', 'chunks'), { recursive: true });
    const body = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([1,(e)=>{}]);\n';
    for (const f of ['a.js', 'b.js', 'lazy.js', 'c.css']) fs.writeFileSync(path.join(dist, 'static', 'chunks', f), body);
    fs.writeFileSync(path.join(dist, 'build-manifest.json'), JSON.stringify({ rootMainFiles: ['static/chunks/a.js', 'static/chunks/b.js', 'static/chunks/c.css'] }));
    assert.deepEqual(addCompileHints(dist), ['static/chunks/a.js', 'static/chunks/b.js']);
    const read = (f: string) => fs.readFileSync(path.join(dist, 'static', 'chunks', f), 'utf8');
    assert.equal(read('a.js'), COMPILE_HINT + body);
    assert.equal(read('b.js'), COMPILE_HINT + body);
    assert.equal(read('lazy.js'), body, 'chunks loaded on demand are not hinted');
    assert.equal(read('c.css'), body);
    assert.deepEqual(addCompileHints(dist), [], 'a second run changes nothing');
    assert.equal(read('a.js'), COMPILE_HINT + body);
    assert.deepEqual(fs.readdirSync(path.join(dist, 'static', 'chunks')).sort(), ['a.js', 'b.js', 'c.css', 'lazy.js'], 'no temp file left');
    fs.writeFileSync(path.join(dist, 'build-manifest.json'), '{}');
    assert.throws(() => addCompileHints(dist), /build-manifest\.json: no rootMainFiles list/);
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
  }
});
