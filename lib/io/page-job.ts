/**
 * One page's work, the same on the main thread and in a worker: bytes (or their text) → the CSV
 * rows of its articles, facts and source, its counts, and the note to tell the user. A failure is
 * a result too.
 */
import type { MetricKey, SourceMeta } from '../schema';
import { articleCells, factCells, sourceCells } from '../extract/csv-rows';
import { decodeBytes, type DecodedText } from '../extract/decode-bytes';
import { processPage, processText } from '../extract/process-page';
import { packRows, type PackedRows } from './packed-rows';

export interface PageJob {
  readonly seq: number;
  /** The file's bytes; empty when they come decoded. */
  readonly bytes: Uint8Array;
  /** The file's text, decoded by the thread that read it (pageJob). */
  readonly decoded?: DecodedText;
  readonly meta: SourceMeta;
  /** Set when the file could not be read: the job then only reports it. */
  readonly readError?: string;
}

const NO_BYTES = new Uint8Array();

/**
 * The job of a file read as `bytes`, its text decoded here: decoding is some 6 % of a worker's
 * time per page (UTF-8 to a JavaScript string, 20 MB in ~110 ms), and the thread that reads the
 * files mostly waits for the workers. Bytes that do not decode go as they are, and the worker
 * reports them as before.
 */
export function pageJob(seq: number, bytes: Uint8Array, meta: SourceMeta): PageJob {
  if (bytes.length === 0) return { seq, bytes, meta };
  try {
    return { seq, bytes: NO_BYTES, decoded: decodeBytes(bytes), meta };
  } catch {
    return { seq, bytes, meta };
  }
}

export type PageOutcome =
  | {
    readonly seq: number; readonly ok: true;
    /**
     * The page's rows of articles.csv, facts.csv and sources.csv, in that order, each its cells in
     * column order, guarded (csv-rows.ts), packed as one string (packed-rows.ts): the thread that
     * writes the CSVs makes their text (CsvFileWriter), which takes that work off the workers, the
     * run's bottleneck, onto a thread that mostly waits.
     */
    readonly cells: PackedRows;
    readonly articles: number; readonly metrics: readonly MetricKey[]; readonly note: string;
  }
  | { readonly seq: number; readonly ok: false; readonly reason: string };

export function runPageJob(job: PageJob): PageOutcome {
  try {
    if (job.readError) throw new Error(job.readError);
    if (job.decoded === undefined && job.bytes.length === 0) throw new Error('empty file');
    const page = job.decoded ? processText(job.decoded, job.meta) : processPage(job.bytes, job.meta);
    return {
      seq: job.seq, ok: true,
      // Rows as arrays in column order: papaparse writes arrays faster than it looks keys up.
      cells: packRows([page.articles.map(articleCells), page.statistics.map(factCells), [sourceCells(page.meta, page.place)]]),
      articles: page.articles.length,
      metrics: page.statistics.map((s) => s.metric),
      note: page.meta.dateBasis === 'text' ? `no date in the manifest; took ${page.meta.date} from the text` : '',
    };
  } catch (e) {
    return { seq: job.seq, ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
