import type { Links } from '@/lib/data/view-data';
import type { Lang } from '@/lib/view-state';

/** ?lang=en in English, &reviewed=1 when only checked figures are shown. */
const linkQuery = (lang?: Lang, reviewed?: boolean) => {
  const q = [lang === 'en' ? 'lang=en' : '', reviewed ? 'reviewed=1' : ''].filter(Boolean).join('&');
  return q ? `?${q}` : '';
};

/** Link to a statistic in its article: /article/<id>#fact-<id> (?lang=en kept in English, ?reviewed=1 kept). */
export function factHref(articleId: string, factId: string, lang?: Lang, reviewed?: boolean): string {
  return `/article/${encodeURIComponent(articleId)}${linkQuery(lang, reviewed)}#fact-${factId}`;
}

export function regionHref(code: string, lang?: Lang, reviewed?: boolean): string {
  return `/region/${code}${linkQuery(lang, reviewed)}`;
}

/** The links a dashboard state's views make (its language, and whether only checked figures are shown). */
export function viewLinks(s: { readonly lang: Lang; readonly reviewed: boolean }): Links {
  return { fact: (a, f) => factHref(a, f, s.lang, s.reviewed), region: (c) => regionHref(c, s.lang, s.reviewed) };
}
