/**
 * Which names in a text are places outside Zhejiang (a figure about them is region 000000). Full
 * names (南京市, 崇明区), provinces (江苏) and prefectures by short name (徐州) always are, unless
 * the short name is a common word (长治久安, 来宾); a county's short name that is an everyday word
 * (公安, 合作) is no name at all (gazetteer.ts); any other (启东, 崇明) is one only
 * where the text ties it to its place: right after its province or city (上海崇明, 南通启东), with a
 * place word after it (昆山警方), with its city named elsewhere in the text, or listed beside a
 * place that is one (崇明、启东、海门). A name both Zhejiang's and another's (普陀区, 西湖区,
 * 江北区) is Zhejiang's unless its other province or city is named just before it or, of the two,
 * only the other one is named in the text.
 */
import { getDivision } from '../regions/divisions';
import { AMBIGUOUS_SHORT } from './gazetteer';
import type { RawMention } from './find-regions';
import { outsideDivision, type OutsideLevel } from './outside-divisions';
import { COMMON_WORD_PREFECTURES } from './outside-words';

/** A place outside Zhejiang: `code` is its division (000000 for the whole country: 全国). */
export interface OutsideMention {
  readonly kind: 'outside';
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly level: OutsideLevel | 'nation';
  /** A figure follows at once, as in a list of places (南京市120起、徐州市80起). */
  readonly labels: boolean;
  /** One of several places where something was done (在北京、上海等地抓获): set by findRegions. */
  readonly aside: boolean;
}

// After a short name, words that make it a place: 昆山警方, 启东公安局, 崇明区委 (sticky: tested at an offset, no slice).
const PLACE_AFTER = /(?:警方|公安局|公安分局|法院|检察院|[市县区]委|[市县区]政府)/y;
/** Between two places of one list: 崇明、启东, 青浦和吴江. */
const LIST_JOIN = /^[、和与及]$/;
/** The first character of a figure. */
const FIGURE_START = /[\d零〇一二两三四五六七八九十]/;

const NO_PARENTS: readonly string[] = [];
const parentsOf = (code: string) => outsideDivision(code)?.parents ?? NO_PARENTS;

function placeWordAt(text: string, at: number): boolean {
  PLACE_AFTER.lastIndex = at;
  return PLACE_AFTER.test(text);
}

/** One text being settled: its mentions, what it names beyond doubt, and the answers so far. */
interface Settling {
  readonly kept: readonly RawMention[];
  readonly text: string;
  /** Zhejiang counties and prefectures the text names unambiguously, with their parents. */
  readonly named: ReadonlySet<string>;
  /** Places elsewhere it names beyond doubt: by full name, or a province or city by a short name that is no word. */
  readonly namedElsewhere: ReadonlySet<string>;
  readonly out: Array<OutsideMention | null>;
}

const anyNamed = (s: Settling, codes: readonly string[]) => codes.some((c) => s.namedElsewhere.has(c));
const parentNamed = (s: Settling, codes: readonly string[]) => codes.some((c) => parentsOf(c).some((p) => s.namedElsewhere.has(p)));
const adjacent = (s: Settling, i: number) => i > 0 && s.kept[i - 1]!.end === s.kept[i]!.start;

/** Right after a place elsewhere that holds it: 上海崇明, 南通海门, 上海市普陀区. */
function inChainAfter(s: Settling, i: number, codes: readonly string[]): boolean {
  const prev = adjacent(s, i) ? s.kept[i - 1]!.name : null;
  return prev?.kind === 'outside' && codes.some((c) => parentsOf(c).some((p) => prev.codes.includes(p)));
}

function mentionOf(s: Settling, m: RawMention, codes: readonly string[], level: OutsideMention['level']): OutsideMention {
  return {
    kind: 'outside', start: m.start, end: m.end, level, labels: FIGURE_START.test(s.text[m.end] ?? ''), aside: false,
    code: codes.find((c) => parentsOf(c).some((p) => s.namedElsewhere.has(p))) ?? codes[0] ?? '000000',
  };
}

/** 普陀区 after 上海, or in a text that names 上海 and not 舟山. */
function isElsewhere(s: Settling, i: number): boolean {
  const n = s.kept[i]!.name;
  if (n.kind !== 'place') return false;
  if (inChainAfter(s, i, n.elsewhere)) return true;
  if (adjacent(s, i) && s.kept[i - 1]!.name.kind === 'place') return false;
  const ownParent = getDivision(n.codes[0]!)?.parent;
  return parentNamed(s, n.elsewhere) && !(ownParent && s.named.has(ownParent));
}

function settle(s: Settling, i: number): OutsideMention | null {
  const m = s.kept[i]!;
  const n = m.name;
  if (n.kind === 'place') return n.elsewhere.length > 0 && isElsewhere(s, i) ? mentionOf(s, m, n.elsewhere, 'county') : null;
  if (n.kind !== 'outside') return null;
  if (n.level === 'nation' || !n.short) return mentionOf(s, m, n.codes, n.level);
  const placeAfter = placeWordAt(s.text, m.end);
  if (n.level !== 'county') return !COMMON_WORD_PREFECTURES.has(m.word) || placeAfter || anyNamed(s, n.codes) ? mentionOf(s, m, n.codes, n.level) : null;
  return placeAfter || inChainAfter(s, i, n.codes) || anyNamed(s, n.codes) || parentNamed(s, n.codes) ? mentionOf(s, m, n.codes, n.level) : null;
}

/** Whether mention j is surely a place: settled elsewhere, or a Zhejiang county or city by a name that is no word. */
function isPlace(s: Settling, j: number): boolean {
  const m = s.kept[j]!;
  if (s.out[j]) return true;
  return m.name.kind === 'place' && (m.name.level === 'county' || m.name.level === 'prefecture') && !(m.name.short && AMBIGUOUS_SHORT.has(m.word));
}

/** A county's short name listed beside a place (崇明、启东、海门; 青浦、吴江、嘉善) is one too. */
function settleListed(s: Settling, i: number, j: number): void {
  const m = s.kept[i]!;
  if (s.out[i] || m.name.kind !== 'outside' || m.name.level !== 'county' || j < 0 || j >= s.kept.length || !isPlace(s, j)) return;
  if (LIST_JOIN.test(s.text.slice(s.kept[Math.min(i, j)]!.end, s.kept[Math.max(i, j)]!.start))) s.out[i] = mentionOf(s, m, m.name.codes, 'county');
}

/**
 * For each mention of `kept` (in text order), the outside place it is, or null (a Zhejiang place,
 * a context word, or a short name the text does not tie to a place). `named`: Zhejiang counties
 * and prefectures the text names unambiguously, with their parents. One pass, and two more along
 * lists of places: this runs for every article, so it makes no closures and no slices but for lists.
 */
export function settleOutside(kept: readonly RawMention[], text: string, named: ReadonlySet<string>): Array<OutsideMention | null> {
  const out: Array<OutsideMention | null> = new Array(kept.length).fill(null);
  const namedElsewhere = new Set<string>();
  let any = false;
  for (const m of kept) {
    const n = m.name;
    if (n.kind === 'place' && n.elsewhere.length > 0) any = true;
    if (n.kind !== 'outside') continue;
    any = true;
    if (n.level === 'nation' || (n.short && (n.level === 'county' || COMMON_WORD_PREFECTURES.has(m.word)))) continue;
    for (const c of n.codes) namedElsewhere.add(c);
  }
  if (!any) return out;
  const s: Settling = { kept, text, named, namedElsewhere, out };
  for (let i = 0; i < kept.length; i++) out[i] = settle(s, i);
  for (let i = kept.length - 1; i >= 0; i--) settleListed(s, i, i + 1);
  for (let i = 0; i < kept.length; i++) settleListed(s, i, i - 1);
  return out;
}
