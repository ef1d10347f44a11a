import Link from 'next/link';
import type { ArticleRef } from '@/lib/data/region-view';
import { formatDate } from '@/lib/data/format';

export default function ArticleList({ articles }: { articles: readonly ArticleRef[] }) {
  if (articles.length === 0) return <p className="muted">暂无报道。</p>;
  return (
    <ol className="article-list">
      {articles.map((a) => (
        <li key={a.articleId}>
          <Link href={`/article/${encodeURIComponent(a.articleId)}`}>{a.title || '（无标题）'}</Link>
          <span className="muted">
            {' '}
            {a.paper} · {formatDate(a.date)} · 第{a.page}版 · {a.factCount}条统计
          </span>
        </li>
      ))}
    </ol>
  );
}
