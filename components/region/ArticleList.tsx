import Link from '@/components/common/PageLink';
import type { ArticleRef } from '@/lib/data/region-view';
import { formatDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n';
import { paperLabel } from '@/lib/i18n/papers';
import type { Lang } from '@/lib/view-state';

export default function ArticleList({ articles, lang = 'zh' }: { articles: readonly ArticleRef[]; lang?: Lang }) {
  const m = t(lang);
  if (articles.length === 0) return <p className="muted">{m.region.noArticles}</p>;
  return (
    <ol className="article-list">
      {articles.map((a) => (
        <li key={a.articleId}>
          <Link href={`/article/${encodeURIComponent(a.articleId)}${lang === 'en' ? '?lang=en' : ''}`}>{a.title || m.article.untitled}</Link>
          <span className="muted">
            {' '}
            {m.region.articleMeta(paperLabel(a.paper, lang), formatDate(a.date, lang), a.page, a.factCount)}
          </span>
        </li>
      ))}
    </ol>
  );
}
