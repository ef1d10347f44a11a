/**
 * The review queue in the browser, as a pure reducer: the items loaded so far (pages from the
 * server), the one shown, and the reviewer's own decisions that `u` can take back, latest last.
 * `index === items.length` is "past the end".
 */
import type { DecisionField, ReviewAction } from '@/lib/schema';
import type { QueuePage, ReviewItem } from '@/lib/review/queue';

export interface Undoable {
  readonly factId: string;
  readonly action: ReviewAction;
  readonly fields: readonly DecisionField[];
}

export interface QueueState {
  readonly items: readonly ReviewItem[];
  readonly index: number;
  /** Cursor of the next page, null when every item is loaded. */
  readonly next: string | null;
  readonly total: number;
  readonly undo: readonly Undoable[];
}

export type QueueAction =
  | { readonly type: 'more'; readonly page: QueuePage }
  | { readonly type: 'move'; readonly by: 1 | -1 }
  | { readonly type: 'decided'; readonly item: ReviewItem; readonly undo: Undoable; readonly advance: boolean }
  | { readonly type: 'undone'; readonly factId: string; readonly item: ReviewItem | null };

export function initialQueue(page: QueuePage): QueueState {
  return { items: page.items, index: 0, next: page.next, total: page.total, undo: [] };
}

const clamp = (i: number, n: number) => Math.max(0, Math.min(i, n));

export function queueReducer(s: QueueState, a: QueueAction): QueueState {
  switch (a.type) {
    case 'more': {
      const known = new Set(s.items.map((x) => x.factId));
      return { ...s, items: [...s.items, ...a.page.items.filter((x) => !known.has(x.factId))], next: a.page.next, total: Math.max(s.total, a.page.total) };
    }
    case 'move':
      return { ...s, index: clamp(s.index + a.by, s.items.length) };
    case 'decided': {
      const at = s.items.findIndex((x) => x.factId === a.item.factId);
      // A decision on a shown item replaces it; an added statistic comes right after the current one.
      const items = at >= 0 ? s.items.map((x, i) => (i === at ? a.item : x)) : [...s.items.slice(0, s.index + 1), a.item, ...s.items.slice(s.index + 1)];
      return { ...s, items, index: a.advance ? clamp(s.index + 1, items.length) : s.index, undo: [...s.undo, a.undo] };
    }
    case 'undone': {
      const undo = s.undo.slice(0, -1);
      const at = s.items.findIndex((x) => x.factId === a.factId);
      if (at < 0) return { ...s, undo };
      if (a.item === null) {
        const items = s.items.filter((_, i) => i !== at);
        return { ...s, items, undo, index: clamp(s.index > at ? s.index - 1 : s.index, items.length) };
      }
      const item = a.item;
      return { ...s, items: s.items.map((x, i) => (i === at ? item : x)), index: at, undo };
    }
  }
}
