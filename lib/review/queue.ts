/**
 * The review queue: statistics one at a time, lowest confidence first, filtered by region
 * (a prefecture includes its counties), indicator, paper, publication date and status, each with
 * its paragraph so the sentence can be read in place; and the progress (by indicator, by reviewer).
 * Pure over a ReviewState.
 */
import type { ArticleRecord, DecisionStatus, IndicatorId, ReviewedFact } from '../schema';
import { INDICATORS } from '../indicators';
import { ancestors } from '../regions/divisions';
import { splitSentences } from '../extract/split-sentences';
import { firstDay, lastDay, parseIsoDate } from '../view-state';
import { formatValue } from '../extract/csv-rows';
import type { ReviewState } from './review-state';

export const QUEUE_STATUSES = ['unreviewed', 'confirmed', 'corrected', 'added', 'rejected', 'all'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
export const QUEUE_PAGE = 30;

export interface QueueFilters {
  readonly region: string;
  readonly indicator: string;
  readonly paper: string;
  readonly from: string;
  readonly to: string;
  readonly status: QueueStatus;
}

export const NO_FILTERS: QueueFilters = { region: '', indicator: '', paper: '', from: '', to: '', status: 'unreviewed' };

export interface ReviewItem {
  readonly factId: string;
  readonly articleId: string;
  readonly status: DecisionStatus;
  readonly confidence: number;
  readonly regionCode: string;
  readonly regionName: string;
  readonly indicator: IndicatorId;
  readonly metric: string;
  /** As written in facts.csv: 13.7, -22. */
  readonly value: string;
  readonly unit: string;
  readonly qualifier: string;
  readonly direction: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly subject: string;
  /** The figure's offsets in the article text. */
  readonly start: number;
  readonly end: number;
  /** The paragraph holding the figure, with its offset in the article, and the sentence's offsets in the article. */
  readonly paragraph: { readonly text: string; readonly start: number };
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly articleTitle: string;
  readonly paper: string;
  readonly date: string;
  /** The latest standing decision on the statistic. */
  readonly decided: { readonly reviewer: string; readonly at: string; readonly action: string } | null;
}

export interface QueuePage {
  readonly items: readonly ReviewItem[];
  /** How many statistics match the filters. */
  readonly total: number;
  /** Cursor for the next page, or null at the end. */
  readonly next: string | null;
}

const one = (v: string | string[] | null | undefined) => ((Array.isArray(v) ? v[0] : v) ?? '').trim();

/** Filters from URL parameters; unknown values fall back to "any" (status: unreviewed). */
export function parseQueueFilters(get: (key: string) => string | string[] | null | undefined): QueueFilters {
  const status = one(get('status'));
  const date = (k: string) => parseIsoDate(one(get(k))) ?? '';
  return {
    region: /^\d{6}$/.test(one(get('region'))) ? one(get('region')) : '',
    indicator: INDICATORS.some((i) => i.id === one(get('indicator'))) ? one(get('indicator')) : '',
    paper: one(get('paper')).slice(0, 100),
    from: date('from'),
    to: date('to'),
    status: (QUEUE_STATUSES as readonly string[]).includes(status) ? (status as QueueStatus) : 'unreviewed',
  };
}

function matches(f: ReviewedFact, article: ArticleRecord | undefined, q: QueueFilters): boolean {
  if (q.status !== 'all' && f.status !== q.status) return false;
  if (q.indicator && f.indicator !== q.indicator) return false;
  if (q.region && f.regionCode !== q.region && !ancestors(f.regionCode).some((d) => d.code === q.region)) return false;
  if (q.paper && article?.paper !== q.paper) return false;
  const date = article?.date ?? '';
  if (q.from && (!date || date < firstDay(q.from))) return false;
  if (q.to && (!date || date > lastDay(q.to))) return false;
  return true;
}

const sortKey = (f: ReviewedFact) => `${f.confidence.toFixed(2)}|${f.factId}`;

export function reviewItem(f: ReviewedFact, state: ReviewState): ReviewItem {
  const article = state.dataset.articleById.get(f.articleId);
  const text = article?.text ?? f.sentence;
  const pStart = article ? text.lastIndexOf('\n', f.start - 1) + 1 : 0;
  const nl = article ? text.indexOf('\n', f.end) : -1;
  const pText = article ? text.slice(pStart, nl < 0 ? text.length : nl) : text;
  const s = splitSentences(pText).find((x) => x.start <= f.start - pStart && f.end - pStart <= x.end);
  const last = (state.result.standing.get(f.factId) ?? []).at(-1);
  return {
    factId: f.factId, articleId: f.articleId, status: f.status, confidence: f.confidence,
    regionCode: f.regionCode, regionName: f.regionName, indicator: f.indicator, metric: f.metric,
    value: formatValue(f.value), unit: f.unit, qualifier: f.qualifier, direction: f.direction,
    periodStart: f.periodStart, periodEnd: f.periodEnd, subject: f.subject,
    start: f.start, end: f.end,
    paragraph: { text: pText, start: pStart },
    sentenceStart: pStart + (s?.start ?? 0), sentenceEnd: pStart + (s?.end ?? pText.length),
    articleTitle: article?.title ?? '', paper: article?.paper ?? '', date: article?.date ?? '',
    decided: last ? { reviewer: last.reviewer, at: last.decidedAt, action: last.action } : null,
  };
}

/** One page of the queue after `after` (a cursor from the previous page). */
export function reviewQueue(state: ReviewState, q: QueueFilters, after = '', limit = QUEUE_PAGE): QueuePage {
  const all = state.result.facts
    .filter((f) => matches(f, state.dataset.articleById.get(f.articleId), q))
    .map((f) => ({ f, k: sortKey(f) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  const from = after ? all.findIndex((x) => x.k > after) : 0;
  const page = from < 0 ? [] : all.slice(from, from + limit);
  const lastShown = page.at(-1);
  const next = lastShown && from + limit < all.length ? lastShown.k : null;
  return { items: page.map((x) => reviewItem(x.f, state)), total: all.length, next };
}

export interface Progress {
  readonly total: number;
  readonly reviewed: number;
  readonly byIndicator: readonly { readonly indicator: IndicatorId; readonly total: number; readonly reviewed: number }[];
  /** Statistics on which each reviewer has a standing decision, most first. */
  readonly byReviewer: readonly { readonly name: string; readonly facts: number }[];
}

export function reviewProgress(state: ReviewState): Progress {
  const byIndicator = new Map<IndicatorId, { total: number; reviewed: number }>();
  let reviewed = 0;
  for (const f of state.result.facts) {
    const e = byIndicator.get(f.indicator) ?? { total: 0, reviewed: 0 };
    e.total++;
    if (f.status !== 'unreviewed') {
      e.reviewed++;
      reviewed++;
    }
    byIndicator.set(f.indicator, e);
  }
  const byReviewer = new Map<string, number>();
  for (const [factId, decisions] of state.result.standing) {
    if (!state.byId.has(factId)) continue; // orphans are listed apart
    for (const name of new Set(decisions.map((d) => d.reviewer))) byReviewer.set(name, (byReviewer.get(name) ?? 0) + 1);
  }
  return {
    total: state.result.facts.length,
    reviewed,
    byIndicator: INDICATORS.filter((i) => byIndicator.has(i.id)).map((i) => ({ indicator: i.id, ...byIndicator.get(i.id)! })),
    byReviewer: [...byReviewer].map(([name, facts]) => ({ name, facts })).sort((a, b) => b.facts - a.facts || (a.name < b.name ? -1 : 1)),
  };
}
