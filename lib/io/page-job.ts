/**
 * One page's work, the same on the main thread and in a worker: bytes → the CSV rows of its
 * articles, facts and source, its counts, and the note to tell the user. A failure is a result too.
 */
import type { MetricKey, SourceMeta } from '../schema';
import { articleCells, factCells, sourceCells } from '../extract/csv-rows';
import { processPage } from '../extract/process-page';
import { packRows, type PackedRows } from './packed-rows';

export interface PageJob {
  readonly seq: number;
  readonly bytes: Uint8Array;
  readonly meta: SourceMeta;
  /** Set when the file could not be read: the job then only reports it. */
  readonly readError?: string;
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
    if (job.bytes.length === 0) throw new Error('empty file');
    const page = processPage(job.bytes, job.meta);
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
