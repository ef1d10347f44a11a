/**
 * Stable ids: an article's id depends only on its source file and its place on the page, a fact's
 * only on its article and where its figure stands in the text, so adding other articles never
 * changes them and links keep working.
 */
import crypto from 'node:crypto';
import type { ArticleId, FactId } from '../schema';

/** SHA-1 in hex: Node's one-shot crypto.hash (from 20.12) where there is one, a Hash object otherwise. */
const sha1: (s: string) => string = typeof crypto.hash === 'function'
  ? (s) => crypto.hash('sha1', s)
  : (s) => crypto.createHash('sha1').update(s).digest('hex');

const hash = (s: string) => sha1(s).slice(0, 12);

export function articleId(source: string, index: number): ArticleId {
  return hash(`${source}#${index}`) as ArticleId;
}

/** `alsoFor`: the region of a further statistic of the same figure (Statistic.alsoFor). */
export function factId(article: ArticleId, start: number, end: number, alsoFor?: string): FactId {
  return hash(`${article}@${start}-${end}${alsoFor ? `#${alsoFor}` : ''}`) as FactId;
}

/** An article id as it appears in URLs: 12 lowercase hex digits. */
export const ARTICLE_ID_PATTERN = /^[0-9a-f]{12}$/;
