/**
 * Article text → sentences with offsets. A sentence ends at 。!?; or a line break; closing
 * quotes and brackets after the stop belong to it ("…不缺位。”").
 */
import type { Sentence } from '../schema';

const END = /[。!！?？;；]+[”’」』)）]*|\n/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + lead, end: start + lead + body.length, paragraph });
  };
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const isBreak = m[0] === '\n';
    push(isBreak ? m.index : m.index + m[0].length);
    start = m.index + m[0].length;
    if (isBreak) paragraph++;
  }
  push(text.length);
  return out;
}

/**
 * How far a clause reaches from a figure on either side. Clauses of news text are under 110
 * characters; text without punctuation (a hostile or broken file) would otherwise make every
 * figure read the whole paragraph, and the article's time grow with its square.
 */
export const CLAUSE_REACH = 200;

/**
 * By code unit: 1 for the clause boundaries inside a sentence (commas, colons and semicolons; not
 * 、, which lists), 2 for the sentence ends 。!！?？ and the line break; a table read per
 * character, as clauseStart and clauseEnd walk from every figure.
 */
const BREAK_KIND = new Uint8Array(0x10000);
for (const c of ',，:：;；') BREAK_KIND[c.charCodeAt(0)] = 1;
for (const c of '。!！?？\n') BREAK_KIND[c.charCodeAt(0)] = 2;

/** Start of the clause containing offset `at` of `text` (at most CLAUSE_REACH before it). */
export function clauseStart(text: string, at: number): number {
  const stop = Math.max(0, at - CLAUSE_REACH);
  for (let i = at - 1; i >= stop; i--) if (BREAK_KIND[text.charCodeAt(i)] === 1) return i + 1;
  return stop;
}

/** End (exclusive) of the clause containing offset `at` of `text` (at most CLAUSE_REACH after it). */
export function clauseEnd(text: string, at: number): number {
  const stop = Math.min(text.length, at + CLAUSE_REACH);
  for (let i = at; i < stop; i++) if (BREAK_KIND[text.charCodeAt(i)] !== 0) return i;
  return stop;
}

/**
 * The most of a sentence a statistic quotes. News sentences are under 250 characters and are
 * quoted whole; one of a huge paragraph without stops must not make every row that quotes it
 * as long as the paragraph.
 */
export const QUOTE_MAX = 300;

/**
 * The part of the sentence [start, end) of `text` that a statistic at [at, atEnd) quotes: the whole
 * sentence when it is short, else QUOTE_MAX characters around the figure, two thirds of them
 * before it (where its subject is). Never splits a surrogate pair. Returns offsets into `text`.
 */
export function quoteSpan(text: string, start: number, end: number, at: number, atEnd: number): { start: number; end: number } {
  if (end - start <= QUOTE_MAX) return { start, end };
  const room = Math.max(0, QUOTE_MAX - (atEnd - at));
  let from = Math.max(start, at - Math.ceil((room * 2) / 3));
  let to = Math.min(end, Math.max(atEnd, from + QUOTE_MAX));
  from = Math.max(start, Math.min(from, to - QUOTE_MAX));
  if (from > start && isLowSurrogate(text.charCodeAt(from))) from++;
  if (to < end && isLowSurrogate(text.charCodeAt(to))) to--;
  return { start: from, end: to };
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
