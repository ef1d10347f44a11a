/**
 * The CSVs of the table, the map and the timeline: one column set (FIGURE_CSV_COLUMNS), one row
 * per statistic (per region for the map), written by the formula-safe writer. Pure, client-safe.
 */
import { FIGURE_CSV_COLUMNS } from '../schema';
import type { TableRow } from '../data/table-view';
import type { TimelineLike } from './timeline-export';
import type { FigureFields, MapViewData } from '../data/view-types';
import { toSafeCsv, type CsvCell } from './safe-csv';

export { FIGURE_CSV_COLUMNS };

export interface CsvCite {
  /** The chart's source line ("来源：浙江法制报 · …"), '' for the table. */
  readonly sourceLine: string;
  /** Absolute URL of the view the rows come from. */
  readonly viewUrl: string;
  /** Origin of the dashboard: statistics' links are made absolute with it. */
  readonly origin: string;
}

/** One row: the region, the statistic (or none), how many the region has, the citation. */
export function figureRow(region: { code: string; name: string }, f: FigureFields | null, cite: CsvCite, figures: number | '' = ''): CsvCell[] {
  return [
    region.code, region.name,
    f?.indicator ?? '', f?.indicatorName ?? '', f?.kind ?? '', f ? f.value : '', f?.unit ?? '', f?.qualifier ?? '', f?.figure ?? '', f?.subject ?? '',
    f?.periodStart ?? '', f?.periodEnd ?? '', f?.date ?? '', f && f.basis !== 'none' ? f.basis : '', f?.paper ?? '', f?.published ?? '',
    f?.sentence ?? '', f ? `${cite.origin}${f.href}` : '', f?.status ?? '', figures, cite.sourceLine, cite.viewUrl,
  ];
}

/** The rows of the table shown (one page), as they are ordered. */
export function tableCsv(rows: readonly TableRow[], cite: CsvCite): string {
  return toSafeCsv(FIGURE_CSV_COLUMNS, rows.map((r) => figureRow({ code: r.regionCode, name: r.region }, r.fields, cite)));
}

/**
 * One row per region the map shows: its latest figure and how many it has (prefectures' own
 * figures first at county level). In count mode the row is the number of statistics.
 */
export function mapCsv(view: MapViewData, cite: CsvCite): string {
  const rows = [...view.ownPrefectures, ...view.regions].map((r) => {
    if (view.measure?.metric === null) {
      const n = r.value ?? 0;
      return figureRow({ code: r.code, name: r.name }, null, cite, n);
    }
    return figureRow({ code: r.code, name: r.name }, r.latest, cite, r.count);
  });
  return toSafeCsv(FIGURE_CSV_COLUMNS, rows);
}

/** One row per point drawn, series by series, in date order; in count mode, a month's count per row. */
export function timelineCsv(data: TimelineLike, cite: CsvCite): string {
  const rows = data.series.flatMap((s) => s.points.map((p) => {
    if (p.fields === undefined) throw new Error('the timeline came without its download fields (fetch it from /api/timeline)');
    if (!p.fields) {
      const row = figureRow({ code: s.code, name: s.name }, null, cite, p.value);
      row[FIGURE_CSV_COLUMNS.indexOf('date')] = p.date; // the month the count is of (its last day)
      return row;
    }
    return figureRow({ code: s.code, name: s.name }, p.fields, cite);
  }));
  return toSafeCsv(FIGURE_CSV_COLUMNS, rows);
}
