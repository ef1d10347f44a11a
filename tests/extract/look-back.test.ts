import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countStartingBefore, spansWithin } from '../../lib/extract/look-back';

const spans = [{ start: 2, end: 5 }, { start: 5, end: 7 }, { start: 10, end: 14 }, { start: 20, end: 22 }];

test('counts the spans that start before an offset', () => {
  assert.deepEqual([0, 2, 3, 5, 6, 10, 11, 21, 99].map((o) => countStartingBefore(spans, o)), [0, 0, 1, 1, 2, 2, 3, 4, 4]);
});

test('gives the spans inside a range, as a filter over all of them would', () => {
  for (let from = 0; from <= 23; from++) {
    for (let to = from; to <= 23; to++) {
      assert.deepEqual(spansWithin(spans, from, to), spans.filter((s) => s.start >= from && s.end <= to), `[${from}, ${to}]`);
    }
  }
});
