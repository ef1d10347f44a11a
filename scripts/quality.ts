/**
 * npm run quality [-- --shared DIR]   scores the extractor on the development set (as
 * `npm run eval -- --gold DIR/corpus/gold/dev.csv --input DIR/corpus/dev`) and writes the figures
 * with today's date to data/quality.json, which /about shows. DIR: the shared folder
 * (default: the first of ../shared, ../../shared that exists).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { qualityReport } from '../lib/eval/quality-report';
import { scoreFacts, scoreLine, type ExtractedRow, type GoldRow } from '../lib/eval/score-facts';
import { readCsvFile } from '../lib/io/read-csv';
import { runExtraction } from '../lib/io/run-extraction';
import { writeFileAtomic } from '../lib/io/write-atomic';

const ROOT = path.resolve(__dirname, '..');
export const QUALITY_FILE = path.join(ROOT, 'data', 'quality.json');

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { shared: { type: 'string' } } });
  const shared = values.shared ?? ['../shared', '../../shared'].map((d) => path.resolve(ROOT, d)).find((d) => existsSync(path.join(d, 'corpus', 'gold', 'dev.csv')));
  if (!shared) {
    console.error('quality: no shared folder with corpus/gold/dev.csv (pass --shared DIR)');
    return 2;
  }
  const input = path.join(shared, 'corpus', 'dev');
  const gold = path.join(shared, 'corpus', 'gold', 'dev.csv');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'zj-quality-'));
  try {
    await runExtraction({ input, out: tmp });
    const score = scoreFacts(readCsvFile<ExtractedRow & Record<string, string>>(path.join(tmp, 'facts.csv')), readCsvFile<GoldRow & Record<string, string>>(gold, { joinExtraFields: true }));
    const texts = readdirSync(input).filter((f) => f.endsWith('.txt')).length;
    const report = qualityReport(score, {
      date: new Date().toISOString().slice(0, 10), corpus: 'dev', texts,
      command: 'npm run eval -- --gold ../shared/corpus/gold/dev.csv --input ../shared/corpus/dev',
    });
    writeFileAtomic(QUALITY_FILE, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`${scoreLine(score)}\nwrote ${path.relative(process.cwd(), QUALITY_FILE)}`);
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => (process.exitCode = code));
