import Link from '@/components/common/PageLink';
import type { MapRegionDatum, MapViewData } from '@/lib/data/view-types';
import { t } from '@/lib/i18n';
import { hrefFor, type ViewState } from '@/lib/view-state';
import { regionHref } from '../common/factHref';
import RegionFigures from './RegionFigures';

/** Regions without data are named up to this many; beyond, only counted (the map shows them hatched). */
const MAX_NAMED = 15;

/**
 * The map's figures as a list beside it: readable without the map, reachable by keyboard, and
 * drilling the same way (a prefecture or a county of the province map opens its prefecture's map;
 * a county of a prefecture's map opens its page). Regions without data are named in one line.
 */
export default function RegionTable({ view, state }: { view: MapViewData; state: ViewState }) {
  const m = t(view.lang).map;
  const d = t(view.lang).dash.regions;
  const province = view.view.level === 'province';
  const counting = view.measure?.metric === null;
  const rows = view.regions.filter((r) => r.value !== null || r.belowFacts > 0);
  const without = view.regions.filter((r) => r.value === null && r.belowFacts === 0);
  const row = (r: MapRegionDatum, own: boolean) => (
    <tr key={r.code} data-code={r.code} className={own ? 'row-own' : undefined}>
      <th scope="row" data-label={m.colRegion}>
        {province ? (
          <>
            <Link href={hrefFor('/', state, { region: r.code })}>{r.name}</Link>{' '}
            <Link href={regionHref(r.code, view.lang)} className="small-link" aria-label={`${r.name} ${m.detail}`}>{m.detail}</Link>
          </>
        ) : (
          <Link href={regionHref(r.code, view.lang)}>{r.name}</Link>
        )}
        {own && <span className="tag">{d.ownPrefecture}</span>}
      </th>
      {!counting && (
        <td data-label={m.colLatest}>
          {r.figure ?? m.belowFacts(r.belowFacts)}
          {r.figure !== null && <div className="muted small">{[view.measure?.indicatorName, r.subject].filter(Boolean).join(' · ')}</div>}
        </td>
      )}
      {!counting && <td data-label={m.colTime}>{r.period || '—'}</td>}
      <td className="num" data-label={m.colFacts}>
        {counting ? r.value ?? 0 : <RegionFigures region={r} lang={view.lang} />}
      </td>
      <td className="num" data-label={m.colSources}>{r.sourceCount}</td>
    </tr>
  );
  return (
    <div className="region-list" data-testid="region-list">
      <table className="data-table stack-table" data-testid="region-table">
        <caption>{m.tableCaption(view.view.name, province && view.level === 'prefecture', view.measure?.label ?? m.noMeasure)}</caption>
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
          {view.ownPrefectures.map((r) => row(r, true))}
          {rows.map((r) => row(r, false))}
        </tbody>
      </table>
      {rows.length === 0 && view.ownPrefectures.length === 0 && <p className="muted small" role="status">{d.noneInView}</p>}
      {without.length > 0 && (
        <p className="muted small region-without" data-testid="regions-without">
          {d.without(without.length)}
          {without.length <= MAX_NAMED && `${view.lang === 'zh' ? '：' : ': '}${without.map((r) => r.name).join(view.lang === 'zh' ? '、' : ', ')}`}
        </p>
      )}
    </div>
  );
}
