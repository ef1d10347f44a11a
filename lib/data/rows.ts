/**
 * Typed, validated rows from CSV records. A row that fails any check is a reason string,
 * so a bad value never reaches a chart as NaN.
 */
import {
  COMPARISONS, DIRECTIONS, QUALIFIERS, REGION_LEVELS, isMetricKey,
  type ArticleId, type ArticleRecord, type ArticleRow, type Comparison, type Direction, type FactCsvRow,
  type FactId, type FactRow, type Qualifier, type RegionCode, type RegionLevel,
} from '../schema';
import { isIndicatorId, metricOfIndicator } from '../indicators';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const CODE_PATTERN = /^\d{6}$/;
const ISO_PERIOD = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^\d+$/;

function oneOf<T extends string>(list: readonly T[], s: string): s is T {
  return (list as readonly string[]).includes(s);
}

function finite(s: string): number | null {
  const t = s.trim();
  if (!NUMBER.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function offset(s: string): number | null {
  const t = s.trim();
  if (!INTEGER.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

export function toArticle(r: ArticleRow): ArticleRecord | string {
  const id = r.article_id.trim();
  if (!ID_PATTERN.test(id)) return `article_id "${r.article_id}" is not a valid id`;
  const date = r.date.trim();
  if (date !== '' && !ISO_DATE.test(date)) return `date "${r.date}" is not YYYY-MM-DD`;
  if (r.text === '') return 'text is empty';
  return {
    articleId: id as ArticleId,
    source: r.source.trim(),
    paper: r.paper.trim(),
    date,
    page: r.page.trim(),
    title: r.title.trim(),
    byline: r.byline.trim(),
    text: r.text,
  };
}

export function toFact(r: FactCsvRow): FactRow | string {
  const factId = r.fact_id.trim();
  if (!ID_PATTERN.test(factId)) return `fact_id "${r.fact_id}" is not a valid id`;
  const articleId = r.article_id.trim();
  if (!ID_PATTERN.test(articleId)) return `article_id "${r.article_id}" is not a valid id`;
  const code = r.region_code.trim();
  if (!CODE_PATTERN.test(code)) return `region_code "${r.region_code}" is not 6 digits`;
  const level = r.region_level.trim();
  if (!oneOf<RegionLevel>(REGION_LEVELS, level)) return `region_level "${r.region_level}" is unknown`;
  const metric = r.metric.trim();
  if (!isMetricKey(metric)) return `metric "${r.metric}" is unknown`;
  const indicator = r.indicator.trim();
  if (!isIndicatorId(indicator)) return `indicator "${r.indicator}" is unknown`;
  if (metricOfIndicator(indicator) !== metric) return `indicator "${indicator}" is not of metric "${metric}"`;
  const value = finite(r.value);
  if (value === null) return `value "${r.value}" is not a number`;
  const qualifier = r.qualifier.trim() === '' ? 'exact' : r.qualifier.trim();
  if (!oneOf<Qualifier>(QUALIFIERS, qualifier)) return `qualifier "${r.qualifier}" is unknown`;
  const direction = r.direction.trim() === '' ? 'none' : r.direction.trim();
  if (!oneOf<Direction>(DIRECTIONS, direction)) return `direction "${r.direction}" is unknown`;
  const comparison = r.comparison.trim();
  if (!oneOf<Comparison>(COMPARISONS, comparison)) return `comparison "${r.comparison}" is unknown`;
  const periodStart = r.period_start.trim();
  const periodEnd = r.period_end.trim();
  if (periodStart !== '' && !ISO_PERIOD.test(periodStart)) return `period_start "${r.period_start}" is not ISO 8601`;
  if (periodEnd !== '' && !ISO_PERIOD.test(periodEnd)) return `period_end "${r.period_end}" is not ISO 8601`;
  const start = offset(r.start);
  const end = offset(r.end);
  if (start === null || end === null) return `start/end "${r.start}"/"${r.end}" are not offsets`;
  if (end <= start) return `end ${end} is not after start ${start}`;
  const confidence = finite(r.confidence);
  if (confidence === null || confidence < 0 || confidence > 1) return `confidence "${r.confidence}" is not in [0, 1]`;
  return {
    factId: factId as FactId,
    articleId: articleId as ArticleId,
    source: r.source.trim(),
    regionCode: code as RegionCode,
    regionName: r.region_name.trim(),
    regionLevel: level,
    metric,
    indicator,
    subject: r.subject.trim(),
    value,
    unit: r.unit.trim(),
    qualifier,
    direction,
    comparison,
    periodStart,
    periodEnd,
    sentence: r.sentence,
    start,
    end,
    confidence,
  };
}
