import { connection } from 'next/server';
import Breadcrumb from '@/components/common/Breadcrumb';
import ProblemsNote from '@/components/common/ProblemsNote';
import Legend from '@/components/map/Legend';
import MapPanel from '@/components/map/MapPanel';
import MeasureForm from '@/components/map/MeasureForm';
import ProvincePanel from '@/components/map/ProvincePanel';
import RegionTable from '@/components/map/RegionTable';
import ShapelessNote from '@/components/map/ShapelessNote';
import { loadDataset } from '@/lib/data/load';
import { buildMapView } from '@/lib/data/map-view';
import { REGION_TREE } from '@/lib/data/regions';

type Search = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function HomePage({ searchParams }: { searchParams: Promise<Search> }) {
  await connection();
  const sp = await searchParams;
  const ds = loadDataset();
  const view = buildMapView(ds, REGION_TREE, {
    metric: one(sp.metric),
    region: one(sp.region),
    from: one(sp.from),
    to: one(sp.to),
  });
  const keep = new URLSearchParams();
  if (view.measure) keep.set('metric', view.measure.id);
  if (view.window.from) keep.set('from', view.window.from);
  if (view.window.to) keep.set('to', view.window.to);
  const crumbs = view.crumbs.map((c, i) => ({
    name: c.name,
    href: i === 0 ? `/?${keep.toString()}` : undefined,
  }));

  return (
    <div className="dashboard">
      <div className="toolbar">
        <Breadcrumb items={crumbs} />
        <MeasureForm key={`${view.measure?.id}|${view.window.from}|${view.window.to}`} view={view} />
      </div>
      <div className="map-layout">
        <section className="map-card" aria-label={`${view.view.name}地图`}>
          <MapPanel view={view} />
          <Legend view={view} />
          <p className="hint">
            {view.view.level === 'province' ? '点击设区市查看下辖县（市、区）' : '点击县（市、区）查看详细统计'}
          </p>
        </section>
        <ProvincePanel view={view} />
      </div>
      <ShapelessNote view={view} />
      <RegionTable view={view} />
      <p className="muted small">
        共{view.totals.articles}篇报道、{view.totals.facts}条统计
        {view.unplaced > 0 && `；${view.unplaced}条统计未能定位到地区`}
      </p>
      <ProblemsNote problems={ds.problems} />
    </div>
  );
}
