import type { Metadata } from 'next';
import Link from '@/components/common/PageLink';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import ArticleBody from '@/components/article/ArticleBody';
import ArticleFacts from '@/components/article/ArticleFacts';
import ScrollToFact from '@/components/article/ScrollToFact';
import ReviewLegend from '@/components/review/ReviewLegend';
import { regionHref } from '@/components/common/factHref';
import { formatDate } from '@/lib/data/format';
import { statsDb } from '@/lib/db/stats-db';
import { articleById } from '@/lib/db/queries';
import { paperLabel } from '@/lib/i18n/papers';
import { REGION_TREE } from '@/lib/data/regions';
import { ID_PATTERN } from '@/lib/data/rows';
import { safeUrl } from '@/lib/data/sources';
import { articlePageData } from '@/lib/data/view-data';
import { t } from '@/lib/i18n';
import { formatDate as formatDateIn } from '@/lib/i18n/format';
import { langSearch, parseViewState, type SearchParams } from '@/lib/view-state';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

function articleId(raw: string): string | null {
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return ID_PATTERN.test(id) ? id : null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const id = articleId((await params).id);
  const m = t(parseViewState(await searchParams).lang);
  const a = id ? await articleById(await statsDb(), id) : undefined;
  return { title: `${a ? a.title || m.article.untitled : m.article.notFound} · ${m.site.title}` };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const id = articleId((await params).id);
  if (!id) notFound();
  await connection();
  const { lang, theme, reviewed } = parseViewState(await searchParams);
  const m = t(lang).article;
  const data = await articlePageData(await statsDb(), id, lang, reviewed);
  if (!data) notFound();
  const { article, facts, source } = data;
  const known = new Set(facts.map((f) => f.regionCode).filter((c) => REGION_TREE.get(c)));
  const url = source ? safeUrl(source.url) : null;
  const regions = [...known].map((c) => REGION_TREE.get(c)!).sort((a, b) => a.code.localeCompare(b.code));

  return (
    <article className="article-page" data-article={article.articleId}>
      <nav className="back-links" aria-label={m.backLabel}>
        <Link href={`/${langSearch({ lang, theme, reviewed })}`}>{m.back}</Link>
        {regions.map((r) => (
          <Link key={r.code} href={regionHref(r.code, lang, reviewed)}>{r.name}</Link>
        ))}
      </nav>
      <header className="page-header">
        <h1>{article.title || m.untitled}</h1>
        <dl className="article-meta">
          <div><dt>{m.paper}</dt><dd>{article.paper ? paperLabel(article.paper, lang) : '—'}</dd></div>
          <div><dt>{m.date}</dt><dd>{lang === 'zh' ? formatDate(article.date) : formatDateIn(article.date, lang)}{source?.dateBasis === 'text' && m.dateFromText}</dd></div>
          <div><dt>{m.page}</dt><dd>{article.page ? m.pageNo(article.page) : '—'}</dd></div>
          <div><dt>{m.file}</dt><dd><code>{article.source}</code></dd></div>
          {url && <div><dt>{m.original}</dt><dd><a href={url} rel="noopener noreferrer" target="_blank">{url}</a></dd></div>}
          {article.byline && <div><dt>{m.byline}</dt><dd>{article.byline}</dd></div>}
        </dl>
      </header>
      <ArticleBody text={article.text} facts={facts} lang={lang} />
      <ReviewLegend lang={lang} reviewed={reviewed} toggleHref={`/article/${encodeURIComponent(article.articleId)}${langSearch({ lang, theme, reviewed: !reviewed })}`} />
      <section>
        <h2>{m.facts(facts.length)}</h2>
        <ArticleFacts facts={facts} known={known} lang={lang} />
      </section>
      <ScrollToFact />
    </article>
  );
}
