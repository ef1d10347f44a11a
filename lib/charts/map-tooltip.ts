/**
 * What hovering a region says, as plain text lines (the page's tooltip renders them as text; the
 * pictures' ECharts tooltip escapes them), and its one-line accessible name. Pure.
 */
import type { MapRegionDatum, MapViewData } from '../data/view-types';
import { t } from '../i18n';

export interface TipLine {
  /** Before the value: "志愿者人数 · 平安志愿者：". */
  readonly text: string;
  /** Shown bold after `text`. */
  readonly strong?: string;
  /** After the bold value. */
  readonly after?: string;
}

export interface RegionTip {
  readonly title: string;
  readonly lines: readonly TipLine[];
  /** What a click does. */
  readonly hint: string;
}

export function regionTip(r: MapRegionDatum, view: MapViewData): RegionTip {
  const m = t(view.lang).map;
  const zh = view.lang === 'zh';
  const colon = zh ? '：' : ': ';
  const lines: TipLine[] = [];
  if (view.measure?.metric === null) {
    if (r.value === null) lines.push({ text: m.noData });
    else lines.push({ text: '', strong: String(r.value), after: zh ? ` 条统计 · 来源 ${r.sourceCount} 个` : ` figures · ${r.sourceCount} sources` });
  } else if (r.figure !== null) {
    const what = [view.measure?.indicatorName, r.subject].filter(Boolean).join(' · ');
    lines.push({ text: `${what}${colon}`, strong: r.figure });
    if (r.period) lines.push({ text: `${m.time}${colon}${r.period}` });
    if (r.count > 1) lines.push({ text: m.latestOf(r.count) });
    lines.push({ text: m.factsSources(r.count + r.belowFacts, r.sourceCount) });
  } else {
    lines.push({ text: r.belowFacts > 0 ? m.ownNone(r.belowFacts) : m.noData });
  }
  return { title: r.name, lines, hint: view.view.level === 'province' ? m.clickProvince : m.clickPrefecture };
}

/** The region's accessible name and <title>: name, value (or why none), how many figures. */
export function regionName(r: MapRegionDatum, view: MapViewData): string {
  const m = t(view.lang).map;
  const zh = view.lang === 'zh';
  const parts = [r.name];
  if (view.measure?.metric === null) parts.push(r.value === null ? m.noData : t(view.lang).timeline.countTooltip(r.value));
  else if (r.figure !== null) parts.push([view.measure?.indicatorName, r.subject, r.figure].filter(Boolean).join(' '), ...(r.period ? [r.period] : []));
  else parts.push(r.belowFacts > 0 ? m.ownNone(r.belowFacts) : m.noData);
  if (r.count > 1) parts.push(m.latestOf(r.count));
  return parts.join(zh ? '，' : ', ');
}
