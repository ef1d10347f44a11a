/**
 * An article's text as the extractor matches it: folded (fold-text.ts: same length), without
 * invisible format characters (Unicode category Cf: zero-width spaces and joiners, bidi marks and
 * overrides, soft hyphens, stray byte order marks), which would break words and figures apart
 * unseen, and without pinyin readings (pinyin-readings.ts). `origin` maps each offset back into the
 * display text, so a figure found here highlights the same characters there.
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

/** Zero-width space U+200B, joiners U+200C/D, bidi override U+202E, soft hyphen U+00AD, U+FEFF. */
const FORMAT_CHARACTER = /\p{Cf}/gu;
const ANY_FORMAT_CHARACTER = /\p{Cf}/u;

/**
 * Whether every code unit of `text` lies where Unicode puts no format character: below U+00AD
 * (ASCII, Latin-1 punctuation), U+3000–U+9FFF (CJK punctuation, kana, ideographs) or U+FF00–U+FFEF
 * (full-width forms). A table-free test per code unit, several times faster than the \p{Cf} regex
 * on the usual page; any other character sends the text to the regex.
 */
function surelyNoFormatCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xad || (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef)) continue;
    return false;
  }
  return true;
}

/** Where the format characters of `text` are, as [start, end) spans in text order. */
export function formatCharacters(text: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  // The usual case, without an iterator per line.
  if (surelyNoFormatCharacter(text) || !ANY_FORMAT_CHARACTER.test(text)) return out;
  for (const m of text.matchAll(FORMAT_CHARACTER)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** `text` without the spans `cuts` (sorted, not overlapping), with each kept offset's origin. */
function without(text: string, cuts: ReadonlyArray<readonly [number, number]>): MatchText {
  if (cuts.length === 0) return sameLength(text);
  const kept: string[] = [];
  const origin = new Int32Array(text.length + 1);
  let n = 0;
  let from = 0;
  for (const [start, end] of [...cuts, [text.length, text.length] as const]) {
    kept.push(text.slice(from, start));
    for (let i = from; i < start; i++) origin[n++] = i;
    from = end;
  }
  origin[n] = text.length;
  return { text: kept.join(''), origin: (i) => origin[i]! };
}

export function matchText(display: string, toSimplified: CharConverter): MatchText {
  const visible = without(foldText(display, toSimplified), formatCharacters(display));
  const cuts = pinyinReadings(visible.text);
  if (cuts.length === 0) return visible;
  const plain = without(visible.text, cuts);
  return { text: plain.text, origin: (i) => visible.origin(plain.origin(i)) };
}

/** The display-text span of the match-text span [start, end): a reading after its end is left out. */
export function originSpan(m: MatchText, start: number, end: number): readonly [number, number] {
  return [m.origin(start), end > start ? m.origin(end - 1) + 1 : m.origin(start)];
}
