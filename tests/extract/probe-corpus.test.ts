/**
 * The extractor on texts it was never tuned on (tests/fixtures/probe-corpus, written after the
 * rules): the scores must hold issue 8's bars. Scored by the same code as `npm run eval`.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { scoreFacts, scoreLine, type ExtractedRow, type GoldRow } from '../../lib/eval/score-facts';
import { readCsvFile } from '../../lib/io/read-csv';
import { runExtraction } from '../../lib/io/run-extraction';
import { ROOT, tempDir } from '../cli/helpers';

const PROBE = path.join(ROOT, 'tests', 'fixtures', 'probe-corpus');

test('probe corpus: F1 ≥ 0.95, metric ≥ 0.92, indicator ≥ 0.85 on texts the rules never saw', { timeout: 120_000 }, async () => {
  const out = tempDir();
  await runExtraction({ input: path.join(PROBE, 'texts'), out });
  const score = scoreFacts(
    readCsvFile<ExtractedRow & Record<string, string>>(path.join(out, 'facts.csv')),
    readCsvFile<GoldRow & Record<string, string>>(path.join(PROBE, 'gold.csv')),
  );
  const detail = `${scoreLine(score)}\n${[...score.misses.map((m) => `miss ${m.key}`), ...score.extras.map((e) => `extra ${e.key}`)].join('\n')}`;
  assert.ok(score.required >= 75, `the gold file is read whole: ${score.required} required rows`);
  assert.ok(score.f1 >= 0.95, detail);
  assert.ok(score.metricAccuracy >= 0.92, detail);
  assert.ok(score.indicatorAccuracy >= 0.85, detail);
});
