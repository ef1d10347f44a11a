/**
 * The extract command (npm run extract; scripts/extract.ts loads this file, bundled as plain
 * JavaScript): arguments, the run, the summary, the database.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { METRIC_KEYS } from '../lib/schema';
import { ManifestError, printable } from '../lib/io/read-manifest';
import { DEFAULT_FILE_TIMEOUT_S, LockedError, UsageError, runExtraction } from '../lib/io/run-extraction';
import { ReviewedFactsWriter, reviewedSummaryLines, type ReviewedSummary } from '../lib/io/write-reviewed';
import { correctionsPath } from '../lib/review/config';

const USAGE = 'usage: npm run extract -- [--input DIR] [--out DIR] [--corrections FILE] [--file-timeout SECONDS] [--threads N] [--no-db]   (defaults: data/raw, data/processed, data/corrections.csv, 60, one per core but one)';

/** A signal that stopped the run. */
class Interrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
  }
}

/** SIGINT and SIGTERM abort the run (which then removes what it wrote); a second one ends at once. */
function abortOnSignals(): AbortSignal {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (controller.signal.aborted) process.exit(128 + (os.constants.signals[signal] ?? 0));
      controller.abort(new Interrupted(signal));
    });
  }
  return controller.signal;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        input: { type: 'string', default: 'data/raw' }, out: { type: 'string', default: 'data/processed' }, corrections: { type: 'string' },
        'file-timeout': { type: 'string', default: String(DEFAULT_FILE_TIMEOUT_S) }, threads: { type: 'string' }, 'no-db': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (e) {
    console.error(`extract: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const fileTimeoutS = Number(args.values['file-timeout']);
  if (!/^\d+(\.\d+)?$/.test(args.values['file-timeout']!) || !Number.isFinite(fileTimeoutS)) {
    console.error(`extract: --file-timeout must be a number of seconds (0 for no limit), not "${printable(args.values['file-timeout']!)}"\n${USAGE}`);
    return 2;
  }
  const threadsArg = args.values.threads;
  if (threadsArg !== undefined && !/^[1-9]\d?$/.test(threadsArg)) {
    console.error(`extract: --threads must be a whole number of worker threads from 1 to 99, not "${printable(threadsArg)}"\n${USAGE}`);
    return 2;
  }
  const out = args.values.out!;
  let reviewed: ReviewedSummary | null = null;
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'extracting {bar} {value}/{total} files  {source}', hideCursor: true, clearOnComplete: true, stream: process.stderr }) : null;
  const notes: string[] = [];
  // facts.reviewed.csv, written along with facts.csv (made, and corrections.csv read, when the run writes its first file).
  let reviewedFacts: ReviewedFactsWriter | null = null;
  const reviewedWriter = () => (reviewedFacts ??= new ReviewedFactsWriter(args.values.corrections ?? correctionsPath()));
  try {
    const started = Date.now();
    const summary = await runExtraction({
      input: args.values.input!,
      out,
      fileTimeoutS,
      threads: threadsArg === undefined ? undefined : Number(threadsArg),
      signal: abortOnSignals(),
      // The reviewers' decisions (data/corrections.csv) applied to the new facts: facts.reviewed.csv, one of the run's files.
      onFacts: (runDir, bytes) => reviewedWriter().add(runDir, bytes),
      beforeCommit: (runDir) => {
        reviewed = reviewedWriter().finish(runDir);
      },
      onProgress: (done, total, source) => {
        if (!bar) return;
        if (done === 1) bar.start(total, 0, { source });
        bar.update(done, { source });
      },
      onNote: (m) => (bar ? notes.push(m) : console.error(m)),
    });
    bar?.stop();
    for (const n of notes) console.error(n);
    const metrics = METRIC_KEYS.map((m) => `${m} ${summary.byMetric[m]}`).join(', ');
    const seconds = (Date.now() - started) / 1000;
    console.log(`${summary.files} files (${(summary.bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(1)} s) → ${summary.articles} articles, ${summary.statistics} statistics (${metrics})`);
    console.log(`skipped ${summary.skipped.length} file(s)${summary.skipped.map((s) => `\n  ${printable(s.source)}: ${s.reason}`).join('')}`);
    console.log(`wrote ${out}/articles.csv, facts.csv, sources.csv, skipped.csv`);
    const r = reviewed as ReviewedSummary | null;
    if (r) {
      for (const p of r.problems) console.error(`${p.file}:${p.line}: ${p.reason}`);
      for (const line of reviewedSummaryLines(r, out)) console.log(line);
    }
    // The database the app serves, from the CSVs just published (npm run build:db does it alone).
    if (!args.values['no-db']) {
      // Loaded only here: DuckDB's native module takes a tenth of a second to load.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { buildStatsDb } = require('../lib/db/build-db') as typeof import('../lib/db/build-db');
      const db = await buildStatsDb(out);
      console.log(`wrote ${out}/stats.duckdb (${db.articles} articles, ${db.facts} statistics) for the app`);
    }
    return 0;
  } catch (e) {
    (reviewedFacts as ReviewedFactsWriter | null)?.abandon();
    bar?.stop();
    for (const n of notes) console.error(n);
    if (e instanceof UsageError || e instanceof ManifestError || e instanceof LockedError) {
      console.error(`extract: ${e.message}`);
      return 2;
    }
    if (e instanceof Interrupted) {
      console.error(`extract: ${e.message}; nothing was written, the outputs in ${out} are as they were`);
      return 128 + (os.constants.signals[e.signal] ?? 0);
    }
    // A failure of the run itself (a full disk, a folder made read-only): one line, not a stack.
    console.error(`extract: failed: ${printable((e as Error).message ?? String(e))}; the outputs in ${out} are as they were`);
    return 1;
  }
}

main().then((code) => (process.exitCode = code));
