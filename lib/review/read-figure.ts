/**
 * A selected piece of text read as a figure, to fill in the form for a missed statistic:
 * "1.3万余人" → 13000 人 more_than. The extractor's own number reader; pure, small enough for the browser.
 */
import type { Qualifier } from '../schema';
import { findNumbers } from '../extract/find-numbers';
import { foldWidth } from '../extract/fold-text';

export interface ReadFigure {
  readonly value: string;
  readonly unit: string;
  readonly qualifier: Qualifier;
}

export function readFigure(text: string): ReadFigure | null {
  const n = findNumbers(foldWidth(text))[0];
  return n ? { value: Number.isFinite(n.value) && !/e/i.test(String(n.value)) ? String(n.value) : '', unit: n.unit, qualifier: n.qualifier } : null;
}
