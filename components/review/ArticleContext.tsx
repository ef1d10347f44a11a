'use client';

import { useEffect, useState } from 'react';
import type { DecisionStatus } from '@/lib/schema';
import type { ReviewItem } from '@/lib/review/queue';
import OffsetText, { type Range } from './offset-text';

export interface ContextArticle {
  readonly articleId: string;
  readonly text: string;
  readonly facts: readonly { readonly factId: string; readonly start: number; readonly end: number; readonly status: DecisionStatus }[];
}

/** The whole article around the figure, every statistic marked by status; text can be selected to add a missed one. */
export default function ArticleContext({ item, onLoad }: { item: ReviewItem; onLoad: (a: ContextArticle | null) => void }) {
  const [article, setArticle] = useState<ContextArticle | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    fetch(`/api/review/article/${encodeURIComponent(item.articleId)}`, { cache: 'no-store' })
      .then(async (r) => (r.ok ? ((await r.json()) as ContextArticle) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((a) => {
        if (!live) return;
        setArticle(a);
        onLoad(a);
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
      onLoad(null);
    };
  }, [item.articleId, onLoad]);
  useEffect(() => {
    document.getElementById(`rv-context-${item.factId}`)?.scrollIntoView({ block: 'center' });
  }, [article, item.factId]);
  if (error) return <p role="alert" className="review-error">{error}</p>;
  if (!article) return <p className="rv-context">…</p>;
  const ranges: Range[] = [
    ...article.facts.map((f) => ({ start: f.start, end: f.end, className: `rv-other review-${f.status}` })),
    { start: item.sentenceStart, end: item.sentenceEnd, className: 'rv-sentence' },
    { start: item.start, end: item.end, className: 'rv-figure', id: `rv-context-${item.factId}` },
  ];
  return (
    <div className="rv-context" data-article={article.articleId} lang="zh">
      <OffsetText text={article.text} base={0} ranges={ranges} />
    </div>
  );
}
