/**
 * Which region a figure belongs to: the place named last before it in its sentence, else earlier
 * in its paragraph, else what the article is mainly about. Context words resolve through the
 * article: 全省 → 330000; 全市 → the city the article is about (a prefecture or a county-level
 * 市: 嵊州市); 全县/该县 → its county; a township or village counts for its county. The article's
 * own place (article-place.ts: its manifest row, headline, dateline, publisher or web host) says
 * what 全市/全县 mean before the count of places named does; in an article about a place outside
 * Zhejiang (南京市公安局…全市) they, and 全省, are 000000.
 */
import { NO_REGION_CODE, PROVINCE_CODE } from '../schema';
import { getDivision } from '../regions/divisions';
import type { ContextWord } from './gazetteer';
import type { RegionMention } from './find-regions';
import { LOOK_BACK, countStartingBefore, spansWithin } from './look-back';
import { isOutsideCode, outsideDivision } from './outside-divisions';

export interface RegionContext {
  readonly mentions: readonly RegionMention[];
  readonly main: string;
  readonly city: string | null;
  readonly county: string | null;
  readonly district: string | null;
  /** The article's own place (article-place.ts), a code outside Zhejiang included, or null. */
  readonly home: string | null;
}

/** County-level code for a place mention (townships and villages count for their county); 000000 for a place elsewhere. */
const placeCode = (m: RegionMention): string | null => (m.kind === 'place' ? m.code : m.kind === 'outside' && m.level !== 'nation' ? NO_REGION_CODE : null);

function best(scores: Map<string, { score: number; first: number }>): string | null {
  let top: string | null = null;
  let topScore = -1;
  let topFirst = Infinity;
  for (const [code, { score, first }] of scores) {
    if (score > topScore || (score === topScore && first < topFirst)) [top, topScore, topFirst] = [code, score, first];
  }
  return top;
}

function tally(mentions: readonly RegionMention[], leadEnd: number, pick: (m: RegionMention) => string | null) {
  const scores = new Map<string, { score: number; first: number }>();
  for (const m of mentions) {
    const code = pick(m);
    if (!code) continue;
    const s = scores.get(code) ?? { score: 0, first: m.start };
    s.score += m.start < leadEnd ? 2 : 1; // the headline and lead say what the article is about
    scores.set(code, s);
  }
  return best(scores);
}

/**
 * `leadEnd`: end offset of the title and first paragraph, whose mentions weigh double; `home`: the
 * article's own place, if known.
 */
export function regionContext(mentions: readonly RegionMention[], leadEnd: number, home: string | null = null): RegionContext {
  const main = tally(mentions, leadEnd, (m) => (m.kind === 'context' && m.refers === 'province' ? PROVINCE_CODE : placeCode(m)));
  const city = tally(mentions, leadEnd, (m) => {
    if (m.kind === 'outside') return m.level === 'prefecture' || m.level === 'county' ? NO_REGION_CODE : null;
    const code = placeCode(m);
    const d = code ? getDivision(code) : undefined;
    if (!d || d.level === 'province') return null;
    return d.level === 'prefecture' || d.name.endsWith('市') ? d.code : d.parent;
  });
  const county = tally(mentions, leadEnd, (m) => (m.kind === 'place' && m.level !== 'province' && m.level !== 'prefecture' ? m.code : null));
  const district = tally(mentions, leadEnd, (m) => {
    const code = m.kind === 'place' && m.level !== 'province' && m.level !== 'prefecture' ? m.code : null;
    return code && getDivision(code)?.name.endsWith('区') ? code : null;
  });
  return { mentions, main: main ?? (home && isOutsideCode(home) ? NO_REGION_CODE : home) ?? NO_REGION_CODE, city, county, district, home };
}

/** Whether a division is what a context word names: 该市 a prefecture or a county-level 市. */
function fits(refers: ContextWord, code: string): boolean {
  const d = getDivision(code) ?? outsideDivision(code);
  if (!d) return false;
  switch (refers) {
    case 'province': return d.level === 'province';
    case 'city': return d.level === 'prefecture' || (d.level === 'county' && d.name.endsWith('市'));
    case 'county': return d.level === 'county' && d.name.endsWith('县');
    case 'district': return d.level === 'county' && d.name.endsWith('区');
  }
}

/**
 * The place a context word points back at: for 该市 the last place named before it that fits;
 * for 全市/全县 the last one in its own paragraph (诸暨全市, …全市刑事发案数), else none; never
 * further back than LOOK_BACK.
 */
function antecedent(m: RegionMention & { kind: 'context' }, ctx: RegionContext, paragraphStart: number | null): string | null {
  for (let i = countStartingBefore(ctx.mentions, m.start) - 1; i >= 0; i--) {
    const prev = ctx.mentions[i]!;
    if ((paragraphStart !== null && prev.start < paragraphStart) || prev.start < m.start - LOOK_BACK) break;
    if (prev.kind === 'place' && prev.level !== 'township' && prev.level !== 'village' && fits(m.refers, prev.code)) return prev.code;
    if (prev.kind === 'outside' && fits(m.refers, prev.code)) return NO_REGION_CODE;
  }
  return null;
}

/**
 * What a context word means in an article about `home`: 全市 in a 嘉兴 article is 嘉兴市, in a 普陀区
 * one 舟山市; 全县 a county's only when home is a 县; anything in an article about a place outside
 * Zhejiang (but the whole country's) is 000000.
 */
function fromHome(refers: ContextWord, home: string | null): string | null {
  if (!home || home === NO_REGION_CODE) return null;
  if (isOutsideCode(home)) return NO_REGION_CODE;
  const d = getDivision(home);
  if (!d) return null;
  switch (refers) {
    case 'province': return PROVINCE_CODE;
    case 'city':
      if (d.level === 'prefecture' || (d.level === 'county' && d.name.endsWith('市'))) return d.code;
      return d.level === 'county' ? d.parent : null;
    case 'county': return d.level === 'county' && d.name.endsWith('县') ? d.code : null;
    case 'district': return d.level === 'county' && d.name.endsWith('区') ? d.code : null;
  }
}

/** Whether a place is named right before the context word, as in 诸暨全市 (a binary search: mentions are in text order). */
function rightAfterPlace(m: RegionMention, ctx: RegionContext): boolean {
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ctx.mentions[mid]!.start < m.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && ctx.mentions[lo - 1]!.end === m.start;
}

/** `paragraphStart`: where the mention's paragraph starts, for 全市 to look back in it. */
export function mentionCode(m: RegionMention, ctx: RegionContext, paragraphStart: number | null = null): string {
  if (m.kind === 'place') return m.code;
  if (m.kind === 'outside') return NO_REGION_CODE;
  // 全省 goes by the article's place only: 与江苏、上海合作,全省… is still Zhejiang.
  const named = m.anaphoric ? antecedent(m, ctx, null) : paragraphStart !== null && m.refers !== 'province' ? antecedent(m, ctx, paragraphStart) : null;
  const home = fromHome(m.refers, ctx.home);
  // 全市 after one of the article's own counties (丽水…龙泉、庆元两地获评…,全市共有…) is the article's
  // city; right after it (诸暨全市) it is that county-level city.
  if (!m.anaphoric && named && home && named !== home && getDivision(named)?.parent === home && !rightAfterPlace(m, ctx)) return home;
  if (named) return named;
  if (home) return home;
  switch (m.refers) {
    case 'province': return PROVINCE_CODE;
    case 'city': return ctx.city ?? ctx.main;
    case 'county': return ctx.county ?? ctx.main;
    case 'district': return ctx.district ?? ctx.county ?? ctx.main;
  }
}

export type RegionSource = 'sentence' | 'paragraph' | 'article';

/**
 * The region of a figure at `at`, in a sentence starting at `sentenceStart` of a paragraph
 * starting at `paragraphStart`: the place named last before it (at most LOOK_BACK before). Places
 * that label the figures of a list (其中莲都区120支、青田县80支) speak for their own figures only; a later clause
 * (…,注册队员达1.8万人) goes back to what the sentence was about.
 */
export function regionAt(ctx: RegionContext, at: number, sentenceStart: number, paragraphStart: number): { code: string; via: RegionSource } {
  const before = spansWithin(ctx.mentions, Math.max(paragraphStart, at - LOOK_BACK), at);
  const isLabel = (m: RegionMention) => m.kind === 'place' && m.labels && m.start >= sentenceStart;
  const inList = before.filter(isLabel).length >= 2;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (inList && isLabel(m) && m.end !== at) continue;
    if (m.kind !== 'context' && m.aside && i > 0) continue; // an aside (in brackets, 等地), unless nothing else is named
    return { code: mentionCode(m, ctx, paragraphStart), via: m.start >= sentenceStart ? 'sentence' : 'paragraph' };
  }
  return { code: ctx.main, via: 'article' };
}
