/**
 * Which names in a text are places outside Zhejiang (a figure about them is region 000000). Full
 * names (南京市, 崇明区), provinces (江苏) and prefectures by short name (徐州) always are, unless
 * the short name is a common word (长治久安, 来宾); a county's short name (启东, 崇明) is one only
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
import { COMMON_WORD_COUNTIES, COMMON_WORD_PREFECTURES } from './outside-words';

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

// After a short name, words that make it a place: 昆山警方, 启东公安局, 崇明区委.
const PLACE_AFTER = /^(?:警方|公安局|公安分局|法院|检察院|[市县区]委|[市县区]政府)/;
/** Between two places of one list: 崇明、启东, 青浦和吴江. */
const LIST_JOIN = /^[、和与及]$/;
/** The first character of a figure. */
const FIGURE_START = /[\d零〇一二两三四五六七八九十]/;

const parentsOf = (codes: readonly string[]) => codes.flatMap((c) => outsideDivision(c)?.parents ?? []);

/**
 * For each mention of `kept` (in text order), the outside place it is, or null (a Zhejiang place,
 * a context word, or a short name the text does not tie to a place). `named`: Zhejiang counties
 * and prefectures the text names unambiguously, with their parents.
 */
export function settleOutside(kept: readonly RawMention[], text: string, named: ReadonlySet<string>): Array<OutsideMention | null> {
  // Places elsewhere that the text names beyond doubt: by full name, or a province or city by a short name that is no word.
  const namedElsewhere = new Set<string>();
  for (const m of kept) {
    const n = m.name;
    if (n.kind !== 'outside' || n.level === 'nation') continue;
    if (n.short && (n.level === 'county' || COMMON_WORD_PREFECTURES.has(m.word))) continue;
    for (const c of n.codes) namedElsewhere.add(c);
  }
  const adjacentBefore = (i: number) => (i > 0 && kept[i - 1]!.end === kept[i]!.start ? kept[i - 1]! : null);
  const inChainAfter = (i: number, codes: readonly string[]) => {
    const prev = adjacentBefore(i);
    if (prev?.name.kind !== 'outside') return false;
    const parents = new Set(parentsOf(codes));
    return prev.name.codes.some((c) => parents.has(c));
  };
  const out: Array<OutsideMention | null> = kept.map((m, i) => {
    const n = m.name;
    const mention = (codes: readonly string[], level: OutsideMention['level']): OutsideMention => ({
      kind: 'outside', start: m.start, end: m.end, level, labels: FIGURE_START.test(text[m.end] ?? ''), aside: false,
      code: codes.find((c) => parentsOf([c]).some((p) => namedElsewhere.has(p))) ?? codes[0] ?? '000000',
    });
    if (n.kind === 'place') return n.elsewhere.length > 0 && isElsewhere(i) ? mention(n.elsewhere, 'county') : null;
    if (n.kind !== 'outside') return null;
    if (n.level === 'nation' || !n.short) return mention(n.codes, n.level);
    const placeAfter = PLACE_AFTER.test(text.slice(m.end, m.end + 4));
    if (n.level !== 'county') {
      return !COMMON_WORD_PREFECTURES.has(m.word) || placeAfter || n.codes.some((c) => namedElsewhere.has(c)) ? mention(n.codes, n.level) : null;
    }
    if (placeAfter) return mention(n.codes, n.level);
    if (COMMON_WORD_COUNTIES.has(m.word)) return null; // 荆州市公安机关 is no 公安县
    if (inChainAfter(i, n.codes)) return mention(n.codes, n.level);
    return n.codes.some((c) => namedElsewhere.has(c)) || parentsOf(n.codes).some((p) => namedElsewhere.has(p)) ? mention(n.codes, n.level) : null;
  });

  /** 普陀区 after 上海, or in a text that names 上海 and not 舟山. */
  function isElsewhere(i: number): boolean {
    const n = kept[i]!.name;
    if (n.kind !== 'place') return false;
    if (inChainAfter(i, n.elsewhere)) return true;
    if (adjacentBefore(i)?.name.kind === 'place') return false;
    const ownParent = getDivision(n.codes[0]!)?.parent;
    return parentsOf(n.elsewhere).some((p) => namedElsewhere.has(p)) && !(ownParent && named.has(ownParent));
  }

  // A county's short name listed beside a place (崇明、启东、海门; 青浦、吴江、嘉善): both ways along the list.
  const isPlace = (i: number) => {
    const m = kept[i]!;
    if (out[i]) return true;
    return m.name.kind === 'place' && (m.name.level === 'county' || m.name.level === 'prefecture') && !(m.name.short && AMBIGUOUS_SHORT.has(m.word));
  };
  const joined = (a: number, b: number) => LIST_JOIN.test(text.slice(kept[a]!.end, kept[b]!.start));
  const listed = (i: number, j: number) => {
    const m = kept[i]!;
    if (out[i] || m.name.kind !== 'outside' || m.name.level !== 'county' || COMMON_WORD_COUNTIES.has(m.word)) return;
    if (j >= 0 && j < kept.length && isPlace(j) && joined(Math.min(i, j), Math.max(i, j))) {
      out[i] = { kind: 'outside', start: m.start, end: m.end, code: m.name.codes[0]!, level: 'county', labels: FIGURE_START.test(text[m.end] ?? ''), aside: false };
    }
  };
  for (let i = kept.length - 1; i >= 0; i--) listed(i, i + 1);
  for (let i = 0; i < kept.length; i++) listed(i, i - 1);
  return out;
}
