/**
 * One page's work, the same on the main thread and in a worker: bytes → the CSV rows of its
 * articles, facts and source, its counts, and the note to tell the user. A failure is a result too.
 */
import type { MetricKey, SourceMeta } from '../schema';
import { articleCells, factCells, sourceCells } from '../extract/csv-rows';
import { processPage } from '../extract/process-page';

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
     * The page's rows of articles.csv, facts.csv and sources.csv (PageCells) as JSON: the thread
     * that writes the CSVs makes their text (CsvFileWriter), which takes that work off the workers,
     * the run's bottleneck, onto a thread that mostly waits. One string, as a worker's message
     * copies it several times faster than the arrays of cells it stands for.
     */
    readonly cellsJson: string;
    readonly articles: number; readonly metrics: readonly MetricKey[]; readonly note: string;
  }
  | { readonly seq: number; readonly ok: false; readonly reason: string };

/** Each row of a page's articles.csv, facts.csv and sources.csv: its cells in column order, guarded (csv-rows.ts). */
export interface PageCells {
  readonly articles: readonly string[][];
  readonly facts: readonly string[][];
  readonly source: readonly string[][];
}

export function runPageJob(job: PageJob): PageOutcome {
  try {
    if (job.readError) throw new Error(job.readError);
    if (job.bytes.length === 0) throw new Error('empty file');
    const page = processPage(job.bytes, job.meta);
    return {
      seq: job.seq, ok: true,
      cellsJson: JSON.stringify({
        // Rows as arrays in column order: papaparse writes arrays faster than it looks keys up.
        articles: page.articles.map(articleCells),
        facts: page.statistics.map(factCells),
        source: [sourceCells(page.meta, page.place)],
      } satisfies PageCells),
      articles: page.articles.length,
      metrics: page.statistics.map((s) => s.metric),
      note: page.meta.dateBasis === 'text' ? `no date in the manifest; took ${page.meta.date} from the text` : '',
    };
  } catch (e) {
    return { seq: job.seq, ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
