/**
 * The extracted dataset parsed from DATA_DIR's CSVs, cached per file mtime, for the review queue
 * (lib/review/load-review.ts): a reviewer's working set. Readers' pages never load it: they ask
 * stats.duckdb (lib/data/view-data.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { InputProblem } from '../schema';
import { ARTICLES_FILE, FACTS_FILE, dataDir, publishedDir } from './config';
import { buildDataset, type Dataset } from './dataset';

interface CacheEntry {
  readonly key: string;
  readonly dataset: Dataset;
}

let cache: CacheEntry | null = null;

function stamp(file: string): string {
  try {
    const st = fs.statSync(file);
    return `${st.mtimeMs}:${st.size}`;
  } catch {
    return 'missing';
  }
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Reports problems once per load (not once per request). */
export function reportProblems(dir: string, problems: readonly InputProblem[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 20).map((p) => `  ${p.file}:${p.line}: ${p.reason}`);
  if (problems.length > shown.length) shown.push(`  … and ${problems.length - shown.length} more`);
  console.warn(`[data] ${problems.length} input problem(s) in ${dir}:\n${shown.join('\n')}`);
}

/** The dataset as the extractor wrote it, without the reviewers' decisions. */
export function loadExtractedDataset(dir: string = dataDir()): Dataset {
  const run = publishedDir(dir);
  const articlesPath = path.join(run, ARTICLES_FILE);
  const factsPath = path.join(run, FACTS_FILE);
  const key = `${run}|${stamp(articlesPath)}|${stamp(factsPath)}`;
  if (cache && cache.key === key) return cache.dataset;
  const dataset = buildDataset(
    { file: articlesPath, text: readOrNull(articlesPath) },
    { file: factsPath, text: readOrNull(factsPath) },
  );
  reportProblems(dir, dataset.problems);
  cache = { key, dataset };
  return dataset;
}
