/**
 * The extraction run over a folder: every .txt file under it, in a fixed order, one at a time
 * (memory stays flat however large the corpus), each file's rows appended to temporary CSVs that
 * replace the outputs only when the whole run has finished. A file that cannot be read is listed
 * in skipped.csv and the run goes on.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_COLUMNS, FACT_COLUMNS, METRIC_KEYS, SKIPPED_COLUMNS, type MetricKey } from '../schema';
import { articleRow, factRow } from '../extract/csv-rows';
import { processPage } from '../extract/process-page';
import { CsvFileWriter, commitAll } from './csv-file-writer';
import { emptyMeta, parseManifest } from './read-manifest';

export interface RunOptions {
  readonly input: string;
  readonly out: string;
  /** Called after each file with (done, total, source). */
  readonly onProgress?: (done: number, total: number, source: string) => void;
  /** Called with each note worth telling the user (dates taken from text, skipped files). */
  readonly onNote?: (message: string) => void;
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
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function runExtraction(opts: RunOptions): RunSummary {
  if (!existsSync(opts.input) || !statSync(opts.input).isDirectory()) throw new UsageError(`input folder not found: ${opts.input}`);
  const manifestPath = path.join(opts.input, 'manifest.csv');
  const manifest = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath) : new Map();
  const all = listFiles(opts.input).filter((f) => f !== 'manifest.csv');
  const sources = all.filter((f) => f.toLowerCase().endsWith('.txt'));
  mkdirSync(opts.out, { recursive: true });
  const articles = new CsvFileWriter(path.join(opts.out, 'articles.csv'), ARTICLE_COLUMNS);
  const facts = new CsvFileWriter(path.join(opts.out, 'facts.csv'), FACT_COLUMNS);
  const skippedOut = new CsvFileWriter(path.join(opts.out, 'skipped.csv'), SKIPPED_COLUMNS);
  const writers = [articles, facts, skippedOut];
  const skipped = all.filter((f) => !f.toLowerCase().endsWith('.txt')).map((source) => ({ source, reason: 'not a .txt file' }));
  const byMetric = Object.fromEntries(METRIC_KEYS.map((m) => [m, 0])) as Record<MetricKey, number>;
  let nArticles = 0;
  let nStatistics = 0;
  let bytes = 0;
  try {
    sources.forEach((source, i) => {
      const meta = manifest.get(source) ?? manifest.get(path.basename(source)) ?? emptyMeta(source);
      try {
        const content = readFileSync(path.join(opts.input, source));
        bytes += content.length;
        if (content.length === 0) throw new Error('empty file');
        const page = processPage(content, { ...meta, source });
        if (page.meta.dateBasis === 'text') opts.onNote?.(`${source}: no date in the manifest; took ${page.meta.date} from the text`);
        articles.write(page.articles.map(articleRow));
        facts.write(page.statistics.map(factRow));
        nArticles += page.articles.length;
        nStatistics += page.statistics.length;
        for (const s of page.statistics) byMetric[s.metric]++;
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        skipped.push({ source, reason });
        opts.onNote?.(`${source}: skipped: ${reason}`);
      }
      opts.onProgress?.(i + 1, sources.length, source);
    });
    skipped.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
    skippedOut.write(skipped);
    commitAll(writers);
  } catch (e) {
    for (const w of writers) w.discard();
    throw e;
  }
  return { files: sources.length, articles: nArticles, statistics: nStatistics, byMetric, skipped, bytes };
}
