/**
 * An article's text as the extractor matches it: folded (fold-text.ts: same length) and without
 * the noise that would break words apart (pinyin readings, pinyin-readings.ts). `origin` maps each
 * offset back into the display text, so a figure found here highlights the same characters there.
 */
import { foldText, type CharConverter } from './fold-text';
import { pinyinReadings } from './pinyin-readings';

export interface MatchText {
  readonly text: string;
  /** Offset in the display text of the code unit at `i` (text.length → the display text's length). */
  readonly origin: (i: number) => number;
}

/** A folded text of the display text's own length: every offset is its own origin. */
export function sameLength(folded: string): MatchText {
  return { text: folded, origin: (i) => i };
}

export function matchText(display: string, toSimplified: CharConverter): MatchText {
  const folded = foldText(display, toSimplified);
  const cuts = pinyinReadings(folded);
  if (cuts.length === 0) return sameLength(folded);
  const kept: string[] = [];
  const origin = new Int32Array(folded.length + 1);
  let n = 0;
  let from = 0;
  for (const [start, end] of [...cuts, [folded.length, folded.length] as const]) {
    kept.push(folded.slice(from, start));
    for (let i = from; i < start; i++) origin[n++] = i;
    from = end;
  }
  origin[n] = folded.length;
  return { text: kept.join(''), origin: (i) => origin[i]! };
}

/** The display-text span of the match-text span [start, end): a reading after its end is left out. */
export function originSpan(m: MatchText, start: number, end: number): readonly [number, number] {
  return [m.origin(start), end > start ? m.origin(end - 1) + 1 : m.origin(start)];
}
