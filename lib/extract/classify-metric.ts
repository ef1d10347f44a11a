/**
 * Which metric a figure is (crime, volunteers, satisfaction, personnel, services, other), from
 * the words around it: the nearest keyword before it in its clause, else the noun right after it
 * (274名人民陪审员), else what the sentence was already about.
 */
import type { MetricKey } from '../schema';
import { CIVIL_COURT, CRIMINAL, METRIC_KEYWORDS, SHARE_OF_TOTAL } from './metric-keywords';

interface Keyword {
  readonly word: string;
  readonly metric: Exclude<MetricKey, 'other'>;
}

const KEYWORDS: readonly Keyword[] = Object.entries(METRIC_KEYWORDS)
  .flatMap(([metric, words]) => words.map((word) => ({ word, metric: metric as Keyword['metric'] })))
  .sort((a, b) => b.word.length - a.word.length);

/** Keywords by first character, longest first, so a text is scanned once. */
const BY_FIRST: ReadonlyMap<string, readonly Keyword[]> = KEYWORDS.reduce((m, k) => {
  m.set(k.word[0]!, [...(m.get(k.word[0]!) ?? []), k]);
  return m;
}, new Map<string, Keyword[]>());

/** Every keyword occurrence in `text` as [start, end, keyword], the longest at each start. */
function* occurrences(text: string): Generator<readonly [number, number, Keyword]> {
  for (let i = 0; i < text.length; i++) {
    const candidates = BY_FIRST.get(text[i]!);
    if (!candidates) continue;
    const k = candidates.find((c) => text.startsWith(c.word, i));
    if (k) yield [i, i + k.word.length, k];
  }
}

/** The keyword ending nearest to the end of `text` (longest on ties), or null. */
export function lastKeyword(text: string): Keyword | null {
  let best: Keyword | null = null;
  let bestEnd = -1;
  for (const [, end, k] of occurrences(text)) {
    if (end > bestEnd || (end === bestEnd && k.word.length > best!.word.length)) [best, bestEnd] = [k, end];
  }
  return best;
}

/** The keyword starting nearest to the start of `text`. */
export function firstKeyword(text: string): Keyword | null {
  for (const [, , k] of occurrences(text)) return k;
  return null;
}

export interface MetricContext {
  /** Clause text before the figure (its subject). */
  readonly before: string;
  /** Clause text right after the figure, up to the next figure. */
  readonly after: string;
  readonly unit: string;
  /** Sentence text before the figure, for a share named one clause earlier (占事故总数的半数以上,达50.6%). */
  readonly sentenceBefore?: string;
  /** What earlier text decided, used when the clause itself says nothing. */
  readonly inherited: MetricKey | null;
}

/** The metric of a figure, or null when its own clause says nothing (the caller then inherits). */
export function classifyOwn(ctx: MetricContext): MetricKey | null {
  if (ctx.unit === '元') return 'other';
  if (ctx.unit === '平方公里' || ctx.unit === '分') return 'other';
  if (SHARE_OF_TOTAL.test(ctx.before) || SHARE_OF_TOTAL.test(ctx.sentenceBefore ?? '')) return 'other';
  if (CIVIL_COURT.test(ctx.before) && !CRIMINAL.test(ctx.before)) return 'other';
  const before = lastKeyword(ctx.before);
  if (ctx.unit === '次' && before?.metric !== 'crime') return 'services';
  // 支 counts teams: patrol, mediation and volunteer teams are all "volunteers" (GOLD.md).
  if (ctx.unit === '支' && before?.metric !== 'crime' && /队/.test(ctx.before + ctx.after.slice(0, 6))) return 'volunteers';
  if (before) return before.metric;
  return firstKeyword(ctx.after.slice(0, 8))?.metric ?? null;
}

export function classifyMetric(ctx: MetricContext): MetricKey {
  return classifyOwn(ctx) ?? ctx.inherited ?? 'other';
}
