/**
 * Typed rows at the database's boundary: the columns a query selects (FACT_SELECT) turned into a
 * FactRecord, every value checked for its type, so nothing untyped leaves lib/db.
 */
import {
  REVIEW_STATUSES, type ArticleId, type Comparison, type DecisionStatus, type Direction, type FactId,
  type FactRecord, type MetricKey, type Qualifier, type RegionCode, type RegionLevel,
} from '../schema';
import type { IndicatorId } from '../indicators';
import type { Row } from './stats-db';

/** The columns of a FactRecord, for SELECT lists (facts table or reader_facts view). */
export const FACT_SELECT = `fact_id, article_id, source, region_code, region_name, region_level, metric, indicator, subject,
  value, unit, qualifier, direction, comparison, period_start, period_end, fig_start, fig_end, confidence,
  quote_before, quote_figure, quote_after, paper, published, status`;

export function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

export function num(v: unknown): number {
  const n = typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : 0;
}

const STATUSES: ReadonlySet<string> = new Set([...REVIEW_STATUSES, 'rejected']);

export function toFactRecord(r: Row): FactRecord {
  const status = str(r.status);
  return {
    factId: str(r.fact_id) as FactId,
    articleId: str(r.article_id) as ArticleId,
    source: str(r.source),
    regionCode: str(r.region_code) as RegionCode,
    regionName: str(r.region_name),
    regionLevel: str(r.region_level) as RegionLevel,
    metric: str(r.metric) as MetricKey,
    indicator: str(r.indicator) as IndicatorId,
    subject: str(r.subject),
    value: num(r.value),
    unit: str(r.unit),
    qualifier: str(r.qualifier) as Qualifier,
    direction: str(r.direction) as Direction,
    comparison: str(r.comparison) as Comparison,
    periodStart: str(r.period_start),
    periodEnd: str(r.period_end),
    start: num(r.fig_start),
    end: num(r.fig_end),
    confidence: num(r.confidence),
    quote: { before: str(r.quote_before), figure: str(r.quote_figure), after: str(r.quote_after) },
    paper: str(r.paper),
    published: str(r.published),
    status: (STATUSES.has(status) ? status : 'unreviewed') as DecisionStatus,
  };
}
