import Link from 'next/link';
import type { RegionPageData } from '@/lib/data/region-view';
import { regionHref } from '../common/factHref';

/** Sub-regions with their number of statistics. */
export default function ChildRegions({ data }: { data: RegionPageData }) {
  if (data.children.length === 0) return null;
  const title = data.region.level === 'province' ? '各设区市' : '下辖县（市、区）';
  return (
    <section className="child-regions">
      <h2>{title}</h2>
      <ul>
        {data.children.map((c) => (
          <li key={c.code} className={c.factCount === 0 ? 'muted' : undefined}>
            <Link href={regionHref(c.code)}>{c.name}</Link>
            <span className="count">{c.factCount}</span>
            {!c.hasShape && <span className="tag" title="地图上无此地区的图形">无图形</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
