/** Link to a statistic in its article: /article/<id>#fact-<id>. */
export function factHref(articleId: string, factId: string): string {
  return `/article/${encodeURIComponent(articleId)}#fact-${factId}`;
}

export function regionHref(code: string): string {
  return `/region/${code}`;
}
