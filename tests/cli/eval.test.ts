import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT, runScript } from './helpers';

test('npm run eval on a folder that does not exist says so in one line, without a stack trace', () => {
  const r = runScript('scripts/eval.ts', ['--gold', path.join(ROOT, 'tests/fixtures/probe-corpus/gold.csv'), '--input', '/nonexistent/pages']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'eval: input folder not found: /nonexistent/pages\n');
});
