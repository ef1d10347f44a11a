/**
 * The extraction run over a folder: every .txt file under it, in a fixed order, processed a few
 * at a time (memory stays flat however large the corpus), each file's rows appended to temporary
 * CSVs that replace the outputs only when the whole run has finished. A file that cannot be read
 * is listed in skipped.csv and the run goes on.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_COLUMNS, FACT_COLUMNS, METRIC_KEYS, SKIPPED_COLUMNS, SOURCE_COLUMNS, type MetricKey } from '../schema';
import { CsvFileWriter, commitAll } from './csv-file-writer';
import type { PageJob } from './page-job';
import { runPageJobs } from './page-pool';
import { emptyMeta, parseManifest } from './read-manifest';

export interface RunOptions {
  readonly input: string;
  readonly out: string;
  /** Called after each file with (done, total, source). */
  readonly onProgress?: (done: number, total: number, source: string) => void;
  /** Called with each note worth telling the user (dates taken from text, skipped files). */
  readonly onNote?: (message: string) => void;
  /** Worker threads (default: one per core, at most 4); the output is the same for any number. */
  readonly threads?: number;
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

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every file under `dir`, as forward-slash paths relative to it, sorted by code unit. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else if (e.isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort(byCodeUnit);
}

export async function runExtraction(opts: RunOptions): Promise<RunSummary> {
  if (!existsSync(opts.input) || !statSync(opts.input).isDirectory()) throw new UsageError(`input folder not found: ${opts.input}`);
  const manifestPath = path.join(opts.input, 'manifest.csv');
  const manifest = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath) : new Map();
  const all = listFiles(opts.input).filter((f) => f !== 'manifest.csv');
  const sources = all.filter((f) => f.toLowerCase().endsWith('.txt'));
  mkdirSync(opts.out, { recursive: true });
  const articles = new CsvFileWriter(path.join(opts.out, 'articles.csv'), ARTICLE_COLUMNS);
  const facts = new CsvFileWriter(path.join(opts.out, 'facts.csv'), FACT_COLUMNS);
  const sourcesOut = new CsvFileWriter(path.join(opts.out, 'sources.csv'), SOURCE_COLUMNS);
  const skippedOut = new CsvFileWriter(path.join(opts.out, 'skipped.csv'), SKIPPED_COLUMNS);
  const writers = [articles, facts, sourcesOut, skippedOut];
  const skipped = all.filter((f) => !f.toLowerCase().endsWith('.txt')).map((source) => ({ source, reason: 'not a .txt file' }));
  const byMetric = Object.fromEntries(METRIC_KEYS.map((m) => [m, 0])) as Record<MetricKey, number>;
  let nArticles = 0;
  let nStatistics = 0;
  let bytes = 0;
  function* jobs(): Generator<PageJob> {
    for (const [seq, source] of sources.entries()) {
      const meta = { ...(manifest.get(source) ?? manifest.get(path.basename(source)) ?? emptyMeta(source)), source };
      try {
        const content = readFileSync(path.join(opts.input, source));
        bytes += content.length;
        yield { seq, bytes: content, meta }; // a Buffer is a Uint8Array: no copy
      } catch (e) {
        yield { seq, bytes: new Uint8Array(), meta, readError: `cannot read: ${(e as Error).message}` };
      }
    }
  }
  try {
    await runPageJobs(jobs(), sources.length, (o) => {
      const source = sources[o.seq]!;
      if (o.ok) {
        articles.writeText(o.articlesCsv);
        facts.writeText(o.factsCsv);
        sourcesOut.writeText(o.sourceCsv);
        nArticles += o.articles;
        nStatistics += o.metrics.length;
        for (const m of o.metrics) byMetric[m]++;
        if (o.note) opts.onNote?.(`${source}: ${o.note}`);
      } else {
        skipped.push({ source, reason: o.reason });
        opts.onNote?.(`${source}: skipped: ${o.reason}`);
      }
      opts.onProgress?.(o.seq + 1, sources.length, source);
    }, opts.threads);
    skippedOut.write(skipped.sort((a, b) => byCodeUnit(a.source, b.source)));
    commitAll(writers);
  } catch (e) {
    for (const w of writers) w.discard();
    throw e;
  }
  return { files: sources.length, articles: nArticles, statistics: nStatistics, byMetric, skipped, bytes };
}
