/**
 * The facts table of stats.duckdb: a fact's fields (without its whole sentence), a bounded quote
 * around its figure, and what the views filter and sort by, worked out here once (when the
 * database is built, and for each statistic a reviewer edits or adds) rather than per request.
 * One function derives them, so a reviewed fact and an extracted one can never disagree. Pure.
 */
import type { DecisionStatus, FactRow, Quote } from '../schema';
import { getDivision } from '../regions/divisions';
import { REGION_TREE } from '../data/regions';
import { kindOf, measureId, measureOf, signedValue, unitClass } from '../data/measures';
import { firstDay, lastDay } from '../view-state';

/** Column names and types, in table order. */
export const FACT_TABLE_COLUMNS = [
  ['fact_id', 'VARCHAR'], ['article_id', 'VARCHAR'], ['source', 'VARCHAR'],
  ['region_code', 'VARCHAR'], ['region_name', 'VARCHAR'], ['region_level', 'VARCHAR'],
  ['metric', 'VARCHAR'], ['indicator', 'VARCHAR'], ['subject', 'VARCHAR'],
  ['value', 'DOUBLE'], ['unit', 'VARCHAR'], ['qualifier', 'VARCHAR'], ['direction', 'VARCHAR'], ['comparison', 'VARCHAR'],
  ['period_start', 'VARCHAR'], ['period_end', 'VARCHAR'], ['fig_start', 'INTEGER'], ['fig_end', 'INTEGER'], ['confidence', 'DOUBLE'],
  ['quote_before', 'VARCHAR'], ['quote_figure', 'VARCHAR'], ['quote_after', 'VARCHAR'],
  // The article's paper and publication date.
  ['paper', 'VARCHAR'], ['published', 'VARCHAR'],
  // The measure (indicator × level or change × unit class) and the value as charts draw it.
  ['measure_id', 'VARCHAR'], ['kind', 'VARCHAR'], ['unit_class', 'VARCHAR'], ['signed_value', 'DOUBLE'],
  // Time: the date the fact speaks for (period end, else publication, '' for none); the span tested
  // against a time window; where it sits on a time axis ('' for none).
  ['fact_date', 'VARCHAR'], ['window_first', 'VARCHAR'], ['window_last', 'VARCHAR'],
  ['axis_date', 'VARCHAR'], ['axis_start', 'VARCHAR'], ['axis_basis', 'VARCHAR'],
  // Place in the region tree (lib/data/regions.ts): known, its level, its prefecture, drawn on the map.
  ['in_tree', 'BOOLEAN'], ['tree_level', 'VARCHAR'], ['prefecture_code', 'VARCHAR'], ['has_shape', 'BOOLEAN'],
  ['status', 'VARCHAR'],
] as const;

export type FactCell = string | number | boolean;

/** Inclusive bounds as the time-window test compares them (YYYY-MM-31 for a month: text order). */
export function windowStart(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

export function windowEnd(iso: string): string {
  return iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso;
}

/** The fact's cells in FACT_TABLE_COLUMNS order. */
export function factCells(
  f: Omit<FactRow, 'sentence'>,
  article: { readonly paper: string; readonly date: string },
  quote: Quote,
  status: DecisionStatus = 'unreviewed',
): FactCell[] {
  const factDate = f.periodEnd || f.periodStart || article.date;
  const p = f.periodEnd || f.periodStart;
  const axisDate = p ? lastDay(p) : article.date;
  const axisStart = p ? firstDay(f.periodStart || f.periodEnd) : article.date;
  const d = getDivision(f.regionCode);
  const prefecture = d?.level === 'county' ? d.parent ?? '' : d?.level === 'prefecture' ? d.code : '';
  return [
    f.factId, f.articleId, f.source, f.regionCode, f.regionName, f.regionLevel,
    f.metric, f.indicator, f.subject, f.value, f.unit, f.qualifier, f.direction, f.comparison,
    f.periodStart, f.periodEnd, f.start, f.end, f.confidence,
    quote.before, quote.figure, quote.after, article.paper, article.date,
    measureId(measureOf(f)), kindOf(f), unitClass(f.unit), signedValue(f),
    factDate, factDate ? windowStart(f.periodStart || factDate) : '', factDate ? windowEnd(factDate) : '',
    axisDate, axisDate ? axisStart : '', p ? 'period' : article.date ? 'published' : '',
    d !== undefined, d?.level ?? '', prefecture, REGION_TREE.hasShape(f.regionCode),
    status,
  ];
}
