/**
 * What the map's downloads carry besides the picture: its title and the data behind it as CSV
 * (through the formula-safe writer). Pure and client-safe.
 */
import type { MapViewData } from '../data/view-types';
import { toSafeCsv } from './safe-csv';

/** "浙江省 · 志愿者 · 数量（人）· 2018—2019". */
export function mapTitle(view: MapViewData): string {
  const { from, to } = view.window;
  const when = from || to ? ` · ${from ?? ''}${from === to ? '' : `—${to ?? ''}`}` : '';
  return `${view.view.name} · ${view.measure?.label ?? '暂无统计'}${when}`;
}

export const MAP_CSV_HEADER = [
  'region_code', 'region_name', 'measure', 'value', 'unit', 'figure', 'subject', 'period', 'facts', 'source_pages', 'citation', 'view_url',
] as const;

/** One row per region on the map; `citation` is the source line, `viewUrl` the view on the dashboard. */
export function mapCsv(view: MapViewData, citation: string, viewUrl: string): string {
  const m = view.measure;
  const rows = view.regions.map((r) => [
    r.code, r.name, m?.label ?? '', r.value, m?.unit ?? '', r.figure ?? '', r.subject, r.period,
    r.count + r.belowFacts, r.sourceCount, citation, viewUrl,
  ]);
  return toSafeCsv(MAP_CSV_HEADER, rows);
}
