/**
 * A CSV output of a run, written row batch by row batch into the run's own folder (run-folder.ts
 * publishes the folder once every output is complete). CSV text comes from papaparse. `onBytes`,
 * if given, is told each text written (the header first) as the bytes written.
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import Papa from 'papaparse';
import { writeAll } from './write-atomic';

export class CsvFileWriter<C extends string> {
  private fd: number | null;

  constructor(readonly file: string, private readonly columns: readonly C[], private readonly onBytes?: (bytes: Buffer) => void) {
    this.fd = openSync(file, 'wx');
    try {
      this.append(`${columns.join(',')}\n`);
    } catch (e) {
      this.abandon();
      throw e;
    }
  }

  private append(text: string): void {
    if (!this.onBytes) {
      writeSync(this.fd!, text);
      return;
    }
    const bytes = Buffer.from(text);
    writeAll(this.fd!, bytes);
    this.onBytes(bytes);
  }

  write(rows: ReadonlyArray<Record<C, string>>): void {
    if (rows.length === 0 || this.fd === null) return;
    this.append(`${Papa.unparse(rows.map((r) => this.columns.map((c) => r[c])), { header: false, newline: '\n' })}\n`);
  }

  /** Appends rows given as their cells in column order. */
  writeCells(rows: ReadonlyArray<readonly string[]>): void {
    if (rows.length === 0 || this.fd === null) return;
    this.append(`${Papa.unparse(rows as string[][], { header: false, newline: '\n' })}\n`);
  }

  /** Flushes the file to disk and closes it. */
  close(): void {
    if (this.fd === null) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
  }

  /** Closes the file without flushing (the run is abandoned). */
  abandon(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
