/**
 * A CSV output written row batch by row batch to a temporary file and renamed into place on
 * commit(), so a failed run leaves the previous file as it was. CSV text comes from papaparse.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import Papa from 'papaparse';
import { tempPathFor } from './write-atomic';

export class CsvFileWriter<C extends string> {
  private readonly tmp: string;
  private fd: number | null;

  constructor(private readonly target: string, private readonly columns: readonly C[]) {
    this.tmp = tempPathFor(target);
    this.fd = openSync(this.tmp, 'w');
    writeSync(this.fd, `${columns.join(',')}\n`);
  }

  write(rows: ReadonlyArray<Record<C, string>>): void {
    if (rows.length === 0 || this.fd === null) return;
    writeSync(this.fd, `${Papa.unparse(rows as Array<Record<C, string>>, { columns: [...this.columns], header: false, newline: '\n' })}\n`);
  }

  /** Appends CSV text already made (rows ending in newlines, no header). */
  writeText(text: string): void {
    if (text && this.fd !== null) writeSync(this.fd, text);
  }

  /** Flushes the temporary file; the rename happens in commitAll, once every output is ready. */
  close(): void {
    if (this.fd === null) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
  }

  rename(): void {
    renameSync(this.tmp, this.target);
  }

  discard(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.tmp, { force: true });
  }
}

/** Closes every writer, then renames each into place. */
export function commitAll(writers: ReadonlyArray<CsvFileWriter<string>>): void {
  for (const w of writers) w.close();
  for (const w of writers) w.rename();
}
