/**
 * The extraction run over a folder: every .txt file under it, in a fixed order, processed a few
 * at a time on worker threads (memory stays flat however large the corpus), each file's rows
 * appended to CSVs in the run's own folder, which is published in one step when the whole run has
 * finished (run-folder.ts); one run at a time per output folder (out-lock.ts). A file that cannot
 * be read, is no regular file, or takes longer than the per-file time budget is listed in
 * skipped.csv and the run goes on. Aborting (Ctrl-C) removes what the run wrote and leaves the
 * previous outputs as they were.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_COLUMNS, FACT_COLUMNS, METRIC_KEYS, SKIPPED_COLUMNS, SOURCE_COLUMNS, type MetricKey } from '../schema';
import { guardCell } from '../formula-guard';
import { CsvFileWriter } from './csv-file-writer';
import { errorReason, listInput, readRegularFile } from './input-files';
import { LockedError, lockOutFolder } from './out-lock';
import { pageJob, type PageJob } from './page-job';
import { unpackRows } from './packed-rows';
import { defaultThreads, endEarlyWorkers, runPageJobs, startWorkersEarly } from './page-pool';
import { ManifestError, assignManifest, decodeManifest, emptyMeta, parseManifest, printable, quoted } from './read-manifest';
import { cleanStaleRuns, startRun } from './run-folder';

export interface RunOptions {
  readonly input: string;
  readonly out: string;
  /** Called after each file with (done, total, source). */
  readonly onProgress?: (done: number, total: number, source: string) => void;
  /** Called with each note worth telling the user (dates taken from text, skipped files). */
  readonly onNote?: (message: string) => void;
  /** Worker threads (default: one per core but one, at most 4: page-pool.ts); the output is the same for any number. */
  readonly threads?: number;
  /** Seconds one file may take before it is skipped (default DEFAULT_FILE_TIMEOUT_S; 0: no limit). */
  readonly fileTimeoutS?: number;
  /** Aborting stops the run; the outputs stay as they were. */
  readonly signal?: AbortSignal;
  /** Told each text appended to facts.csv (its header first), as the bytes written, with the run's folder. */
  readonly onFacts?: (runDir: string, bytes: Buffer) => void;
  /** Run with the run's folder once its CSVs are complete, before it is published: more outputs may be written there. */
  readonly beforeCommit?: (runDir: string) => void;
}

export interface RunSummary {
  readonly files: number;
  readonly articles: number;
  readonly statistics: number;
  readonly byMetric: Readonly<Record<MetricKey, number>>;
  readonly skipped: ReadonlyArray<{ source: string; reason: string }>;
  readonly bytes: number;
}

export class UsageError extends Error {}
export { LockedError };

/** A page of a newspaper takes milliseconds; a minute is a file that would stall the run. */
export const DEFAULT_FILE_TIMEOUT_S = 60;

const MANIFEST = 'manifest.csv';
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The regular files under `dir`, as forward-slash paths relative to it, sorted by code unit. */
export function listFiles(dir: string): string[] {
  return listInput(dir).files;
}

function checkInput(input: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(input).isDirectory();
  } catch (e) {
    const why = errorReason(e);
    throw new UsageError(why === 'not found' ? `input folder not found: ${printable(input)}` : `input folder ${quoted(input)}: ${why}`);
  }
  if (!isFolder) throw new UsageError(`input ${quoted(input)} is not a folder`);
}

function makeOutFolder(out: string): void {
  try {
    mkdirSync(out, { recursive: true });
    if (!statSync(out).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOTDIR' || code === 'EEXIST' ? 'it or a folder above it is a file' : errorReason(e);
    throw new UsageError(`cannot make the output folder ${quoted(out)}: ${why}`);
  }
}

/** The manifest's data by file, or an empty map when the folder has none. */
function readManifestOf(input: string, files: readonly string[], onNote: (m: string) => void) {
  const file = path.join(input, MANIFEST);
  const read = readRegularFile(file, true);
  if ('reason' in read) {
    if (read.reason === 'not found') return new Map();
    throw new ManifestError(`${printable(file)}: ${read.reason}`);
  }
  const rows = parseManifest(decodeManifest(read.bytes, file), file);
  return assignManifest(rows, files, file, (row) => onNote(`${printable(file)}:${row.line}: source ${quoted(row.source)} names no file in the input`));
}

export async function runExtraction(opts: RunOptions): Promise<RunSummary> {
  const onNote = opts.onNote ?? (() => {});
  checkInput(opts.input);
  let listing;
  try {
    listing = listInput(opts.input);
  } catch (e) {
    throw new UsageError(`input folder ${quoted(opts.input)}: ${errorReason(e)}`);
  }
  const all = listing.files.filter((f) => f !== MANIFEST);
  const sources = all.filter((f) => f.toLowerCase().endsWith('.txt'));
  const threads = Math.min(opts.threads ?? defaultThreads(), sources.length);
  // The workers load the extractor and build its tables while the manifest is read and the output readied.
  startWorkersEarly(threads);
  let release: () => void;
  let manifest: ReturnType<typeof readManifestOf>;
  try {
    manifest = readManifestOf(opts.input, all, onNote);
    makeOutFolder(opts.out);
    release = lockOutFolder(opts.out);
  } catch (e) {
    endEarlyWorkers();
    throw e;
  }
  const skipped = [
    ...listing.unread,
    ...all.filter((f) => !f.toLowerCase().endsWith('.txt')).map((source) => ({ source, reason: 'not a .txt file' })),
  ];
  let run;
  try {
    cleanStaleRuns(opts.out);
    run = startRun(opts.out);
  } catch (e) {
    release();
    endEarlyWorkers();
    throw new UsageError(`cannot write in the output folder ${quoted(opts.out)}: ${errorReason(e)}`);
  }
  const writers: Array<CsvFileWriter<string>> = [];
  try {
    const articles = new CsvFileWriter(path.join(run.dir, 'articles.csv'), ARTICLE_COLUMNS);
    const onFacts = opts.onFacts;
    const facts = new CsvFileWriter(path.join(run.dir, 'facts.csv'), FACT_COLUMNS, onFacts && ((bytes) => onFacts(run.dir, bytes)));
    const sourcesOut = new CsvFileWriter(path.join(run.dir, 'sources.csv'), SOURCE_COLUMNS);
    const skippedOut = new CsvFileWriter(path.join(run.dir, 'skipped.csv'), SKIPPED_COLUMNS);
    writers.push(articles, facts, sourcesOut, skippedOut);
    const byMetric = Object.fromEntries(METRIC_KEYS.map((m) => [m, 0])) as Record<MetricKey, number>;
    let nArticles = 0;
    let nStatistics = 0;
    let bytes = 0;
    function* jobs(): Generator<PageJob> {
      for (const [seq, source] of sources.entries()) {
        const meta = manifest.get(source) ?? emptyMeta(source);
        const read = readRegularFile(path.join(opts.input, source));
        if ('bytes' in read) {
          bytes += read.bytes.length;
          yield pageJob(seq, read.bytes, meta); // a Buffer is a Uint8Array
        } else {
          yield { seq, bytes: new Uint8Array(), meta, readError: `cannot read: ${read.reason}` };
        }
      }
    }
    if (sources.length === 0) endEarlyWorkers();
    else await runPageJobs(jobs(), (o) => {
      const source = sources[o.seq]!;
      if (o.ok) {
        const [articleRows, factRows, sourceRows] = unpackRows(o.cells, 3); // page-job.ts
        articles.writeCells(articleRows!);
        facts.writeCells(factRows!);
        sourcesOut.writeCells(sourceRows!);
        nArticles += o.articles;
        nStatistics += o.metrics.length;
        for (const m of o.metrics) byMetric[m]++;
        if (o.note) onNote(`${printable(source)}: ${o.note}`);
      } else {
        skipped.push({ source, reason: o.reason });
        onNote(`${printable(source)}: skipped: ${o.reason}`);
      }
      opts.onProgress?.(o.seq + 1, sources.length, source);
    }, { threads, fileTimeoutMs: (opts.fileTimeoutS ?? DEFAULT_FILE_TIMEOUT_S) * 1000, signal: opts.signal, onNote });
    skippedOut.write(skipped.sort((a, b) => byCodeUnit(a.source, b.source)).map((s) => ({ source: guardCell(s.source), reason: guardCell(s.reason) })));
    for (const w of writers) w.close();
    opts.beforeCommit?.(run.dir);
    run.commit();
    return { files: sources.length, articles: nArticles, statistics: nStatistics, byMetric, skipped, bytes };
  } catch (e) {
    endEarlyWorkers();
    for (const w of writers) w.abandon();
    run.discard();
    throw e;
  } finally {
    release();
  }
}
