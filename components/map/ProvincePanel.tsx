import Link from 'next/link';
import type { MapViewData } from '@/lib/data/view-types';
import { regionHref } from '../common/factHref';
import FigureList from './FigureList';

/** Beside the map: province-wide (330000) figures, and a drilled prefecture's own figures. */
export default function ProvincePanel({ view }: { view: MapViewData }) {
  return (
    <aside className="side-panel" data-testid="province-panel">
      <section>
        <h2>
          全省 <Link href={regionHref('330000')} className="small-link">详情</Link>
        </h2>
        <FigureList figures={view.province} empty="暂无全省统计" />
      </section>
      {view.viewOwn && (
        <section>
          <h2>
            {view.view.name}（市本级） <Link href={regionHref(view.view.code)} className="small-link">详情</Link>
          </h2>
          <FigureList figures={view.viewOwn} empty="暂无市本级统计" />
        </section>
      )}
    </aside>
  );
}
