/**
 * Decisions are checked and appended one at a time in the process: an undo checks that the
 * reviewer's decision still stands, and nothing may slip in between the check and the append.
 */
const KEY = Symbol.for('zj-safety.decision-lock');

export function withDecisionLock<T>(work: () => Promise<T>): Promise<T> {
  const g = globalThis as unknown as Record<symbol, Promise<unknown> | undefined>;
  const previous = g[KEY] ?? Promise.resolve();
  const run = previous.then(work, work);
  g[KEY] = run.catch(() => undefined);
  return run;
}
