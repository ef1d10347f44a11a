/**
 * What a figure measures (an indicator, INDICATORS.md), from the words around it: the nearest
 * keyword before it in its clause picks the family (crime, volunteers, …), the most specific
 * keyword of that family in the clause picks the indicator; with no keyword before it, the noun
 * right after it (274名人民陪审员). Money is money and a share of a total is other, whatever
 * they are about. A figure's metric is its indicator's.
 */
import { FALLBACK_INDICATOR, metricOfIndicator, type IndicatorId } from '../indicators';
import type { MetricKey } from '../schema';
import { CIVIL_COURT, CRIMINAL, INDICATOR_KEYWORDS, SHARE_OF_TOTAL, SPECIFICITY } from './indicator-keywords';

export interface Keyword {
  readonly word: string;
  readonly indicator: IndicatorId;
  readonly metric: MetricKey;
  readonly specificity: number;
}

const KEYWORDS: readonly Keyword[] = Object.entries(INDICATOR_KEYWORDS)
  .flatMap(([id, words]) => words.map((word): Keyword => {
    const indicator = id as IndicatorId;
    return { word, indicator, metric: metricOfIndicator(indicator), specificity: SPECIFICITY[indicator] ?? 3 };
  }))
  .sort((a, b) => b.word.length - a.word.length);

/** Keywords by first character, longest first, so a text is scanned once. */
const BY_FIRST: ReadonlyMap<string, readonly Keyword[]> = KEYWORDS.reduce((m, k) => {
  m.set(k.word[0]!, [...(m.get(k.word[0]!) ?? []), k]);
  return m;
}, new Map<string, Keyword[]>());

/** Every keyword occurrence in `text` as [end, keyword], the longest at each start. */
function* occurrences(text: string): Generator<readonly [number, Keyword]> {
  for (let i = 0; i < text.length; i++) {
    const candidates = BY_FIRST.get(text[i]!);
    if (!candidates) continue;
    const k = candidates.find((c) => text.startsWith(c.word, i));
    if (k) yield [i + k.word.length, k];
  }
}

/** The keyword ending nearest to the end of `text` (longest on ties), or null. */
export function lastKeyword(text: string): Keyword | null {
  let best: Keyword | null = null;
  let bestEnd = -1;
  for (const [end, k] of occurrences(text)) {
    if (end > bestEnd || (end === bestEnd && k.word.length > best!.word.length)) [best, bestEnd] = [k, end];
  }
  return best;
}

/** The keyword starting nearest to the start of `text`. */
export function firstKeyword(text: string): Keyword | null {
  for (const [, k] of occurrences(text)) return k;
  return null;
}

// Two kinds counted together: 矛盾纠纷[及]办实事25件, 命案[和]盗窃案件.
const JOINED = /^(?:[及和与、]|以及)$/;

/**
 * The most specific indicator of `metric` named in `text` (the later one on ties), or null. Two
 * different kinds counted together (矛盾纠纷及办实事) are the family's catch-all; a kind joined
 * with the general word (安全感和满意度) stays that kind.
 */
export function mostSpecific(text: string, metric: MetricKey): IndicatorId | null {
  let best: Keyword | null = null;
  let prev: { end: number; k: Keyword } | null = null;
  for (const [end, k] of occurrences(text)) {
    if (k.metric !== metric) continue;
    if (prev && prev.k.indicator !== k.indicator && JOINED.test(text.slice(prev.end, end - k.word.length)) &&
        Math.min(prev.k.specificity, k.specificity) !== 1) return FALLBACK_INDICATOR[metric];
    if (!best || k.specificity >= best.specificity) best = k;
    prev = { end, k };
  }
  return best?.indicator ?? null;
}

export interface IndicatorContext {
  /** Clause text before the figure (its subject). */
  readonly before: string;
  /** Clause text right after the figure, up to the next figure. */
  readonly after: string;
  readonly unit: string;
  /** Sentence text before the figure, for a share named one clause earlier (占事故总数的半数以上,达50.6%). */
  readonly sentenceBefore?: string;
  /** What earlier text decided, used when the clause itself says nothing. */
  readonly inherited: IndicatorId | null;
}

const MONEY_UNITS: ReadonlySet<string> = new Set(['元', '万元', '亿元']);

/** Volunteers counted in teams (支) or in people (人, 人次), whatever word named them. */
export function suitUnit(indicator: IndicatorId, unit: string): IndicatorId {
  if (indicator !== 'volunteers' && indicator !== 'volunteer_teams') return indicator;
  if (unit === '支') return 'volunteer_teams';
  if (unit === '人' || unit === '人次') return 'volunteers';
  return indicator;
}

const CLAUSE_BREAK = /[,，。;；:：!！?？\n]/;

const LONGEST_WORD = KEYWORDS[0]?.word.length ?? 0;

/**
 * The occurrence that ends last (the later one on ties), found from the end of `text`: a long
 * text is read only back to its last keyword.
 */
function lastOccurrence(text: string): { end: number; k: Keyword } | null {
  let last: { end: number; k: Keyword } | null = null;
  for (let i = text.length - 1; i >= 0 && !(last && i + LONGEST_WORD <= last.end); i--) {
    const k = BY_FIRST.get(text[i]!)?.find((c) => text.startsWith(c.word, i));
    if (k && (!last || i + k.word.length > last.end)) last = { end: i + k.word.length, k };
  }
  return last;
}

/**
 * What earlier text was last about: the family of its last keyword, and the most specific
 * indicator of that family in that keyword's clause (安吉县电信网络诈骗发案数直线下降 → telecom_fraud).
 */
export function lastIndicator(text: string): IndicatorId | null {
  const last = lastOccurrence(text);
  if (!last) return null;
  let from = last.end - last.k.word.length;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  let to = last.end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to]!)) to++;
  return mostSpecific(text.slice(from, to), last.k.metric) ?? last.k.indicator;
}

/** The indicator of a figure, or null when its own clause says nothing (the caller then inherits). */
export function classifyOwn(ctx: IndicatorContext): IndicatorId | null {
  if (MONEY_UNITS.has(ctx.unit)) return 'money';
  if (ctx.unit === '平方公里' || ctx.unit === '分') return 'other';
  if (SHARE_OF_TOTAL.test(ctx.before) || SHARE_OF_TOTAL.test(ctx.sentenceBefore ?? '')) return 'other';
  if (CIVIL_COURT.test(ctx.before) && !CRIMINAL.test(ctx.before)) return 'courts';
  const before = lastKeyword(ctx.before);
  if (ctx.unit === '次' && before?.metric !== 'crime') return mostSpecific(ctx.before, 'services') ?? 'services_other';
  // 支 counts teams: patrol, mediation and volunteer teams are all volunteer teams (GOLD.md).
  if (ctx.unit === '支' && before?.metric !== 'crime' && /队/.test(ctx.before + ctx.after.slice(0, 6))) return 'volunteer_teams';
  if (before) return suitUnit(mostSpecific(ctx.before, before.metric) ?? before.indicator, ctx.unit);
  const after = firstKeyword(ctx.after.slice(0, 8));
  return after ? suitUnit(mostSpecific(ctx.after.slice(0, 8), after.metric) ?? after.indicator, ctx.unit) : null;
}

export function classifyIndicator(ctx: IndicatorContext): IndicatorId {
  return classifyOwn(ctx) ?? ctx.inherited ?? 'other';
}

/**
 * A figure whose own words give only its family's catch-all (死亡40人 → crime_other) takes the
 * more specific indicator of the same family that the sentence was about (火灾3173起 → fire).
 */
export function refine(own: IndicatorId, context: IndicatorId | null | undefined): IndicatorId {
  if (!context || own === context) return own;
  const family = metricOfIndicator(own);
  return own === FALLBACK_INDICATOR[family] && metricOfIndicator(context) === family ? context : own;
}
