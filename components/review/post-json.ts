/** POST/DELETE JSON to the review API from the browser; the answer's error text when it failed. */
export interface Answer<T> {
  readonly ok: boolean;
  readonly status: number;
  readonly data: T | null;
  readonly error: string;
  readonly retryAfter: number;
}

export async function sendJson<T>(method: 'POST' | 'DELETE', url: string, body?: unknown): Promise<Answer<T>> {
  try {
    const r = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
    const data = r.status === 204 ? null : ((await r.json().catch(() => null)) as (T & { error?: string }) | null);
    return { ok: r.ok, status: r.status, data: r.ok ? data : null, error: r.ok ? '' : data?.error ?? `HTTP ${r.status}`, retryAfter: Number(r.headers.get('retry-after') ?? 0) };
  } catch (e) {
    return { ok: false, status: 0, data: null, error: (e as Error).message, retryAfter: 0 };
  }
}
