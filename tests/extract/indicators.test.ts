import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { FALLBACK_INDICATOR, INDICATORS, isIndicatorId, metricOfIndicator } from '../../lib/indicators';
import { METRIC_KEYS } from '../../lib/schema';
import { ROOT } from '../cli/helpers';

const spec = path.resolve(ROOT, '../shared/corpus/INDICATORS.md');

/** The rows of the markdown table whose first cell is an id: [id, metric, zh, en]. */
function specRows(markdown: string): string[][] {
  return markdown.split('\n')
    .filter((l) => /^\|\s*[a-z_]+\s*\|/.test(l))
    .map((l) => l.split('|').slice(1, 5).map((c) => c.trim()))
    .filter(([id]) => id !== 'id');
}

describe('the indicator table', () => {
  test('matches INDICATORS.md: every id, its metric, its Chinese and English name, in order', { skip: existsSync(spec) ? false : 'needs ../shared' }, () => {
    const rows = specRows(readFileSync(spec, 'utf8'));
    assert.equal(rows.length, 32);
    assert.deepEqual(INDICATORS.map((i) => [i.id, i.metric, i.zh, i.en]), rows);
  });

  test('every metric has a catch-all of its own family', () => {
    for (const m of METRIC_KEYS) assert.equal(metricOfIndicator(FALLBACK_INDICATOR[m]), m);
  });

  test('ids are unique and recognised; anything else is not an id', () => {
    assert.equal(new Set(INDICATORS.map((i) => i.id)).size, INDICATORS.length);
    assert.ok(isIndicatorId('telecom_fraud'));
    for (const bad of ['', 'crime', 'Telecom_fraud', '__proto__', 'toString']) assert.equal(isIndicatorId(bad), false, bad);
  });
});
