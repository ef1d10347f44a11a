/**
 * Cells of corrections.csv are safe to open in a spreadsheet: a cell that would start a formula
 * (=, +, -, @, tab, CR: a reviewer named "=HYPERLINK(…)") is written with a leading apostrophe,
 * as lib/export/safe-csv.ts does for downloads, except a plain number (-13.7). The escape is
 * reversible: a cell that starts with an apostrophe gets one more, and reading drops the first.
 */

/** Starts a formula in a spreadsheet when a cell begins with it (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r']/;
/** A plain number, kept as written: -13.7. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function escapeCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export function unescapeCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
