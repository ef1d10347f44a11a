/**
 * The dataset readers see: the extracted one with the decisions applied (rejected statistics gone,
 * corrections in place, added statistics in), each fact carrying its status; with `onlyReviewed`
 * (?reviewed=1) only confirmed, corrected and added statistics. Pure; one result per
 * review state and flag, so repeated requests share it.
 */
import type { FactRow, ReviewedFact } from '../schema';
import type { Dataset } from '../data/dataset';
import type { ReviewResult } from './apply-decisions';

const memo = new WeakMap<ReviewResult, { all?: Dataset; reviewed?: Dataset }>();

const shown = (f: ReviewedFact, onlyReviewed: boolean) => f.status !== 'rejected' && !(onlyReviewed && f.status === 'unreviewed');

export function readerDataset(extracted: Dataset, result: ReviewResult, onlyReviewed: boolean): Dataset {
  const entry = memo.get(result) ?? {};
  memo.set(result, entry);
  const key = onlyReviewed ? 'reviewed' : 'all';
  const cached = entry[key];
  if (cached) return cached;
  const facts: FactRow[] = result.facts.filter((f) => shown(f, onlyReviewed));
  const factsByArticle = new Map<string, FactRow[]>();
  for (const f of facts) {
    const list = factsByArticle.get(f.articleId);
    if (list) list.push(f);
    else factsByArticle.set(f.articleId, [f]);
  }
  for (const list of factsByArticle.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  // Bad rows of corrections.csv are the reviewers' business (server log, /review), not the readers'.
  const ds: Dataset = { ...extracted, facts, factsByArticle };
  entry[key] = ds;
  return ds;
}
