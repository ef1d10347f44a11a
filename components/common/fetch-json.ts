/**
 * Data a client component loads when a reader asks for it (a chart's downloads): GET as JSON from
 * this site, and a loader that keeps its answer. Client-safe.
 */

/** GET `path` (same origin) as JSON; an answer other than 2xx is an error naming its status. */
export async function fetchJson<T>(path: string): Promise<T> {
  const r = await fetch(path, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return (await r.json()) as T;
}

/** `load` run at most once at a time and its answer kept; a failure is not kept, so the next call tries again. */
export function keptAnswer<T>(load: () => Promise<T>): () => Promise<T> {
  let answer: Promise<T> | null = null;
  return () => {
    answer ??= load().catch((e: unknown) => {
      answer = null;
      throw e;
    });
    return answer;
  };
}
