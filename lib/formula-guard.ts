/**
 * Text cells of the extractor's CSVs (articles, facts, sources, skipped) never start a formula
 * when an analyst opens them in Excel or WPS (OWASP "CSV injection"): a cell starting with =, +,
 * -, @, tab or CR is written with a leading apostrophe. The guard is exact and reversible: a text
 * that itself starts with apostrophes and then a formula character gets one more, and reading
 * removes exactly one from every cell that has the guard's shape. The writer (lib/extract/
 * csv-rows.ts) and the app's reader (lib/data/csv.ts) both use this module. Numeric columns are
 * never guarded: they never start with these characters.
 */

/** '=1+2', '+86', '-x', '@SUM(A1)', '\tcmd', '\rcmd', and the same after apostrophes ('=x). */
const GUARDED_SHAPE = /^'*[=+\-@\t\r]/;

/** The cell to write for `text`. */
export function guardCell(text: string): string {
  return GUARDED_SHAPE.test(text) ? `'${text}` : text;
}

/** The text a cell read back stands for: the inverse of guardCell. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && GUARDED_SHAPE.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** `row` with every cell guarded but those of `numeric` columns (written as plain numbers). */
export function guardRow<C extends string>(row: Readonly<Record<C, string>>, numeric: ReadonlySet<string> = NO_COLUMNS): Record<C, string> {
  const out = {} as Record<C, string>;
  for (const c of Object.keys(row) as C[]) out[c] = numeric.has(c) ? row[c] : guardCell(row[c]);
  return out;
}

const NO_COLUMNS: ReadonlySet<string> = new Set();
