/**
 * The reviewers' view of the data on the server: the extracted dataset with every decision of
 * corrections.csv applied (rejected facts kept, marked), parsed again only when a file changes.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Decision, InputProblem, ReviewedFact } from '../schema';
import type { Dataset } from '../data/dataset';
import { applyDecisions, type ReviewResult } from './apply-decisions';
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

/** Bad rows of corrections.csv go to the server log (and /review), once per change. */
function reportProblems(file: string, problems: readonly InputProblem[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 20).map((p) => `  ${p.file}:${p.line}: ${p.reason}`);
  if (problems.length > shown.length) shown.push(`  … and ${problems.length - shown.length} more`);
  console.warn(`[review] ${problems.length} problem(s) in ${file}:\n${shown.join('\n')}`);
}

let cache: { dataset: Dataset; key: string; state: ReviewState } | null = null;

/** The state for the extracted dataset and corrections.csv, read again only when either changed. */
export function reviewStateFor(dataset: Dataset, file: string): ReviewState {
  const key = `${file}|${stamp(file)}`;
  if (cache && cache.dataset === dataset && cache.key === key) return cache.state;
  const state = buildReviewState(dataset, readOrNull(file), file);
  // Reported when they change, not after every decision.
  if (!cache || cache.state.problems.length !== state.problems.length) reportProblems(file, state.problems);
  cache = { dataset, key, state };
  return state;
}
