/**
 * The one writer of corrections.csv. Rows are only ever appended; each append is written and
 * flushed to disk (fsync) before its promise resolves, so a saved decision survives a crash.
 * Appends that arrive while a flush is running are written together by the next one (group
 * commit): every caller still waits for the fsync that covers its rows, and none is lost.
 * The file is created, with its header, on the first decision.
 */
import { constants as fsConstants, promises as fsp } from 'node:fs';
import path from 'node:path';
import type { CorrectionCsvRow } from '../schema';
import { CORRECTIONS_HEADER, correctionsCsv } from './decision-rows';

interface Pending {
  readonly text: string;
  readonly resolve: () => void;
  readonly reject: (e: Error) => void;
}

async function writeAll(fh: fsp.FileHandle, data: Buffer): Promise<void> {
  for (let off = 0; off < data.length;) off += (await fh.write(data, off, data.length - off)).bytesWritten;
}

/** Flushes the folder entry of a new file, so the file itself survives a crash. */
async function syncDir(dir: string): Promise<void> {
  const fh = await fsp.open(dir, fsConstants.O_RDONLY);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Opens the file for appending, creating it with its header first when it is new or empty. */
async function openForAppend(file: string): Promise<fsp.FileHandle> {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  try {
    const created = await fsp.open(file, 'wx', 0o644);
    try {
      await writeAll(created, Buffer.from(CORRECTIONS_HEADER));
      await created.sync();
    } finally {
      await created.close();
    }
    await syncDir(path.dirname(file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return fsp.open(file, 'a+'); // appends; reads to check the last byte
}

/** A hand-edited file may lack its last line break: the next row must not join that line. */
async function separator(fh: fsp.FileHandle): Promise<string> {
  const { size } = await fh.stat();
  if (size === 0) return CORRECTIONS_HEADER;
  const last = Buffer.alloc(1);
  await fh.read(last, 0, 1, size - 1);
  return last[0] === 0x0a ? '' : '\n';
}

export class CorrectionsWriter {
  private queue: Pending[] = [];
  private flushing = false;

  constructor(readonly file: string) {}

  /** Appends the rows of one decision; resolves once they are on disk. */
  append(rows: readonly CorrectionCsvRow[]): Promise<void> {
    const text = correctionsCsv(rows);
    if (text === '') return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ text, resolve, reject });
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0);
        try {
          await this.write(batch.map((p) => p.text).join(''));
          for (const p of batch) p.resolve();
        } catch (e) {
          for (const p of batch) p.reject(e instanceof Error ? e : new Error(String(e)));
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private async write(text: string): Promise<void> {
    const fh = await openForAppend(this.file);
    try {
      await writeAll(fh, Buffer.from((await separator(fh)) + text));
      await fh.sync();
    } finally {
      await fh.close();
    }
  }
}

/** One writer per file for the whole process (module copies in several bundles share it). */
const WRITERS_KEY = Symbol.for('zj-safety.corrections-writers');
type Registry = Map<string, CorrectionsWriter>;

export function correctionsWriter(file: string): CorrectionsWriter {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  const registry = (g[WRITERS_KEY] ??= new Map());
  const key = path.resolve(file);
  let w = registry.get(key);
  if (!w) registry.set(key, (w = new CorrectionsWriter(key)));
  return w;
}

/** The file's text, or null when no decision has been made yet. */
export async function readCorrectionsText(file: string): Promise<string | null> {
  try {
    return await fsp.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
