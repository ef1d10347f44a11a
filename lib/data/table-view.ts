/**
 * The statistics table of the dashboard: the filtered facts, sorted and cut into pages on the
 * server, so the browser only ever receives one page of rows.
 */
import { reviewStatusOf, type FactRow, type ReviewStatus } from '../schema';
import type { Lang, SortDir, SortKey } from '../view-state';
import type { RegionTree, TimeWindow } from './aggregate';
import type { Dataset } from './dataset';
import { selectFacts } from './filters';
import { formatFigure, measureLabel, periodOrReport, QUALIFIER_LABEL } from '../i18n/format';
import { reviewText } from '../i18n/review-messages';
import { measureOf, signedValue, type MeasureOption } from './measures';
import { figureFields } from './figure-fields';
import { quoteOf, type Quote } from './region-view';
import type { FigureFields } from './view-types';
import { timelineDate, type DateBasis } from './timeline-view';

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
  readonly measure: MeasureOption | null;
  readonly region: string;
  readonly window: TimeWindow;
  readonly sort: SortKey;
  readonly dir: SortDir;
  readonly page: number;
  readonly lang: Lang;
  readonly pageSize?: number;
}

function sortValue(f: FactRow, key: SortKey, ds: Dataset, names: (code: string, fallback: string) => string): string | number {
  if (key === 'value') return signedValue(f);
  if (key === 'region') return names(f.regionCode, f.regionName);
  return timelineDate(f, ds.articleById.get(f.articleId)?.date)?.date ?? '';
}

export function buildTable(
  ds: Dataset, tree: RegionTree, q: TableQuery,
  names: (code: string, fallback: string) => string = (c, f) => tree.get(c)?.name ?? f,
  factHref: (articleId: string, factId: string) => string = (a, f) => `/article/${encodeURIComponent(a)}#fact-${f}`,
): TableData {
  const facts = selectFacts(ds, tree, { measure: q.measure, region: q.region, window: q.window });
  const sign = q.dir === 'asc' ? 1 : -1;
  const keyed = facts.map((f) => ({ f, k: sortValue(f, q.sort, ds, names) }));
  keyed.sort((a, b) => {
    const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k), 'zh-CN');
    // Ties: newest first, then by id, so every order is deterministic.
    return sign * c || (a.f.factId < b.f.factId ? -1 : a.f.factId > b.f.factId ? 1 : 0);
  });
  const size = q.pageSize ?? PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(keyed.length / size));
  const page = Math.min(Math.max(1, q.page), pages);
  const rows = keyed.slice((page - 1) * size, page * size).map(({ f }): TableRow => {
    const article = ds.articleById.get(f.articleId);
    const at = timelineDate(f, article?.date);
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
      period: periodOrReport(f.periodStart, f.periodEnd, article?.date ?? '', q.lang),
      date: at?.date ?? '',
      basis: at?.basis ?? 'none',
      paper: article?.paper ?? '',
      published: article?.date ?? '',
      quote: quoteOf(f, article),
      fields: figureFields(f, article, q.lang, factHref),
      status: reviewStatusOf(f),
      statusLabel: reviewText(q.lang).status[reviewStatusOf(f)],
    };
  });
  return { rows, total: keyed.length, page, pages, pageSize: size, sort: q.sort, dir: q.dir };
}

