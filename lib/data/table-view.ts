/**
 * The statistics table of the dashboard: the filtered facts, sorted and cut into pages by the
 * database (lib/db/queries.ts factPage), so the browser only ever receives one page of rows. Pure.
 */
import { reviewStatusOf, type Quote, type ReviewStatus } from '../schema';
import type { FactPage } from '../db/queries';
import type { Lang, SortDir, SortKey } from '../view-state';
import { formatFigure, measureLabel, periodOrReport, QUALIFIER_LABEL } from '../i18n/format';
import { reviewText } from '../i18n/review-messages';
import { figureFields } from './figure-fields';
import { measureOf, signedValue } from './measures';
import { timelineDate, type DateBasis } from './timeline-date';
import type { FigureFields } from './view-types';

export const PAGE_SIZE = 20;

export interface TableRow {
  readonly factId: string;
  readonly articleId: string;
  /** /article/<id>#fact-<id> */
  readonly href: string;
  readonly regionCode: string;
  readonly region: string;
  readonly measure: string;
  readonly subject: string;
  readonly figure: string;
  /** Signed value and unit, for the CSV. */
  readonly value: number;
  readonly unit: string;
  readonly qualifier: string;
  readonly period: string;
  readonly date: string;
  readonly basis: DateBasis | 'none';
  readonly paper: string;
  readonly published: string;
  readonly quote: Quote;
  /** What the CSV writes (lib/export/figure-csv.ts). */
  readonly fields: FigureFields;
  /** Whether a person has checked it (lib/review/), and that in words for the CSV. */
  readonly status: ReviewStatus;
  readonly statusLabel: string;
}

export interface TableData {
  readonly rows: readonly TableRow[];
  readonly total: number;
  /** The page shown (clamped to the pages there are). */
  readonly page: number;
  readonly pages: number;
  readonly pageSize: number;
  readonly sort: SortKey;
  readonly dir: SortDir;
}

export interface TableQuery {
  readonly sort: SortKey;
  readonly dir: SortDir;
  readonly lang: Lang;
  readonly pageSize: number;
}

export function buildTable(
  page: FactPage, q: TableQuery,
  names: (code: string, fallback: string) => string,
  factHref: (articleId: string, factId: string) => string = (a, f) => `/article/${encodeURIComponent(a)}#fact-${f}`,
): TableData {
  const rows = page.rows.map((f): TableRow => {
    const at = timelineDate(f, f.published);
    const status = reviewStatusOf(f);
    return {
      factId: f.factId,
      articleId: f.articleId,
      href: factHref(f.articleId, f.factId),
      regionCode: f.regionCode,
      region: names(f.regionCode, f.regionName),
      measure: measureLabel(measureOf(f), q.lang),
      subject: f.subject,
      figure: formatFigure(f, q.lang),
      value: signedValue(f),
      unit: f.unit,
      qualifier: QUALIFIER_LABEL[q.lang][f.qualifier],
      period: periodOrReport(f.periodStart, f.periodEnd, f.published, q.lang),
      date: at?.date ?? '',
      basis: at?.basis ?? 'none',
      paper: f.paper,
      published: f.published,
      quote: f.quote,
      fields: figureFields(f, q.lang, factHref),
      status,
      statusLabel: reviewText(q.lang).status[status],
    };
  });
  const pages = Math.max(1, Math.ceil(page.total / q.pageSize));
  return { rows, total: page.total, page: page.page, pages, pageSize: q.pageSize, sort: q.sort, dir: q.dir };
}
