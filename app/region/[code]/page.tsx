import type { Metadata } from 'next';
import Link from '@/components/common/PageLink';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import Breadcrumb from '@/components/common/Breadcrumb';
import { regionHref } from '@/components/common/factHref';
import ArticleList from '@/components/region/ArticleList';
import ChildRegions from '@/components/region/ChildRegions';
import MetricSection from '@/components/region/MetricSection';
import ReviewLegend from '@/components/review/ReviewLegend';
import { statsDb } from '@/lib/db/stats-db';
import { REGION_TREE } from '@/lib/data/regions';
import { regionPageData } from '@/lib/data/view-data';
import { regionDisplay } from '@/lib/data/region-names';
import { t } from '@/lib/i18n';
import { parseViewState, type SearchParams } from '@/lib/view-state';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> };

function mapHref(code: string, level: string, parent: string | null, lang: string): string {
  const en = lang === 'en' ? 'lang=en' : '';
  if (level === 'province') return en ? `/?${en}` : '/';
  return `/?region=${level === 'prefecture' ? code : parent ?? ''}${en ? `&${en}` : ''}`;
}

/** The dashboard's table of the region's figures of one metric family (all of them, paged). */
function tableHref(code: string, metric: string, lang: string, reviewed: boolean): string {
  const q = new URLSearchParams({ region: code, metric, ...(lang === 'en' ? { lang } : {}), ...(reviewed ? { reviewed: '1' } : {}) });
  return `/?${q}#facts-title`;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { code } = await params;
  const { lang } = parseViewState(await searchParams);
  const r = REGION_TREE.get(code);
  const m = t(lang);
  return { title: `${r ? regionDisplay(r.code, r.name, lang) : m.article.notFound} · ${m.site.title}` };
}

export default async function RegionPage({ params, searchParams }: Props) {
  const { code } = await params;
  if (!/^\d{6}$/.test(code)) notFound();
  await connection();
  const { lang, reviewed } = parseViewState(await searchParams);
  const m = t(lang);
  const data = await regionPageData(await statsDb(), code, lang, reviewed);
  if (!data) notFound();
  const { region } = data;
  const crumbs = data.crumbs.map((c, i) => ({
    name: regionDisplay(c.code, c.name, lang),
    href: i === data.crumbs.length - 1 ? undefined : `/region/${c.code}${lang === 'en' ? '?lang=en' : ''}`,
  }));
  const scope = region.level === 'prefecture' ? m.region.scopePrefecture : region.level === 'province' ? m.region.scopeProvince : '';
  const name = regionDisplay(region.code, region.name, lang);

  return (
    <div className="region-page" data-region={region.code}>
      <Breadcrumb items={crumbs} label={m.crumbs} />
      <header className="page-header">
        <h1>{name}</h1>
        <p className="muted">
          {m.region.summary(data.factCount, data.articleCount, scope)} ·{' '}
          <Link href={mapHref(region.code, region.level, region.parent, lang)}>{m.region.onMap}</Link>
        </p>
      </header>
      {data.groups.length === 0 && <p className="empty">{m.region.none(name)}</p>}
      {data.groups.map((g) => (
        <MetricSection key={g.metric} group={g} showRegion={region.level !== 'county'} lang={lang} tableHref={tableHref(region.code, g.metric, lang, reviewed)} />
      ))}
      {data.groups.length > 0 && <ReviewLegend lang={lang} reviewed={reviewed} toggleHref={regionHref(region.code, lang, !reviewed)} />}
      <ChildRegions data={data} lang={lang} />
      <section className="articles">
        <h2>{m.region.articles}</h2>
        <ArticleList articles={data.articles} lang={lang} />
        {data.articleCount > data.articles.length && <p className="muted">{m.region.moreArticles(data.articles.length, data.articleCount)}</p>}
      </section>
    </div>
  );
}
