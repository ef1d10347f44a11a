/**
 * CSV files read as a stream (papaparse), row by row, for files too large to hold as one string
 * (facts.csv of a decade of papers). The same contract as parseCsv: the header must be exactly
 * `columns`; a row with the wrong number of fields or broken quoting is a problem with its file
 * and the 1-based line on which it starts (quoted fields may span lines), never a record.
 */
import { unguardCell } from '../formula-guard';
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import type { InputProblem } from '../schema';
import type { CsvRecord } from './csv';

export interface StreamResult {
  /** False when the file could not be opened (a problem says so). */
  readonly found: boolean;
  readonly rows: number;
}

function newlines(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Calls `onRecord` for every good row of `file` in file order and `onProblem` for every bad one
 * (and for a wrong header, an empty or a missing file). `label` names the file in problems. The
 * file is one of the extractor's outputs: each cell's formula guard is removed (lib/formula-guard.ts).
 */
export function streamCsv<C extends string>(
  file: string,
  columns: readonly C[],
  onRecord: (r: CsvRecord<C>) => void,
  onProblem: (p: InputProblem) => void,
  label: string = file,
): Promise<StreamResult> {
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file, { encoding: 'utf8' });
    let line = 1;
    let rows = 0;
    let header: string[] | null = null;
    let headerOk = false;
    let opened = false;
    stream.once('open', () => (opened = true));
    stream.once('error', (e: NodeJS.ErrnoException) => {
      if (opened) return reject(e);
      onProblem({ file: label, line: 0, reason: e.code === 'ENOENT' ? 'file not found' : `cannot read: ${e.message}` });
      resolve({ found: false, rows: 0 });
    });
    Papa.parse<string[]>(stream as unknown as File, {
      delimiter: ',',
      quoteChar: '"',
      escapeChar: '"',
      step(result) {
        const rowLine = line;
        const fields = result.data;
        line += 1 + newlines(fields);
        if (fields.length === 1 && fields[0] === '') return; // blank line
        if (header === null) {
          header = fields.map((f) => f.trim());
          headerOk = header.length === columns.length && header.every((h, i) => h === columns[i]);
          if (!headerOk) onProblem({ file: label, line: rowLine, reason: `header is "${header.join(',')}", expected "${columns.join(',')}"` });
          return;
        }
        if (!headerOk) return;
        const errors = result.errors.filter((e) => e.code !== 'UndetectableDelimiter');
        if (errors.length > 0) return onProblem({ file: label, line: rowLine, reason: errors.map((e) => e.message).join('; ') });
        if (fields.length !== columns.length) return onProblem({ file: label, line: rowLine, reason: `${fields.length} fields, expected ${columns.length}` });
        const values = {} as Record<C, string>;
        columns.forEach((c, i) => {
          const v = fields[i] ?? '';
          values[c] = unguardCell(i === columns.length - 1 ? v.replace(/\r$/, '') : v);
        });
        rows++;
        onRecord({ line: rowLine, values });
      },
      complete() {
        if (!opened) return; // the error handler answered
        if (header === null) onProblem({ file: label, line: 0, reason: 'file is empty (no header)' });
        resolve({ found: true, rows });
      },
      error(e: Error) {
        reject(e);
      },
    });
  });
}
