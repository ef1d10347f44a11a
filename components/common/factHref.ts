import type { Lang } from '@/lib/view-state';

const langQuery = (lang?: Lang) => (lang === 'en' ? '?lang=en' : '');

/** Link to a statistic in its article: /article/<id>#fact-<id> (?lang=en kept in English). */
export function factHref(articleId: string, factId: string, lang?: Lang): string {
  return `/article/${encodeURIComponent(articleId)}${langQuery(lang)}#fact-${factId}`;
}

export function regionHref(code: string, lang?: Lang): string {
  return `/region/${code}${langQuery(lang)}`;
}
