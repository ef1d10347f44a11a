import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runExtraction } from '../../lib/io/run-extraction';

const ROOT = path.resolve(__dirname, '../..');
const FILES = ['articles.csv', 'facts.csv', 'sources.csv', 'skipped.csv'];
const fresh = (p: string) => mkdtempSync(path.join(os.tmpdir(), p));
const outputs = (out: string) => FILES.map((f) => readFileSync(path.join(out, f), 'utf8'));

test('a run that fails before it is published leaves the previous outputs as they were, and nothing of its own', async () => {
  const input = fresh('zj-run-in-');
  cpSync(path.join(ROOT, 'data/raw'), input, { recursive: true });
  const out = fresh('zj-run-out-');
  await runExtraction({ input, out, threads: 1 });
  const before = outputs(out);
  // The next run has more to say (a new page), then fails as its last output is written.
  writeFileSync(path.join(input, 'new.txt'), '本报讯 今年1-6月,杭州市共破获刑事案件1200起,同比下降13.7%。\n');
  await assert.rejects(runExtraction({ input, out, threads: 1, beforeCommit: () => { throw new Error('disk full'); } }), /disk full/);
  assert.deepEqual(outputs(out), before);
  assert.ok(!existsSync(path.join(out, '.lock')), 'the lock is released');
  assert.deepEqual(readdirSync(path.join(out, '.runs')).filter((n) => n.endsWith('.partial')), []);
  // The same run without the failure publishes the new page.
  await runExtraction({ input, out, threads: 1 });
  assert.notDeepEqual(outputs(out), before);
  assert.match(readFileSync(path.join(out, 'sources.csv'), 'utf8'), /^new\.txt,/m);
});

test('an aborted run (Ctrl-C) leaves the previous outputs and nothing of its own', async () => {
  const input = fresh('zj-run-in-');
  cpSync(path.join(ROOT, 'data/raw'), input, { recursive: true });
  const out = fresh('zj-run-out-');
  await runExtraction({ input, out, threads: 1 });
  const before = outputs(out);
  const controller = new AbortController();
  const run = runExtraction({ input, out, threads: 1, signal: controller.signal, onProgress: () => controller.abort(new Error('interrupted')) });
  await assert.rejects(run, /interrupted/);
  assert.deepEqual(outputs(out), before);
  assert.ok(!existsSync(path.join(out, '.lock')));
  assert.deepEqual(readdirSync(path.join(out, '.runs')).filter((n) => n.endsWith('.partial')), []);
});
