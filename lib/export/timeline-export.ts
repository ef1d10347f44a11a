/**
 * The timeline's downloads besides the picture: its title and the data behind it as CSV (one row
 * per point drawn). Typed structurally on the fields used, so it fits the dashboard's TimelineData
 * (lib/data/timeline-view.ts, issue 4) without depending on it. Pure and client-safe.
 */
import { toSafeCsv } from './safe-csv';

export interface TimelinePointLike {
  readonly date: string;
  readonly basis: string;
  readonly value: number;
  readonly figure: string;
  readonly period: string;
  readonly factId: string;
}

export interface TimelineLike {
  readonly mode: 'values' | 'count';
  readonly measure: { readonly id: string; readonly label: string; readonly unit: string };
  readonly series: readonly { readonly code: string; readonly name: string; readonly points: readonly TimelinePointLike[] }[];
}

/** "丽水市 · 志愿者 · 数量（人）· 时间线" / "… · timeline". */
export function timelineTitle(regionName: string, data: TimelineLike, lang: 'zh' | 'en' = 'zh'): string {
  return `${regionName} · ${data.measure.label} · ${lang === 'en' ? 'timeline' : '时间线'}`;
}

export const TIMELINE_CSV_HEADER = [
  'region_code', 'region_name', 'date', 'date_basis', 'measure', 'value', 'unit', 'figure', 'period', 'fact_id', 'citation', 'view_url',
] as const;

/** One row per point, series by series, in date order (as drawn). */
export function timelineCsv(data: TimelineLike, citation: string, viewUrl: string): string {
  const rows = data.series.flatMap((s) => s.points.map((p) => [
    s.code, s.name, p.date, p.basis, data.measure.label, p.value, data.mode === 'count' ? '条' : data.measure.unit, p.figure, p.period,
    data.mode === 'count' ? '' : p.factId, citation, viewUrl,
  ]));
  return toSafeCsv(TIMELINE_CSV_HEADER, rows);
}
