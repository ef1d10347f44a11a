/**
 * Finds indicator keywords (indicator-keywords.ts) in a text, in one pass: the longest keyword at
 * each position, reading through quotation marks (“五类”案件 is 五类案件) and skipping keywords that
 * are part of an organisation's name (矛盾纠纷调处化解中心 counts no disputes).
 */
import { FALLBACK_INDICATOR, metricOfIndicator, type IndicatorId } from '../indicators';
import type { MetricKey } from '../schema';
import { ACTION_WORDS, GENERIC_WORDS, INDICATOR_KEYWORDS, KIND_WORDS, ORGANISATION_AFTER, SPECIFICITY, WORD_SPECIFICITY } from './indicator-keywords';

/**
 * What a keyword says of a figure: the kind of thing (命案, 电信诈骗), the whole of it (刑事案件,
 * 满意率), what was done about it (破获, 抓获), or only that it happened (案件, 事故, 发案).
 */
export type KeywordRole = 'kind' | 'whole' | 'action' | 'generic';

export interface Keyword {
  readonly word: string;
  readonly indicator: IndicatorId;
  readonly metric: MetricKey;
  readonly specificity: number;
  readonly role: KeywordRole;
}

/** A keyword found in a text: [start, end) in that text. */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly k: Keyword;
}

function roleOf(word: string, specificity: number): KeywordRole {
  if (KIND_WORDS.has(word)) return 'kind';
  if (ACTION_WORDS.has(word)) return 'action';
  if (GENERIC_WORDS.has(word) || specificity === 0) return 'generic';
  if (specificity >= 3) return 'kind';
  return specificity === 2 ? 'action' : 'whole';
}

const KEYWORDS: readonly Keyword[] = Object.entries(INDICATOR_KEYWORDS)
  .flatMap(([id, words]) => words.map((word): Keyword => {
    const indicator = id as IndicatorId;
    const specificity = WORD_SPECIFICITY[word] ?? SPECIFICITY[indicator] ?? 3;
    return { word, indicator, metric: metricOfIndicator(indicator), specificity, role: roleOf(word, specificity) };
  }))
  .sort((a, b) => b.word.length - a.word.length);

/**
 * Keywords by the code of their first character (an array read per character of text, no string
 * made), longest first, so a text is scanned once.
 */
const BY_FIRST: ReadonlyArray<readonly Keyword[] | undefined> = KEYWORDS.reduce((table, k) => {
  const c = k.word.charCodeAt(0);
  (table[c] ??= []).push(k);
  return table;
}, new Array<Keyword[] | undefined>(0x10000).fill(undefined));

/** One bit a code unit: set when a keyword starts with it (8 kB, read per character of text before BY_FIRST). */
const STARTS = new Int32Array(1 << 11);
for (const k of KEYWORDS) STARTS[k.word.charCodeAt(0) >>> 5]! |= 1 << (k.word.charCodeAt(0) & 31);

/** Quotation marks, by code unit: “ ” ‘ ’ " ' 《 》 「 」. */
const IS_QUOTE = new Uint8Array(0x10000);
for (const q of '“”‘’"\'《》「」') IS_QUOTE[q.charCodeAt(0)] = 1;

/** The end of `word` read at `text[at…]` through quotation marks, or -1. */
function matchAt(text: string, at: number, word: string): number {
  let i = at;
  for (let j = 0; j < word.length; j++) {
    while (j > 0 && i < text.length && IS_QUOTE[text.charCodeAt(i)] === 1) i++;
    if (i >= text.length || text.charCodeAt(i) !== word.charCodeAt(j)) return -1;
    i++;
  }
  return i;
}

/**
 * Every keyword occurrence in `text[from, to)`, the longest at each start, in order; a keyword
 * inside a longer one (发案 in 刑事发案, 满意率 in 安全感满意率) is part of it, not one of its own.
 */
export function occurrences(text: string, from = 0, to = text.length): Occurrence[] {
  const out: Occurrence[] = [];
  let covered = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((STARTS[c >>> 5]! & (1 << (c & 31))) === 0) continue;
    const candidates = BY_FIRST[c];
    if (!candidates) continue;
    // The character matchAt compares with a keyword's second (past quotation marks): most candidates differ there.
    let next = i + 1;
    while (next < text.length && IS_QUOTE[text.charCodeAt(next)] === 1) next++;
    const second = next < text.length ? text.charCodeAt(next) : -1;
    for (const k of candidates) {
      if (k.word.length > 1 && k.word.charCodeAt(1) !== second) continue;
      const end = matchAt(text, i, k.word);
      if (end < 0 || end > to) continue;
      if (end <= covered) break;
      covered = end;
      if (!ORGANISATION_AFTER.test(text.slice(end, end + 12))) out.push({ start: i, end, k });
      break;
    }
  }
  return out;
}

/** The keyword ending nearest to the end of `text` (longest on ties), or null. */
export function lastKeyword(text: string): Keyword | null {
  let best: Occurrence | null = null;
  for (const o of occurrences(text)) {
    if (!best || o.end > best.end || (o.end === best.end && o.k.word.length > best.k.word.length)) best = o;
  }
  return best?.k ?? null;
}

/** The keyword starting nearest to the start of `text`. */
export function firstKeyword(text: string): Keyword | null {
  for (const o of occurrences(text)) return o.k;
  return null;
}

// Two kinds counted together: 矛盾纠纷[及]办实事, 命案[和]盗窃案件.
const JOINED = /^(?:[及和与、]|以及)$/;

/**
 * The most specific keyword of `metric` in `text` (the later one on ties), or null. A kind joined
 * with the family's catch-all (矛盾纠纷及办实事) makes the catch-all; two kinds joined (矛盾纠纷和
 * 信访问题) are counted as the first; a kind joined with the general word (安全感和满意度) stays that kind.
 */
export function mostSpecificKeyword(text: string, metric: MetricKey): Keyword | null {
  let best: Keyword | null = null;
  let prev: Occurrence | null = null;
  for (const o of occurrences(text)) {
    const k = o.k;
    if (k.metric !== metric) continue;
    if (prev && prev.k.indicator !== k.indicator && JOINED.test(text.slice(prev.end, o.start))) {
      const low = Math.min(prev.k.specificity, k.specificity);
      if (low === 0) return catchAll(metric);
      if (low >= 3) continue; // two kinds: the first stands for both
    }
    if (!best || k.specificity >= best.specificity) best = k;
    prev = o;
  }
  return best;
}

/** The catch-all of a family as a keyword (what a generic word of it would say). */
function catchAll(metric: MetricKey): Keyword {
  return { word: '', indicator: FALLBACK_INDICATOR[metric], metric, specificity: 0, role: 'generic' };
}

export function mostSpecific(text: string, metric: MetricKey): IndicatorId | null {
  return mostSpecificKeyword(text, metric)?.indicator ?? null;
}
