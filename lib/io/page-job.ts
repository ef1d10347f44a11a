/**
 * One page's work, the same on the main thread and in a worker: bytes → CSV of its articles and
 * facts as UTF-8 bytes (a worker hands them over without a copy, and the writer writes them as
 * they are), its counts, and the note to tell the user. A failure is a result too.
 */
import Papa from 'papaparse';
import { ARTICLE_COLUMNS, FACT_COLUMNS, SOURCE_COLUMNS, type MetricKey, type SourceMeta } from '../schema';
import { articleRow, factRow, sourceRow } from '../extract/csv-rows';
import { processPage } from '../extract/process-page';

export interface PageJob {
  readonly seq: number;
  readonly bytes: Uint8Array;
  readonly meta: SourceMeta;
  /** Set when the file could not be read: the job then only reports it. */
  readonly readError?: string;
}

export type PageOutcome =
  | { readonly seq: number; readonly ok: true; readonly articlesCsv: Uint8Array; readonly factsCsv: Uint8Array; readonly sourceCsv: Uint8Array; readonly articles: number; readonly metrics: readonly MetricKey[]; readonly note: string }
  | { readonly seq: number; readonly ok: false; readonly reason: string };

const utf8 = new TextEncoder();

/** Rows as arrays in column order (papaparse writes arrays faster than it looks keys up), as UTF-8. */
const csv = <C extends string>(rows: ReadonlyArray<Record<C, string>>, columns: readonly C[]) =>
  utf8.encode(rows.length ? `${Papa.unparse(rows.map((r) => columns.map((c) => r[c])), { header: false, newline: '\n' })}\n` : '');

/** The buffers of an outcome, to be moved (not copied) to the thread that writes them. */
export function outcomeBuffers(o: PageOutcome): ArrayBuffer[] {
  return o.ok ? [o.articlesCsv.buffer, o.factsCsv.buffer, o.sourceCsv.buffer] as ArrayBuffer[] : [];
}

export function runPageJob(job: PageJob): PageOutcome {
  try {
    if (job.readError) throw new Error(job.readError);
    if (job.bytes.length === 0) throw new Error('empty file');
    const page = processPage(job.bytes, job.meta);
    return {
      seq: job.seq, ok: true,
      articlesCsv: csv(page.articles.map(articleRow), ARTICLE_COLUMNS),
      factsCsv: csv(page.statistics.map(factRow), FACT_COLUMNS),
      sourceCsv: csv([sourceRow(page.meta, page.place)], SOURCE_COLUMNS),
      articles: page.articles.length,
      metrics: page.statistics.map((s) => s.metric),
      note: page.meta.dateBasis === 'text' ? `no date in the manifest; took ${page.meta.date} from the text` : '',
    };
  } catch (e) {
    return { seq: job.seq, ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
