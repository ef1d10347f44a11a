import { el, navLink, text } from '@/components/common/markup';
import type { MapRegionDatum, MapViewData } from '@/lib/data/view-types';
import { t } from '@/lib/i18n';
import { hrefFor, type ViewState } from '@/lib/view-state';
import { regionHref } from '../common/factHref';

/** Regions without data are named up to this many; beyond, only counted (the map shows them hatched). */
const MAX_NAMED = 15;

/** "3 figures": the map shows a region's latest; the summary opens the latest few, each linked to its sentence. */
function figuresCell(r: MapRegionDatum, lang: MapViewData['lang']): string {
  const d = t(lang).dash.regions;
  if (r.count <= 1) return text(String(r.count + r.belowFacts));
  const items = r.figures.map((f) => el('li', {},
    navLink(f.href, {}, text(f.figure)), ' ', el('span', { class: 'muted' }, text(`${f.subject ? `${f.subject} · ` : ''}${f.period}`))));
  return el('details', { class: 'region-figures', 'data-testid': 'region-figures' }, el('summary', {}, text(d.figures(r.count))), el('ul', {}, ...items));
}

/**
 * The map's figures as a list beside it, as escaped markup (see markup.ts: a county map lists some
 * ninety regions with their figures, which React would otherwise send, hydrate and reconcile
 * element by element on every view): readable without the map, reachable by keyboard, and drilling
 * the same way (a prefecture or a county of the province map opens its prefecture's map; a county
 * of a prefecture's map opens its page). Regions without data are named in one line.
 */
export function regionTableMarkup(view: MapViewData, state: ViewState): string {
  const m = t(view.lang).map;
  const d = t(view.lang).dash.regions;
  const province = view.view.level === 'province';
  const counting = view.measure?.metric === null;
  const rows = view.regions.filter((r) => r.value !== null || r.belowFacts > 0);
  const without = view.regions.filter((r) => r.value === null && r.belowFacts === 0);
  const row = (r: MapRegionDatum, own: boolean) => {
    const name = province
      ? navLink(hrefFor('/', state, { region: r.code }), {}, text(r.name)) + ' '
        + navLink(regionHref(r.code, view.lang), { class: 'small-link', 'aria-label': `${r.name} ${m.detail}` }, text(m.detail))
      : navLink(regionHref(r.code, view.lang), {}, text(r.name));
    const cells = [el('th', { scope: 'row', 'data-label': m.colRegion }, name, own ? el('span', { class: 'tag' }, text(d.ownPrefecture)) : '')];
    if (!counting) {
      const what = [view.measure?.indicatorName, r.subject].filter(Boolean).join(' · ');
      cells.push(
        el('td', { 'data-label': m.colLatest }, text(r.figure ?? m.belowFacts(r.belowFacts)), r.figure !== null ? el('div', { class: 'muted small' }, text(what)) : ''),
        el('td', { 'data-label': m.colTime }, text(r.period || '—')),
      );
    }
    cells.push(
      el('td', { class: 'num', 'data-label': m.colFacts }, counting ? text(String(r.value ?? 0)) : figuresCell(r, view.lang)),
      el('td', { class: 'num', 'data-label': m.colSources }, text(String(r.sourceCount))),
    );
    return el('tr', { 'data-code': r.code, class: own ? 'row-own' : null }, ...cells);
  };
  const head = [el('th', { scope: 'col' }, text(m.colRegion))];
  if (!counting) head.push(el('th', { scope: 'col' }, text(m.colLatest)), el('th', { scope: 'col' }, text(m.colTime)));
  head.push(el('th', { scope: 'col', class: 'num' }, text(m.colFacts)), el('th', { scope: 'col', class: 'num' }, text(m.colSources)));
  const table = el('table', { class: 'data-table stack-table', 'data-testid': 'region-table' },
    el('caption', {}, text(m.tableCaption(view.view.name, province && view.level === 'prefecture', view.measure?.label ?? m.noMeasure))),
    el('thead', {}, el('tr', {}, ...head)),
    el('tbody', {}, ...view.ownPrefectures.map((r) => row(r, true)), ...rows.map((r) => row(r, false))));
  const none = rows.length === 0 && view.ownPrefectures.length === 0 ? el('p', { class: 'muted small', role: 'status' }, text(d.noneInView)) : '';
  const list = view.lang === 'zh' ? '：' : ': ';
  const withoutLine = without.length > 0
    ? el('p', { class: 'muted small region-without', 'data-testid': 'regions-without' },
      text(d.without(without.length)), without.length <= MAX_NAMED ? text(`${list}${without.map((r) => r.name).join(view.lang === 'zh' ? '、' : ', ')}`) : '')
    : '';
  return table + none + withoutLine;
}
