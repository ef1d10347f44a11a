/**
 * Which region a figure belongs to: the place named last before it in its sentence, else earlier
 * in its paragraph, else what the article is mainly about. Context words resolve through the
 * article: 全省 → 330000; 全市 → the city the article is about (a prefecture or a county-level
 * 市: 嵊州市); 全县/该县 → its county; a township or village counts for its county.
 */
import { NO_REGION_CODE, PROVINCE_CODE } from '../schema';
import { getDivision } from '../regions/divisions';
import type { ContextWord } from './gazetteer';
import type { RegionMention } from './find-regions';
import { LOOK_BACK, countStartingBefore, spansWithin } from './look-back';

export interface RegionContext {
  readonly mentions: readonly RegionMention[];
  readonly main: string;
  readonly city: string | null;
  readonly county: string | null;
  readonly district: string | null;
}

/** County-level code for a place mention (townships and villages count for their county). */
const placeCode = (m: RegionMention): string | null => (m.kind === 'place' ? m.code : null);

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

/** `leadEnd`: end offset of the title and first paragraph, whose mentions weigh double. */
export function regionContext(mentions: readonly RegionMention[], leadEnd: number): RegionContext {
  const main = tally(mentions, leadEnd, (m) => (m.kind === 'context' && m.refers === 'province' ? PROVINCE_CODE : placeCode(m)));
  const city = tally(mentions, leadEnd, (m) => {
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
  return { mentions, main: main ?? NO_REGION_CODE, city, county, district };
}

/** Whether a division is what a context word names: 该市 a prefecture or a county-level 市. */
function fits(refers: ContextWord, code: string): boolean {
  const d = getDivision(code);
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
  }
  return null;
}

/** `paragraphStart`: where the mention's paragraph starts, for 全市 to look back in it. */
export function mentionCode(m: RegionMention, ctx: RegionContext, paragraphStart: number | null = null): string {
  if (m.kind === 'place') return m.code;
  if (m.kind === 'outside') return NO_REGION_CODE;
  const named = m.anaphoric ? antecedent(m, ctx, null) : paragraphStart !== null && m.refers !== 'province' ? antecedent(m, ctx, paragraphStart) : null;
  if (named) return named;
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
    if (m.kind === 'place' && m.aside && i > 0) continue; // an aside in brackets, unless nothing else is named
    return { code: mentionCode(m, ctx, paragraphStart), via: m.start >= sentenceStart ? 'sentence' : 'paragraph' };
  }
  return { code: ctx.main, via: 'article' };
}
