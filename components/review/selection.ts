/**
 * The reader's text selection as offsets into an article: every text node inside an element
 * with `data-article` sits in a span carrying its start offset (`data-o`, offset-text.tsx).
 * Spaces at the ends are left out; a selection across paragraphs is not a figure.
 */
export interface Selected {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function pointOffset(node: Node, offset: number): { articleId: string; at: number } | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const span = el?.closest<HTMLElement>('[data-o]');
  const article = el?.closest<HTMLElement>('[data-article]');
  if (!span || !article) return null;
  const base = Number(span.dataset.o);
  if (!Number.isSafeInteger(base)) return null;
  return { articleId: article.dataset.article!, at: node.nodeType === Node.TEXT_NODE ? base + offset : base };
}

/** `slice(articleId, start, end)`: the article's characters there, when the page has them. */
export function selectedFigure(slice: (articleId: string, start: number, end: number) => string | undefined): Selected | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const a = pointOffset(range.startContainer, range.startOffset);
  const b = pointOffset(range.endContainer, range.endOffset);
  if (!a || !b || a.articleId !== b.articleId) return null;
  const from = Math.min(a.at, b.at);
  const raw = slice(a.articleId, from, Math.max(a.at, b.at));
  if (raw === undefined) return null;
  const text = raw.trim();
  if (text === '' || text.includes('\n')) return null;
  const start = from + (raw.length - raw.trimStart().length);
  return { articleId: a.articleId, start, end: start + text.length, text };
}
