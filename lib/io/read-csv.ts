/**
 * Reads a CSV file with a header into rows (papaparse). A malformed row is an error naming file
 * and line — except, where the caller allows it, a row with more fields than the header (a
 * hand-written quote with an unquoted comma): its extra fields are joined back into the last
 * column, as Python's csv module would keep them, and a warning names the line.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export interface ReadCsvOptions {
  readonly joinExtraFields?: boolean;
  readonly onWarning?: (message: string) => void;
}

export function readCsvFile<T extends Record<string, string>>(file: string, opts: ReadCsvOptions = {}): T[] {
  const parsed = Papa.parse<Record<string, unknown>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const fields = parsed.meta.fields ?? [];
  for (const e of parsed.errors) {
    const where = `${file}:${(e.row ?? 0) + 2}`;
    if (!(opts.joinExtraFields && e.code === 'TooManyFields')) throw new Error(`${where}: ${e.message}`);
    opts.onWarning?.(`${where}: ${e.message}; extra fields joined into "${fields[fields.length - 1]}"`);
  }
  return parsed.data.map((row) => {
    const extra = row.__parsed_extra as string[] | undefined;
    if (!extra) return row as T;
    const { __parsed_extra: _, ...rest } = row;
    const last = fields[fields.length - 1]!;
    return { ...rest, [last]: [rest[last], ...extra].join(',') } as T;
  });
}
