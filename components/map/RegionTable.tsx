import Link from 'next/link';
import type { MapViewData } from '@/lib/data/view-types';
import { t } from '@/lib/i18n';
import { hrefFor, type ViewState } from '@/lib/view-state';
import { regionHref } from '../common/factHref';

/** The map's figures as a table: readable without the map, and reachable by keyboard. */
export default function RegionTable({ view, state }: { view: MapViewData; state: ViewState }) {
  const m = t(view.lang).map;
  const province = view.view.level === 'province';
  const counting = view.measure?.metric === null;
  return (
    <table className="data-table" data-testid="region-table">
      <caption>{m.tableCaption(view.view.name, province, view.measure?.label ?? m.noMeasure)}</caption>
      <thead>
        <tr>
          <th scope="col">{m.colRegion}</th>
          {!counting && <th scope="col">{m.colLatest}</th>}
          {!counting && <th scope="col">{m.colTime}</th>}
          <th scope="col" className="num">{m.colFacts}</th>
          <th scope="col" className="num">{m.colSources}</th>
        </tr>
      </thead>
      <tbody>
        {view.regions.map((r) => (
          <tr key={r.code} className={r.value === null ? 'row-empty' : undefined} data-code={r.code}>
            <th scope="row">
              {province ? (
                <>
                  <Link href={hrefFor('/', state, { region: r.code })}>{r.name}</Link>{' '}
                  <Link href={regionHref(r.code, view.lang)} className="small-link">{m.detail}</Link>
                </>
              ) : (
                <Link href={regionHref(r.code, view.lang)}>{r.name}</Link>
              )}
            </th>
            {!counting && <td>{r.figure ?? (r.belowFacts > 0 ? m.belowFacts(r.belowFacts) : '—')}</td>}
            {!counting && <td>{r.period || '—'}</td>}
            <td className="num">{r.measureFacts}</td>
            <td className="num">{r.sourceCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
