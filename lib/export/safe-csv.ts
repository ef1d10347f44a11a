/**
 * CSV for people to open in Excel or WPS: papaparse's writer with formula escaping on, so no cell
 * starts a formula (=, +, -, @, tab, CR: "=HYPERLINK(...)" is written as "'=HYPERLINK(...)"),
 * a UTF-8 BOM so Excel reads Chinese text correctly, and CRLF line ends. Numbers are written as
 * numbers: a negative change (-13.7) is data, not a formula, and stays as it is.
 */
import Papa from 'papaparse';
import { guardCell } from '../formula-guard';

export type CsvCell = string | number | null | undefined;

/** A numeric cell as text: kept as written when it is a plain number (-13.7), escaped otherwise. */
function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return guardCell(value, { keepPlainNumbers: true });
}

/** The CSV text (with BOM) of `rows` under `header`; every row must have the header's length. */
export function toSafeCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const data = rows.map((row, i) => {
    if (row.length !== header.length) throw new Error(`toSafeCsv: row ${i + 1} has ${row.length} cells, header has ${header.length}`);
    return row.map(cellText);
  });
  return `\ufeff${Papa.unparse({ fields: header.map(cellText), data }, { newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}
