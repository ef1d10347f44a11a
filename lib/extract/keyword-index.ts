/**
 * The indicator keywords of a whole article, found once (keyword-scan.ts), so that each figure can
 * ask what came before it — the last keyword, or the last kind of case named — without rescanning
 * the paragraph or the article: a binary search, and a table of the latest "object" keyword (a kind
 * or the whole, not an action or a generic word) of each family at each keyword.
 */
import type { MetricKey } from '../schema';
import { mostSpecificKeyword, occurrences, type Keyword, type Occurrence } from './keyword-scan';

export interface KeywordIndex {
  /** The last keyword ending at or before `pos` that starts at or after `from`. */
  lastBefore(pos: number, from: number): Occurrence | null;
  /** The last kind or whole of `metric` (命案, 刑事案件, not 破获 or 事故) ending at or before `pos`, starting at or after `from`. */
  lastObjectBefore(pos: number, from: number, metric: MetricKey): Occurrence | null;
  /** The keyword that decides what the clause of an occurrence is about: the most specific of its family there. */
  clauseKeyword(o: Occurrence): Keyword;
}

/** Clause breaks (folded text), by code unit: , ; : 。 ! ? and the line break. */
const IS_CLAUSE_BREAK = new Uint8Array(0x10000);
for (const c of ',;:。!?\n') IS_CLAUSE_BREAK[c.charCodeAt(0)] = 1;
/** How far a clause is looked for around a keyword (clauses are short; a run-on text is not read whole). */
const CLAUSE_REACH = 80;

export function keywordIndex(text: string): KeywordIndex {
  const all = occurrences(text).sort((a, b) => a.end - b.end || a.start - b.start);
  const ends = new Int32Array(all.length); // a loop: Int32Array.from with a function is several times slower
  for (let i = 0; i < all.length; i++) ends[i] = all[i]!.end;
  const latestObject = new Map<MetricKey, Int32Array>(); // built for a family when first asked
  const objectsOf = (metric: MetricKey): Int32Array => {
    let table = latestObject.get(metric);
    if (table) return table;
    table = new Int32Array(all.length);
    let last = -1;
    for (let i = 0; i < all.length; i++) {
      const k = all[i]!.k;
      if (k.metric === metric && (k.role === 'kind' || k.role === 'whole')) last = i;
      table[i] = last;
    }
    latestObject.set(metric, table);
    return table;
  };
  /** Index of the last occurrence ending at or before `pos`, or -1. */
  const upTo = (pos: number): number => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  return {
    lastBefore(pos, from) {
      const o = all[upTo(pos)];
      return o && o.start >= from ? o : null;
    },
    lastObjectBefore(pos, from, metric) {
      const i = upTo(pos);
      const o = i >= 0 ? all[objectsOf(metric)[i]!] : undefined;
      return o && o.start >= from ? o : null;
    },
    clauseKeyword(o) {
      let from = o.start;
      while (from > 0 && o.start - from < CLAUSE_REACH && IS_CLAUSE_BREAK[text.charCodeAt(from - 1)] !== 1) from--;
      let to = o.end;
      while (to < text.length && to - o.end < CLAUSE_REACH && IS_CLAUSE_BREAK[text.charCodeAt(to)] !== 1) to++;
      return mostSpecificKeyword(text.slice(from, to), o.k.metric) ?? o.k;
    },
  };
}
