/**
 * The table's rows as CSV cells (client-safe: types only), in the order of
 * `Messages.table.csvHeader`. The download button writes them with lib/export/safe-csv.ts.
 */
import type { TableRow } from './table-view';

export function tableCsvRows(rows: readonly TableRow[], origin: string): (string | number)[][] {
  return rows.map((r) => [
    r.region, r.regionCode, r.measure, r.subject, r.value, r.unit, r.qualifier, r.period, r.paper, r.published,
    `${r.quote.before}${r.quote.figure}${r.quote.after}`, r.statusLabel, `${origin}${r.href}`,
  ]);
}
