/**
 * Server-side loading of the dataset from DATA_DIR, cached per file mtime:
 * the CSVs are parsed again only when either file changes. Readers get it with the reviewers'
 * decisions applied (lib/review/); the review pages read the extracted one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { InputProblem } from '../schema';
import { ARTICLES_FILE, FACTS_FILE, dataDir, publishedDir } from './config';
import { buildDataset, type Dataset } from './dataset';
import { correctionsPath } from '../review/config';
import { readerDataset } from '../review/reviewed-dataset';
import { reviewStateFor } from '../review/review-state';

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

/**
 * The dataset readers see: the decisions of corrections.csv applied (the one hook of the review
 * layer); `reviewed` (?reviewed=1) keeps only confirmed, corrected and added statistics.
 */
export function loadDataset(dir: string = dataDir(), view: { readonly reviewed?: boolean } = {}): Dataset {
  const extracted = loadExtractedDataset(dir);
  return readerDataset(extracted, reviewStateFor(extracted, correctionsPath()).result, view.reviewed ?? false);
}
