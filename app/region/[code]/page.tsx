import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import Breadcrumb from '@/components/common/Breadcrumb';
import ArticleList from '@/components/region/ArticleList';
import ChildRegions from '@/components/region/ChildRegions';
import MetricSection from '@/components/region/MetricSection';
import { loadDataset } from '@/lib/data/load';
import { buildRegionPage } from '@/lib/data/region-view';
import { REGION_TREE } from '@/lib/data/regions';

type Props = { params: Promise<{ code: string }> };

function mapHref(code: string, level: string, parent: string | null): string {
  if (level === 'province') return '/';
  return `/?region=${level === 'prefecture' ? code : parent ?? ''}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const r = REGION_TREE.get(code);
  return { title: r ? `${r.name} · 浙江平安统计` : '未找到 · 浙江平安统计' };
}

export default async function RegionPage({ params }: Props) {
  const { code } = await params;
  if (!/^\d{6}$/.test(code)) notFound();
  await connection();
  const data = buildRegionPage(loadDataset(), REGION_TREE, code);
  if (!data) notFound();
  const { region } = data;
  const crumbs = data.crumbs.map((c, i) => ({
    name: c.name,
    href: i === data.crumbs.length - 1 ? undefined : `/region/${c.code}`,
  }));
  const scope = region.level === 'prefecture' ? '（含下辖县市区）' : region.level === 'province' ? '（全省层面）' : '';

  return (
    <div className="region-page" data-region={region.code}>
      <Breadcrumb items={crumbs} />
      <header className="page-header">
        <h1>{region.name}</h1>
        <p className="muted">
          {data.factCount}条统计{scope} · {data.articles.length}篇报道 ·{' '}
          <Link href={mapHref(region.code, region.level, region.parent)}>在地图上查看</Link>
        </p>
      </header>
      {data.groups.length === 0 && <p className="empty">暂无{region.name}的统计。</p>}
      {data.groups.map((g) => (
        <MetricSection key={g.metric} group={g} showRegion={region.level !== 'county'} />
      ))}
      <ChildRegions data={data} />
      <section className="articles">
        <h2>相关报道</h2>
        <ArticleList articles={data.articles} />
      </section>
    </div>
  );
}
