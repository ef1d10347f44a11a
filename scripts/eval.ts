/**
 * npm run eval -- --gold FILE --input DIR   extracts DIR into a temporary folder and scores it
 * npm run eval -- --gold FILE --facts FILE  scores an existing facts.csv
 * Prints every miss, extra, wrong metric and wrong indicator, then P, R, F1, metric and indicator
 * accuracy in the format of
 * ../shared/tools/score-facts.py (and agrees with it: tests/eval/score-facts.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scoreFacts, scoreLine, type ExtractedRow, type GoldRow } from '../lib/eval/score-facts';
import { readCsvFile } from '../lib/io/read-csv';
import { ManifestError } from '../lib/io/read-manifest';
import { LockedError, UsageError, runExtraction } from '../lib/io/run-extraction';

const USAGE = 'usage: npm run eval -- --gold FILE (--input DIR | --facts FILE) [--quiet]';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { gold: { type: 'string' }, input: { type: 'string' }, facts: { type: 'string' }, quiet: { type: 'boolean' } } });
  if (!values.gold || (!values.input && !values.facts)) {
    console.error(USAGE);
    return 2;
  }
  let tmp: string | null = null;
  let factsFile = values.facts;
  if (!factsFile) {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'zj-eval-'));
    try {
      await runExtraction({ input: values.input!, out: tmp });
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      // A missing folder or a malformed manifest: one line, as npm run extract says it.
      if (!(e instanceof UsageError || e instanceof ManifestError || e instanceof LockedError)) throw e;
      console.error(`eval: ${e.message}`);
      return 2;
    }
    factsFile = path.join(tmp, 'facts.csv');
  }
  try {
    const score = scoreFacts(readCsvFile<ExtractedRow & Record<string, string>>(factsFile), readCsvFile<GoldRow & Record<string, string>>(values.gold, { joinExtraFields: true, onWarning: (w) => console.error(`warning: ${w}`) }));
    if (!values.quiet) {
      for (const m of score.misses) console.log(`MISS   ${m.key}  ${m.gold.metric}  ${m.gold.quote}`);
      for (const e of score.extras) console.log(`EXTRA  ${e.key}  ${e.row.metric}  ${(e.row.sentence ?? '').slice(0, 80)}`);
      for (const w of score.wrongMetric) console.log(`METRIC ${w.key}  got ${w.got} want ${w.want}`);
      for (const w of score.wrongIndicator) console.log(`INDICATOR ${w.key}  got ${w.got} want ${w.want}  ${w.quote}`);
    }
    console.log(scoreLine(score));
    return 0;
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => (process.exitCode = code));
