/**
 * Typed statistics and articles → the CSV rows of the output contract (lib/schema.ts column
 * order), every text cell guarded against spreadsheet formulas (lib/formula-guard.ts).
 */
import { guardCell } from '../formula-guard';
import { ARTICLE_COLUMNS, FACT_COLUMNS, NO_REGION_CODE, SOURCE_COLUMNS, type Article, type ArticlePlace, type ArticleRow, type FactCsvRow, type SourceMeta, type SourceRow, type Statistic } from '../schema';
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

/**
 * A row's cells in column order (FACT_COLUMNS), text cells guarded: what the CSV writer takes. Made
 * as an array at once (no row object, no look-up by column name): a page's rows are made on the
 * extraction's busiest thread.
 */
export function factCells(s: Statistic): string[] {
  const g = guardCell;
  return [
    g(factId(s.articleId, s.start, s.end, s.alsoFor)), g(s.articleId), g(s.source),
    g(s.regionCode), g(s.regionName), g(s.regionLevel),
    g(s.metric), g(s.indicator), g(s.subject), formatValue(s.value), g(s.unit), g(s.qualifier),
    g(s.direction), g(s.comparison), g(s.periodStart), g(s.periodEnd),
    g(s.sentence), String(s.start), String(s.end), s.confidence.toFixed(2),
  ];
}

/** A row's cells in ARTICLE_COLUMNS order, guarded. */
export function articleCells(a: Article): string[] {
  const g = guardCell;
  return [g(a.id), g(a.source), g(a.meta.paper), g(a.meta.date), g(a.meta.page), g(a.title), g(a.byline), g(a.text)];
}

/** `place`: the file's own place (a place outside Zhejiang is written 000000, as in facts.csv). In SOURCE_COLUMNS order, guarded. */
export function sourceCells(m: SourceMeta, place: ArticlePlace): string[] {
  const g = guardCell;
  const code = place.code && isOutsideCode(place.code) ? NO_REGION_CODE : place.code;
  return [g(m.source), g(m.paper), g(m.date), g(m.dateBasis), g(m.page), g(m.url), g(m.title), g(code), g(place.basis)];
}

/** Cells as a row object keyed by column. */
const rowOf = <C extends string>(columns: readonly C[], cells: readonly string[]): Record<C, string> =>
  Object.fromEntries(columns.map((c, i) => [c, cells[i]!])) as Record<C, string>;

export function factRow(s: Statistic): FactCsvRow {
  return rowOf(FACT_COLUMNS, factCells(s));
}

export function articleRow(a: Article): ArticleRow {
  return rowOf(ARTICLE_COLUMNS, articleCells(a));
}

export function sourceRow(m: SourceMeta, place: ArticlePlace): SourceRow {
  return rowOf(SOURCE_COLUMNS, sourceCells(m, place));
}
