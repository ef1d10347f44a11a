import assert from 'node:assert/strict';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { ROOT, bundlePath, runBundle, scriptBundle, type BundleSpec } from '../../lib/io/script-bundle';

const SRC = path.join(ROOT, '.tmp', 'bundle-test-src');
const spec: BundleSpec = { entry: '.tmp/bundle-test-src/entry.ts', name: 'bundle-test', external: [] };
const globals = globalThis as { bundleTestSaid?: string };

after(() => {
  rmSync(SRC, { recursive: true, force: true });
  rmSync(path.dirname(bundlePath(spec)), { recursive: true, force: true });
});

function writeSources(word: string): void {
  mkdirSync(SRC, { recursive: true });
  writeFileSync(path.join(SRC, 'word.ts'), `export const word: string = '${word}';\n`);
  writeFileSync(path.join(SRC, 'entry.ts'), `import { word } from './word';\n(globalThis as { bundleTestSaid?: string }).bundleTestSaid = word;\n`);
}

test('a TypeScript entry is bundled into JavaScript that runs, and built again only when a source changes', () => {
  writeSources('first');
  const file = scriptBundle(spec);
  assert.equal(file, bundlePath(spec));
  runBundle(file!);
  assert.equal(globals.bundleTestSaid, 'first');
  const built = statSync(file!).mtimeMs;
  assert.equal(scriptBundle(spec), file);
  assert.equal(statSync(file!).mtimeMs, built, 'unchanged sources: the bundle is kept');
  writeSources('second'); // an imported file changed
  runBundle(scriptBundle(spec)!);
  assert.equal(globals.bundleTestSaid, 'second');
});

test('an entry that cannot be bundled gives null and the reason', () => {
  writeSources('x');
  writeFileSync(path.join(SRC, 'entry.ts'), `import { nothing } from './missing';\nconsole.log(nothing);\n`);
  const reasons: string[] = [];
  assert.equal(scriptBundle(spec, (r) => reasons.push(r)), null);
  assert.match(reasons[0] ?? '', /could not build \.tmp\/bundle-test-src\/entry\.ts into JavaScript/);
});
