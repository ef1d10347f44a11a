/**
 * The map's payload, built from query results (lib/db/queries.ts): per region of the coloured
 * level, its latest figure of the measure, how many it has, and what the legend says. Pure.
 */
import { METRICS, type FactRecord } from '../schema';
import type { RegionCount } from '../db/queries';
import { figureFields } from './figure-fields';
import { formatCompact, formatFigure, formatPeriod, measureLabel, periodOrReport } from '../i18n/format';
import { t } from '../i18n';
import { indicatorName, signedValue, type MeasureOption } from './measures';
import { regionPinyin } from './region-names';
import { mapView, type RegionInfo, type RegionTree } from './region-tree';
import { firstDay, lastDay, parseIsoDate, type Lang, type MapLevel } from '../view-state';
import type { FigureRef, MapRegionDatum, MapViewData } from './view-types';

export interface MapQuery {
  /** The measure colouring the map (chooseMeasure); null: statistics per region. */
  readonly measure: MeasureOption | null;
  readonly region?: string;
  /** The level colouring the province map; null or missing: the level with more regions with data. */
  readonly level?: MapLevel | null;
  readonly from?: string;
  readonly to?: string;
  readonly lang?: Lang;
  /** Display name of a region (default: its Chinese name); English adds pinyin. */
  readonly names?: (code: string, fallback: string) => string;
  /** Link to a statistic in its article. */
  readonly factHref?: (articleId: string, factId: string) => string;
}

/** What the database says for one map (lib/data/view-data.ts asks it). */
export interface MapRows {
  /** Every measure on offer (paper and review filters only), best first. */
  readonly options: readonly MeasureOption[];
  /** Facts and distinct regions with the same filters (the "count" entry of the picker). */
  readonly totalFacts: number;
  readonly totalRegions: number;
  /** Facts of the measure in the window per region, in the view's scope. */
  readonly own: readonly RegionCount[];
  /** Province view: the same per prefecture, its counties' included. */
  readonly prefectures: readonly RegionCount[];
  /** The latest facts (at most MAX_LISTED) of each region in the view's scope, newest first. */
  readonly latest: readonly FactRecord[];
  /** Facts of the measure in the window outside every known region (e.g. 000000). */
  readonly unplaced: number;
  readonly years: readonly string[];
  readonly totals: { readonly facts: number; readonly articles: number; readonly problems: number };
}

/**
 * At most this many figures of one region are listed, latest first, in its tooltip and its row
 * ("N figures"); all of them are in the table and on the region's page. Each listed figure is a
 * link in every map view the server sends, so the list stays short.
 */
export const MAX_LISTED = 5;

/** The `metric` value of the map of statistics per region (coverage of the sources). */
export const COUNT_ID = 'count';
const COUNT_COLOR = '#1f5f99';

/** The time the figures speak for: the earliest start and the latest end, as written ("2018-01", "2019"). */
export function figuresSpan(facts: readonly Pick<FactRecord, 'periodStart' | 'periodEnd' | 'published'>[]): { start: string; end: string } | null {
  return widest(facts.map((f) => ({ start: f.periodStart || f.periodEnd || f.published, end: f.periodEnd || f.periodStart || f.published })));
}

function widest(spans: readonly { start: string; end: string }[]): { start: string; end: string } | null {
  let start = '';
  let end = '';
  for (const s of spans) {
    if (s.start && (!start || firstDay(s.start) < firstDay(start))) start = s.start;
    if (s.end && (!end || lastDay(s.end) > lastDay(end))) end = s.end;
  }
  return start && end ? { start, end } : null;
}

interface Child {
  readonly region: RegionInfo;
  /** Own facts of the measure; the latest (at most MAX_LISTED) are in `latest`. */
  readonly own: number;
  readonly latest: readonly FactRecord[];
  /** Facts of the measure in the region and below, and their summary. */
  readonly within: RegionCount | undefined;
}

export function buildMapView(rows: MapRows, tree: RegionTree, q: MapQuery = { measure: null }): MapViewData {
  const lang = q.lang ?? 'zh';
  const m_ = t(lang);
  const names = q.names ?? ((code: string, fallback: string) => tree.get(code)?.name ?? fallback);
  const factHref = q.factHref ?? ((a: string, f: string) => `/article/${encodeURIComponent(a)}#fact-${f}`);
  const window = { from: parseIsoDate(q.from) ?? undefined, to: parseIsoDate(q.to) ?? undefined };
  const chosen = q.measure ?? undefined;
  const view = mapView(q.region ?? tree.province.code, tree);
  const province = view.code === tree.province.code;

  const ownBy = new Map(rows.own.filter((r) => r.code !== view.code).map((r) => [r.code, r]));
  const prefBy = new Map(rows.prefectures.map((r) => [r.code, r]));
  const latestBy = new Map<string, FactRecord[]>();
  for (const f of rows.latest) {
    const list = latestBy.get(f.regionCode);
    if (list) list.push(f);
    else latestBy.set(f.regionCode, [f]);
  }
  const child = (region: RegionInfo): Child => {
    const own = ownBy.get(region.code);
    const within = province && region.level === 'prefecture' ? prefBy.get(region.code) : own;
    return { region, own: own?.facts ?? 0, latest: (latestBy.get(region.code) ?? []).slice(0, MAX_LISTED), within };
  };

  const prefectures = province ? tree.childrenOf(view.code) : [];
  const counties = (province ? prefectures.flatMap((p) => tree.childrenOf(p.code)) : tree.childrenOf(view.code)).filter((c) => tree.hasShape(c.code));
  const levels = province
    ? { prefecture: prefectures.filter((p) => ownBy.has(p.code)).length, county: counties.filter((c) => ownBy.has(c.code)).length }
    : null;
  const level: MapLevel = !levels ? 'county' : q.level ?? (levels.county > levels.prefecture ? 'county' : 'prefecture');
  const coloured = (level === 'prefecture' ? prefectures.filter((p) => tree.hasShape(p.code)) : counties).map(child);
  const ownPrefectures = level === 'county' && province ? prefectures.filter((p) => ownBy.has(p.code)).map(child) : [];

  const datum = (c: Child): MapRegionDatum => {
    const common = {
      code: c.region.code,
      name: names(c.region.code, c.region.name),
      label: lang === 'en' ? regionPinyin(c.region.code) || c.region.shortName : c.region.shortName,
      count: c.own,
      figures: c.latest.map((f): FigureRef => ({
        factId: f.factId, href: factHref(f.articleId, f.factId), figure: formatFigure(f, lang), subject: f.subject,
        period: periodOrReport(f.periodStart, f.periodEnd, f.published, lang),
      })),
      sourceCount: c.within?.sources ?? 0,
    };
    const n = c.within?.facts ?? 0;
    if (!chosen) {
      // Counting: a prefecture's count includes its counties (and those without a shape).
      return { ...common, value: n > 0 ? n : null, figure: n > 0 ? m_.timeline.countTooltip(n) : null, compact: n > 0 ? String(n) : null, subject: '', period: '', belowFacts: 0, latest: null };
    }
    const f = c.latest[0];
    return {
      ...common,
      value: f ? signedValue(f) : null,
      figure: f ? formatFigure(f, lang) : null,
      compact: f ? formatCompact(signedValue(f), f.qualifier, lang) : null,
      subject: f?.subject ?? '',
      period: f ? periodOrReport(f.periodStart, f.periodEnd, f.published, lang) : '',
      belowFacts: n - c.own,
      latest: f ? figureFields(f, lang, factHref) : null,
    };
  };

  const shapeless = [...ownBy.values()]
    .flatMap((r) => {
      const region = tree.get(r.code);
      if (!region || region.level !== 'county' || tree.hasShape(r.code)) return [];
      const on = (region.parent && tree.get(region.parent)) || tree.province;
      return [{
        code: region.code, name: names(region.code, region.name), countedOnCode: on.code, countedOnName: names(on.code, on.name),
        figures: (latestBy.get(r.code) ?? []).slice(0, MAX_LISTED).map((f) => ({
          factId: f.factId, articleId: f.articleId, figure: formatFigure(f, lang), period: periodOrReport(f.periodStart, f.periodEnd, f.published, lang),
        })),
      }];
    })
    .sort((a, b) => a.code.localeCompare(b.code));

  // The legend's time: the window when there is one, else the span of the figures on the map.
  const shown = [...coloured, ...ownPrefectures];
  const span = window.from || window.to
    ? { start: window.from ?? '', end: window.to ?? '' }
    : chosen
      ? figuresSpan(shown.flatMap((c) => c.latest.slice(0, 1)))
      : widest(shown.flatMap((c) => (c.within ? [{ start: c.within.firstRaw, end: c.within.lastRaw }] : [])));
  const measures = [
    ...rows.options.map((o) => ({ id: o.id, label: measureLabel(o.measure, lang), factCount: o.factCount, regionCount: o.regionCount })),
    { id: COUNT_ID, label: m_.measure.count, factCount: rows.totalFacts, regionCount: rows.totalRegions },
  ];
  const m = chosen?.measure;
  return {
    lang,
    view: { code: view.code, name: names(view.code, view.name), level: view.level === 'province' ? 'province' : 'prefecture' },
    crumbs: [tree.province, ...(province ? [] : [view])].map((r) => ({ code: r.code, name: names(r.code, r.name) })),
    level,
    levels,
    measure: m
      ? { id: chosen.id, label: measureLabel(m, lang), metric: m.metric, indicator: m.indicator, indicatorName: indicatorName(m.indicator, lang), kind: m.kind, unit: m.unit, color: METRICS[m.metric].color }
      : { id: COUNT_ID, label: m_.measure.count, metric: null, indicator: null, indicatorName: m_.measure.countShort, kind: 'level', unit: lang === 'zh' ? '条' : '', color: COUNT_COLOR },
    measures,
    regions: coloured.map(datum),
    ownPrefectures: ownPrefectures.map(datum),
    shapeless,
    unplaced: rows.unplaced,
    window,
    period: span ? formatPeriod(span.start, span.end, lang) : '',
    years: rows.years,
    totals: rows.totals,
  };
}
