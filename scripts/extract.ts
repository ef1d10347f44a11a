/**
 * npm run extract -- --input DIR --out DIR   (defaults data/raw → data/processed)
 * Reads every .txt page under DIR (and its manifest.csv), writes articles.csv, facts.csv,
 * sources.csv and skipped.csv atomically, and prints a summary. Exit 0 when the run finished (even
 * with skipped files), 2 for a usage error, a missing input folder or a malformed manifest.
 */
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { METRIC_KEYS } from '../lib/schema';
import { ManifestError } from '../lib/io/read-manifest';
import { UsageError, runExtraction } from '../lib/io/run-extraction';
import { reviewedSummaryLines, writeReviewedFacts } from '../lib/io/write-reviewed';
import { correctionsPath } from '../lib/review/config';

const USAGE = 'usage: npm run extract -- [--input DIR] [--out DIR] [--corrections FILE]   (defaults: data/raw, data/processed, data/corrections.csv)';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { input: { type: 'string', default: 'data/raw' }, out: { type: 'string', default: 'data/processed' }, corrections: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  } catch (e) {
    console.error(`extract: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'extracting {bar} {value}/{total} files  {source}', hideCursor: true, clearOnComplete: true, stream: process.stderr }) : null;
  const notes: string[] = [];
  try {
    const started = Date.now();
    const summary = await runExtraction({
      input: args.values.input!,
      out: args.values.out!,
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
    console.log(`skipped ${summary.skipped.length} file(s)${summary.skipped.map((s) => `\n  ${s.source}: ${s.reason}`).join('')}`);
    console.log(`wrote ${args.values.out}/articles.csv, facts.csv, sources.csv, skipped.csv`);
    // The reviewers' decisions (data/corrections.csv) applied to the new facts: facts.reviewed.csv.
    const reviewed = writeReviewedFacts(args.values.out!, args.values.corrections ?? correctionsPath());
    for (const p of reviewed.problems) console.error(`${p.file}:${p.line}: ${p.reason}`);
    for (const line of reviewedSummaryLines(reviewed, args.values.out!)) console.log(line);
    return 0;
  } catch (e) {
    bar?.stop();
    if (e instanceof UsageError || e instanceof ManifestError) {
      console.error(`extract: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

main().then((code) => (process.exitCode = code));
