import Link from 'next/link';
import type { MapViewData } from '@/lib/data/view-types';
import { t } from '@/lib/i18n';
import { regionHref } from '../common/factHref';
import FigureList from './FigureList';

/** Beside the map: province-wide (330000) figures, and a drilled prefecture's own figures. */
export default function ProvincePanel({ view }: { view: MapViewData }) {
  const m = t(view.lang);
  return (
    <aside className="side-panel" data-testid="province-panel">
      <section>
        <h2>
          {m.panel.province} <Link href={regionHref('330000', view.lang)} className="small-link">{m.map.detail}</Link>
        </h2>
        <FigureList figures={view.province} empty={m.panel.noProvince} lang={view.lang} />
      </section>
      {view.viewOwn && (
        <section>
          <h2>
            {m.panel.own(view.view.name)} <Link href={regionHref(view.view.code, view.lang)} className="small-link">{m.map.detail}</Link>
          </h2>
          <FigureList figures={view.viewOwn} empty={m.panel.noOwn} lang={view.lang} />
        </section>
      )}
    </aside>
  );
}
