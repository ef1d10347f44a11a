/**
 * No cell of a CSV the project writes starts a formula when an analyst opens it in Excel or WPS
 * (OWASP "CSV injection"): a text starting with =, +, -, @, tab or CR is written with a leading
 * apostrophe (which the spreadsheet shows as text and hides). So that the guard can be undone
 * exactly, a text that itself starts with an apostrophe gets one more, and reading removes exactly
 * one leading apostrophe. One module for every such CSV: the extractor's outputs (lib/extract/
 * csv-rows.ts, read back by lib/data/csv.ts), facts.reviewed.csv, the reviewers' corrections.csv
 * (lib/review/decision-rows.ts, read back by parse-corrections.ts) and the downloads
 * (lib/export/safe-csv.ts). Numeric columns are never guarded.
 */

/** '=1+2', '+86', '-x', '@SUM(A1)', '\tcmd', '\rcmd'; and 'quoted, so that reading can drop the guard exactly. */
const NEEDS_GUARD = /^[=+\-@\t\r']/;
/** A plain number (-13.7): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export interface GuardOptions {
  /**
   * Leave a plain number (-13.7) as it is, for files whose readers expect numbers in free columns
   * (corrections.csv, downloads); the extractor's outputs guard every text cell instead.
   */
  readonly keepPlainNumbers?: boolean;
}

/** The first characters of NEEDS_GUARD (= + - @ tab CR '), a flag by code unit below 0x80: every cell of every row is asked. */
const STARTS_GUARDED = new Uint8Array(0x80);
for (const c of [0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d, 0x27]) STARTS_GUARDED[c] = 1;

/** The cell to write for `text`. */
export function guardCell(text: string, opts: GuardOptions = {}): string {
  if (STARTS_GUARDED[text.charCodeAt(0)] !== 1 || !NEEDS_GUARD.test(text)) return text;
  return opts.keepPlainNumbers && PLAIN_NUMBER.test(text) ? text : `'${text}`;
}

/** The text a cell read back stands for: the inverse of guardCell. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** `row` with every cell guarded but those of `numeric` columns (written as plain numbers). */
export function guardRow<C extends string>(row: Readonly<Record<C, string>>, numeric: ReadonlySet<string> = NO_COLUMNS): Record<C, string> {
  const out = {} as Record<C, string>;
  for (const c of Object.keys(row) as C[]) out[c] = numeric.has(c) ? row[c] : guardCell(row[c]);
  return out;
}

const NO_COLUMNS: ReadonlySet<string> = new Set();
