/**
 * Runs `fn` once the browser is idle (at most `timeoutMs` later), outside the task that asked: for
 * work a reader does not wait for, such as a line under a chart, which must not lengthen the
 * redraw of a new view. Returns a function that cancels it. Where requestIdleCallback is missing
 * (Safari), a plain timeout.
 */
export function whenIdle(fn: () => void, timeoutMs = 1000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fn, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 1);
  return () => window.clearTimeout(id);
}
