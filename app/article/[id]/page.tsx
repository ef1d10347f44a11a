import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import ArticleBody from '@/components/article/ArticleBody';
import ArticleFacts from '@/components/article/ArticleFacts';
import ScrollToFact from '@/components/article/ScrollToFact';
import { regionHref } from '@/components/common/factHref';
import { formatDate } from '@/lib/data/format';
import { loadDataset } from '@/lib/data/load';
import { factView } from '@/lib/data/region-view';
import { REGION_TREE } from '@/lib/data/regions';
import { ID_PATTERN } from '@/lib/data/rows';
import { safeUrl, sourceMeta } from '@/lib/data/sources';

type Props = { params: Promise<{ id: string }> };

function articleId(raw: string): string | null {
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return ID_PATTERN.test(id) ? id : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = articleId((await params).id);
  const a = id ? loadDataset().articleById.get(id) : undefined;
  return { title: a ? `${a.title} · 浙江平安统计` : '未找到 · 浙江平安统计' };
}

export default async function ArticlePage({ params }: Props) {
  const id = articleId((await params).id);
  if (!id) notFound();
  await connection();
  const ds = loadDataset();
  const article = ds.articleById.get(id);
  if (!article) notFound();
  const facts = (ds.factsByArticle.get(id) ?? []).map((f) => ({ ...factView(f, ds, REGION_TREE), start: f.start, end: f.end }));
  const known = new Set(facts.map((f) => f.regionCode).filter((c) => REGION_TREE.get(c)));
  const source = sourceMeta(article.source);
  const url = source ? safeUrl(source.url) : null;
  const regions = [...known].map((c) => REGION_TREE.get(c)!).sort((a, b) => a.code.localeCompare(b.code));

  return (
    <article className="article-page" data-article={article.articleId}>
      <nav className="back-links" aria-label="返回">
        <Link href="/">← 返回地图</Link>
        {regions.map((r) => (
          <Link key={r.code} href={regionHref(r.code)}>{r.name}</Link>
        ))}
      </nav>
      <header className="page-header">
        <h1>{article.title || '（无标题）'}</h1>
        <dl className="article-meta">
          <div><dt>报纸</dt><dd>{article.paper || '—'}</dd></div>
          <div><dt>日期</dt><dd>{formatDate(article.date)}{source?.dateBasis === 'text' && '（据正文推断）'}</dd></div>
          <div><dt>版次</dt><dd>{article.page ? `第${article.page}版` : '—'}</dd></div>
          <div><dt>来源文件</dt><dd><code>{article.source}</code></dd></div>
          {url && <div><dt>原文链接</dt><dd><a href={url} rel="noopener noreferrer" target="_blank">{url}</a></dd></div>}
          {article.byline && <div><dt>作者</dt><dd>{article.byline}</dd></div>}
        </dl>
      </header>
      <ArticleBody text={article.text} facts={facts} />
      <section>
        <h2>本文统计（{facts.length}条）</h2>
        <ArticleFacts facts={facts} known={known} />
      </section>
      <ScrollToFact />
    </article>
  );
}
