/**
 * Hostile pages (one endless line, sentence or clause, thousands of wrapped lines, figures or open
 * quotes and nothing else) are extracted in time linear in their size: four times the text takes
 * about four times as long, not sixteen. Measured as a ratio within one run (CPU time, the best of
 * three), so a busy machine does not decide the result.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processPage } from '../../lib/extract/process-page';
import { HOSTILE_SHAPES, hostilePage, type HostileShape } from '../../scripts/bench/hostile-pages';
import { testMeta } from './seed-pages';

/** Quadratic time gives 16 at four times the size; linear time 4, and start-up costs make it less. */
const MAX_RATIO = 8;
const SIZE: Readonly<Record<HostileShape, number>> = {
  'one line': 60_000, 'one sentence': 60_000, 'one clause': 60_000, 'wrapped lines': 60_000, 'only figures': 8_000, 'open quotes': 8_000,
};

function cpuSeconds(bytes: Uint8Array): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const before = process.cpuUsage();
    processPage(bytes, testMeta('hostile.txt', '2019-03-21'));
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

for (const shape of HOSTILE_SHAPES) {
  test(`a page of ${shape} takes time linear in its size`, () => {
    processPage(new TextEncoder().encode(hostilePage(shape, 2000)), testMeta('warm-up.txt', '2019-03-21'));
    const small = cpuSeconds(new TextEncoder().encode(hostilePage(shape, SIZE[shape])));
    const large = cpuSeconds(new TextEncoder().encode(hostilePage(shape, 4 * SIZE[shape])));
    assert.ok(large / small < MAX_RATIO, `4× the text took ${(large / small).toFixed(1)}× as long (${small.toFixed(3)} s → ${large.toFixed(3)} s)`);
  });
}
