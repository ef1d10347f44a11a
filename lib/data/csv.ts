/**
 * CSV reading for the app: the one place (with load.ts) that knows papaparse.
 * Rows keep the 1-based line on which they start, so problems can be reported by file and line
 * even when quoted fields (article text) span several lines.
 */
import Papa from 'papaparse';
import { unguardCell } from '../formula-guard';
import type { InputProblem } from '../schema';

export interface CsvRecord<C extends string> {
  /** 1-based line of the file on which the row starts. */
  readonly line: number;
  readonly values: Record<C, string>;
}

export interface CsvResult<C extends string> {
  readonly records: CsvRecord<C>[];
  readonly problems: InputProblem[];
}

export interface ParseOptions {
  /** The file is one of the extractor's outputs: the formula guard of its cells is removed (lib/formula-guard.ts). */
  readonly guarded?: boolean;
}

/**
 * Parses `text` (the content of `file`) whose header must be exactly `columns`, in that order.
 * Rows with the wrong number of fields or broken quoting become problems, not records.
 */
export function parseCsv<C extends string>(text: string, file: string, columns: readonly C[], opts: ParseOptions = {}): CsvResult<C> {
  const cell = opts.guarded ? unguardCell : (v: string) => v;
  const records: CsvRecord<C>[] = [];
  const problems: InputProblem[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  let rowStart = 0; // offset in body where the current row starts
  let line = 1; // line on which the current row starts
  let header: string[] | null = null;
  let headerOk = false;

  Papa.parse<string[]>(body, {
    delimiter: ',',
    quoteChar: '"',
    escapeChar: '"',
    step(result) {
      const rowLine = line;
      const end = result.meta.cursor;
      for (let i = rowStart; i < end; i++) if (body.charCodeAt(i) === 10) line++;
      rowStart = end;

      const fields = result.data;
      if (fields.length === 1 && fields[0] === '') return; // blank line
      if (header === null) {
        header = fields.map((f) => f.trim());
        headerOk = header.length === columns.length && header.every((h, i) => h === columns[i]);
        if (!headerOk) {
          problems.push({
            file,
            line: rowLine,
            reason: `header is "${header.join(',')}", expected "${columns.join(',')}"`,
          });
        }
        return;
      }
      if (!headerOk) return;
      const parseErrors = result.errors.filter((e) => e.code !== 'UndetectableDelimiter');
      if (parseErrors.length > 0) {
        problems.push({ file, line: rowLine, reason: parseErrors.map((e) => e.message).join('; ') });
        return;
      }
      if (fields.length !== columns.length) {
        problems.push({ file, line: rowLine, reason: `${fields.length} fields, expected ${columns.length}` });
        return;
      }
      const values = {} as Record<C, string>;
      columns.forEach((c, i) => {
        const v = fields[i] ?? '';
        values[c] = cell(i === columns.length - 1 ? v.replace(/\r$/, '') : v);
      });
      records.push({ line: rowLine, values });
    },
  });

  if (header === null) problems.push({ file, line: 0, reason: 'file is empty (no header)' });
  return { records, problems };
}
