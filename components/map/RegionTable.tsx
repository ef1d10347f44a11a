import Link from 'next/link';
import type { MapViewData } from '@/lib/data/view-types';
import { regionHref } from '../common/factHref';

function drillLink(view: MapViewData, code: string): string {
  const q = new URLSearchParams();
  if (view.measure) q.set('metric', view.measure.id);
  q.set('region', code);
  if (view.window.from) q.set('from', view.window.from);
  if (view.window.to) q.set('to', view.window.to);
  return `/?${q.toString()}`;
}

/** The map's figures as a table: readable without the map, and reachable by keyboard. */
export default function RegionTable({ view }: { view: MapViewData }) {
  const province = view.view.level === 'province';
  const counting = view.measure?.metric === null;
  return (
    <table className="data-table" data-testid="region-table">
      <caption>{view.view.name}{province ? '各设区市' : '各县（市、区）'} · {view.measure?.label ?? '无统计'}</caption>
      <thead>
        <tr>
          <th scope="col">地区</th>
          {!counting && <th scope="col">最新数值</th>}
          {!counting && <th scope="col">时间</th>}
          <th scope="col" className="num">统计条数</th>
          <th scope="col" className="num">来源</th>
        </tr>
      </thead>
      <tbody>
        {view.regions.map((r) => (
          <tr key={r.code} className={r.value === null ? 'row-empty' : undefined}>
            <th scope="row">
              {province ? (
                <>
                  <Link href={drillLink(view, r.code)}>{r.name}</Link>{' '}
                  <Link href={regionHref(r.code)} className="small-link">详情</Link>
                </>
              ) : (
                <Link href={regionHref(r.code)}>{r.name}</Link>
              )}
            </th>
            {!counting && <td>{r.figure ?? (r.belowFacts > 0 ? `下辖地区${r.belowFacts}条` : '—')}</td>}
            {!counting && <td>{r.period || '—'}</td>}
            <td className="num">{r.measureFacts}</td>
            <td className="num">{r.sourceCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
