/**
 * Lists of places before figures. A list of places and a list of as many figures pair up in
 * order ("鄞州区、慈溪市和余姚市发生火灾412起、356起和298起", "海曙、镇海亡人最多,各死亡5人、2人",
 * "其中莲都区、龙泉市分别为210支和160支"); a figure the listed places have together ("依次为宁波、
 * 温州、金华,共发生火灾1650起", "杭州、宁波两地共破获…") belongs to the smallest region holding
 * them all (the province for two prefectures). Mentions are looked up by binary search, so a
 * figure costs the places near it, not the article's.
 */
import { NO_REGION_CODE, PROVINCE_CODE } from '../schema';
import { getDivision } from '../regions/divisions';
import type { RegionMention } from './find-regions';

type Named = RegionMention & { kind: 'place' | 'outside' };

/** Between two places of one list: 、 和 与 及 以及. */
const PLACE_JOIN = /^(?:[、和与及]|以及)$/;
// Between a list of places and a figure they have together: 共发生, 两地共, 三地合计, 累计.
const TOGETHER = /^[,，]?(?:[^,，。;；]*?(?:共|合计|总计|一共|共计)|(?:两|三|四|五|[2-5])地)/;
/** How far back from a figure a list of places may stand in its sentence. */
const WINDOW = 200;

/** Index of the first mention that starts at or after `at` (mentions are in text order). */
function firstFrom(mentions: readonly RegionMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const codeOf = (m: Named) => (m.kind === 'outside' ? NO_REGION_CODE : m.code);

/**
 * The places listed last before `at` in its sentence (from `sentenceStart`): the run of places
 * joined by 、/和 that ends with the last place named before `at`, when no context word (全市)
 * comes after it. Empty unless there are at least two.
 */
function lastList(mentions: readonly RegionMention[], text: string, sentenceStart: number, at: number): Named[] {
  const from = Math.max(sentenceStart, at - WINDOW);
  const end = firstFrom(mentions, at);
  const first = firstFrom(mentions, from);
  const run: Named[] = [];
  for (let i = end - 1; i >= first; i--) {
    const m = mentions[i]!;
    if (m.end > at) continue;
    if (m.kind === 'context') break;
    if (run.length > 0 && !PLACE_JOIN.test(text.slice(m.end, run[0]!.start))) break;
    run.unshift(m);
  }
  return run.length >= 2 ? run : [];
}

/**
 * The place of each figure of a list of `count` figures that starts at `at`, when a list of as
 * many places stands before it in the sentence; else null.
 */
export function pairedPlaces(mentions: readonly RegionMention[], text: string, sentenceStart: number, at: number, count: number): string[] | null {
  if (count < 2) return null;
  const run = lastList(mentions, text, sentenceStart, at);
  if (run.length !== count) return null;
  const codes = run.map(codeOf);
  return new Set(run.map((m) => m.start)).size === count ? codes : null;
}

/** The smallest region holding all of `codes`: 鄞州区 and 慈溪市 → 宁波市; 杭州市 and 宁波市 → 浙江省. */
function commonRegion(codes: readonly string[]): string {
  if (codes.some((c) => c === NO_REGION_CODE)) return NO_REGION_CODE;
  const chain = (c: string) => {
    const out: string[] = [];
    for (let d = getDivision(c); d; d = d.parent ? getDivision(d.parent) : undefined) out.unshift(d.code);
    return out;
  };
  let common = chain(codes[0]!);
  for (const c of codes.slice(1)) {
    const other = chain(c);
    let k = 0;
    while (k < common.length && k < other.length && common[k] === other[k]) k++;
    common = common.slice(0, k);
  }
  return common[common.length - 1] ?? PROVINCE_CODE;
}

/** The region of a figure at `at` that the places listed just before it have together (共…), or null. */
export function sharedTotal(mentions: readonly RegionMention[], text: string, sentenceStart: number, at: number): string | null {
  const run = lastList(mentions, text, sentenceStart, at);
  if (run.length === 0) return null;
  const between = text.slice(run[run.length - 1]!.end, at);
  return TOGETHER.test(between) ? commonRegion(run.map(codeOf)) : null;
}
