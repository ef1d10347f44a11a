/**
 * Typed statistics and articles → the CSV rows of the output contract (lib/schema.ts column
 * order), every text cell guarded against spreadsheet formulas (lib/formula-guard.ts).
 */
import { guardRow } from '../formula-guard';
import { NO_REGION_CODE, type Article, type ArticlePlace, type ArticleRow, type FactCsvRow, type SourceMeta, type SourceRow, type Statistic } from '../schema';
import { factId } from './ids';
import { isOutsideCode } from './outside-divisions';

/** A plain decimal, never an exponent: 3897000000, 0.14, 13.7. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`not a finite value: ${v}`);
  const s = String(v);
  if (!/e/i.test(s)) return s;
  // toFixed itself answers in exponent form from 1e21 up; those values are whole numbers.
  if (Math.abs(v) >= 1e21) return v.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
  return v.toFixed(20).replace(/\.?0+$/, '');
}

/** The columns of facts.csv written as plain numbers, never guarded. */
export const FACT_NUMBER_COLUMNS: ReadonlySet<string> = new Set(['value', 'start', 'end', 'confidence']);

export function factRow(s: Statistic): FactCsvRow {
  return guardRow({
    fact_id: factId(s.articleId, s.start, s.end, s.alsoFor), article_id: s.articleId, source: s.source,
    region_code: s.regionCode, region_name: s.regionName, region_level: s.regionLevel,
    metric: s.metric, indicator: s.indicator, subject: s.subject, value: formatValue(s.value), unit: s.unit, qualifier: s.qualifier,
    direction: s.direction, comparison: s.comparison, period_start: s.periodStart, period_end: s.periodEnd,
    sentence: s.sentence, start: String(s.start), end: String(s.end), confidence: s.confidence.toFixed(2),
  }, FACT_NUMBER_COLUMNS);
}

export function articleRow(a: Article): ArticleRow {
  return guardRow({
    article_id: a.id, source: a.source, paper: a.meta.paper, date: a.meta.date, page: a.meta.page,
    title: a.title, byline: a.byline, text: a.text,
  });
}

/** `place`: the file's own place (a place outside Zhejiang is written 000000, as in facts.csv). */
export function sourceRow(m: SourceMeta, place: ArticlePlace): SourceRow {
  const code = place.code && isOutsideCode(place.code) ? NO_REGION_CODE : place.code;
  return guardRow({
    source: m.source, paper: m.paper, date: m.date, date_basis: m.dateBasis, page: m.page, url: m.url, title: m.title,
    region_code: code, region_basis: place.basis,
  });
}
