/** The review API as the workbench calls it (browser only). */
import type { DecisionField } from '@/lib/schema';
import type { Progress, QueuePage, ReviewItem } from '@/lib/review/queue';
import { sendJson, type Answer } from './post-json';
import type { Undoable } from './queue-state';

export interface Decided {
  readonly factId: string;
  readonly fields: readonly DecisionField[];
  readonly item: ReviewItem | null;
  readonly progress: Progress;
}

export const decide = (body: unknown): Promise<Answer<Decided>> => sendJson<Decided>('POST', '/api/review/decisions', body);

export const undo = (u: Undoable): Promise<Answer<Decided>> => sendJson<Decided>('POST', '/api/review/undo', u);

export const signOut = () => sendJson('DELETE', '/api/review/session');

/** The next page of the queue for the same filters (`query`: the page's own search string). */
export async function morePage(query: string, after: string): Promise<QueuePage | null> {
  const params = new URLSearchParams(query);
  params.set('after', after);
  const r = await fetch(`/api/review/queue?${params}`, { cache: 'no-store' }).catch(() => null);
  return r?.ok ? ((await r.json()) as QueuePage) : null;
}
