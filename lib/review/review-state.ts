/**
 * The reviewers' view of the data on the server: the extracted dataset with every decision of
 * corrections.csv applied (rejected facts kept, marked), parsed again only when a file changes.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Decision, InputProblem, ReviewedFact } from '../schema';
import type { Dataset } from '../data/dataset';
import { loadDataset, reportProblems } from '../data/load';
import { applyDecisions, type ReviewResult } from './apply-decisions';
import { correctionsPath } from './config';
import { parseCorrections } from './parse-corrections';

export interface ReviewState {
  readonly dataset: Dataset;
  readonly result: ReviewResult;
  readonly byId: ReadonlyMap<string, ReviewedFact>;
  readonly decisions: readonly Decision[];
  /** Bad rows of corrections.csv and undos with nothing to undo. */
  readonly problems: readonly InputProblem[];
  readonly file: string;
}

function stamp(file: string): string {
  try {
    const st = statSync(file);
    return `${st.mtimeMs}:${st.size}:${st.ino}`;
  } catch {
    return 'missing';
  }
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Pure: the state for a dataset and the text of corrections.csv. */
export function buildReviewState(dataset: Dataset, correctionsText: string | null, file: string): ReviewState {
  const parsed = parseCorrections(correctionsText, file);
  const result = applyDecisions(dataset.facts, (id) => dataset.articleById.get(id), parsed.decisions, file);
  return {
    dataset, result, file,
    byId: new Map(result.facts.map((f) => [f.factId as string, f])),
    decisions: parsed.decisions,
    problems: [...parsed.problems, ...result.problems],
  };
}

let cache: { dataset: Dataset; key: string; state: ReviewState } | null = null;

export function loadReviewState(file: string = correctionsPath()): ReviewState {
  const dataset = loadDataset();
  const key = `${file}|${stamp(file)}`;
  if (cache && cache.dataset === dataset && cache.key === key) return cache.state;
  const state = buildReviewState(dataset, readOrNull(file), file);
  // Reported when they change, not after every decision.
  if (!cache || cache.state.problems.length !== state.problems.length) reportProblems(file, state.problems);
  cache = { dataset, key, state };
  return state;
}
