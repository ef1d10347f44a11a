/**
 * The map's payload, built on the server from the aggregated rows (aggregate.ts): per region of
 * the coloured level, its latest figure of the measure, how many it has, and what the legend says.
 */
import { METRICS, type FactRow } from '../schema';
import { aggregateMap, factDate, sourceCount, type ChildAggregate, type RegionTree, type TimeWindow } from './aggregate';
import type { Dataset } from './dataset';
import { figureFields } from './figure-fields';
import { formatCompact, formatFigure, formatPeriod, measureLabel, periodOrReport } from '../i18n/format';
import { t } from '../i18n';
import { indicatorName, listMeasures, signedValue, type MeasureOption } from './measures';
import { regionPinyin } from './region-names';
import { firstDay, lastDay, parseIsoDate, type Lang, type MapLevel } from '../view-state';
import type { FigureRef, MapRegionDatum, MapViewData } from './view-types';

export interface MapQuery {
  /** The measure colouring the map (resolveMeasure); null: statistics per region. */
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

const YEAR = /^\d{4}$/;
/** At most this many figures of one region are listed ("N figures"; the rest are in the table). */
export const MAX_LISTED = 12;

/** The `metric` value of the map of statistics per region (coverage of the sources). */
export const COUNT_ID = 'count';
const COUNT_COLOR = '#1f5f99';

/** The time the figures speak for: the earliest start and the latest end, as written ("2018-01", "2019"). */
export function figuresSpan(facts: readonly FactRow[], published: (f: FactRow) => string): { start: string; end: string } | null {
  let start = '';
  let end = '';
  for (const f of facts) {
    const s = f.periodStart || f.periodEnd || published(f);
    const e = f.periodEnd || f.periodStart || published(f);
    if (s && (!start || firstDay(s) < firstDay(start))) start = s;
    if (e && (!end || lastDay(e) > lastDay(end))) end = e;
  }
  return start && end ? { start, end } : null;
}

export function buildMapView(ds: Dataset, tree: RegionTree, q: MapQuery = { measure: null }): MapViewData {
  const lang = q.lang ?? 'zh';
  const m_ = t(lang);
  const names = q.names ?? ((code: string, fallback: string) => tree.get(code)?.name ?? fallback);
  const factHref = q.factHref ?? ((a: string, f: string) => `/article/${encodeURIComponent(a)}#fact-${f}`);
  const window: TimeWindow = { from: parseIsoDate(q.from) ?? undefined, to: parseIsoDate(q.to) ?? undefined };
  const published = (f: FactRow) => ds.articleById.get(f.articleId)?.date ?? '';
  const years = [...new Set(ds.facts.map((f) => factDate(f, ds.articleById.get(f.articleId)).slice(0, 4)).filter((y) => YEAR.test(y)))].sort();

  const chosen = q.measure ?? undefined;
  const agg = aggregateMap(ds.facts, ds.articleById, tree, q.region ?? tree.province.code, chosen?.measure ?? null, window, q.level ?? null);
  const view = agg.view;
  const crumbs = [tree.province, ...(view.code === tree.province.code ? [] : [view])].map((r) => ({ code: r.code, name: names(r.code, r.name) }));

  const options = listMeasures(ds.facts, tree.province.code);
  const measures = [
    ...options.map((o) => ({ id: o.id, label: measureLabel(o.measure, lang), factCount: o.factCount, regionCount: o.regionCount })),
    { id: COUNT_ID, label: m_.measure.count, factCount: ds.facts.length, regionCount: new Set(ds.facts.map((f) => f.regionCode)).size },
  ];

  const datum = (c: ChildAggregate): MapRegionDatum => {
    const common = {
      code: c.region.code,
      name: names(c.region.code, c.region.name),
      label: lang === 'en' ? regionPinyin(c.region.code) || c.region.shortName : c.region.shortName,
      count: c.own.length,
      figures: c.own.slice(0, MAX_LISTED).map((f): FigureRef => ({
        factId: f.factId, href: factHref(f.articleId, f.factId), figure: formatFigure(f, lang), subject: f.subject,
        period: periodOrReport(f.periodStart, f.periodEnd, published(f), lang),
      })),
      sourceCount: sourceCount(c.measureFacts),
    };
    if (!chosen) {
      // Counting: a prefecture's count includes its counties (and those without a shape).
      const n = c.measureFacts.length;
      return { ...common, value: n > 0 ? n : null, figure: n > 0 ? m_.timeline.countTooltip(n) : null, compact: n > 0 ? String(n) : null, subject: '', period: '', belowFacts: 0, latest: null };
    }
    const f = c.own[0];
    return {
      ...common,
      value: f ? signedValue(f) : null,
      figure: f ? formatFigure(f, lang) : null,
      compact: f ? formatCompact(signedValue(f), f.qualifier, lang) : null,
      subject: f?.subject ?? '',
      period: f ? periodOrReport(f.periodStart, f.periodEnd, published(f), lang) : '',
      belowFacts: c.belowCount,
      latest: f ? figureFields(f, ds.articleById.get(f.articleId), lang, factHref) : null,
    };
  };
  const regions = agg.children.map(datum);
  const ownPrefectures = agg.ownPrefectures.map(datum);

  const shapeless = agg.shapeless.map((g) => ({
    code: g.region.code,
    name: names(g.region.code, g.region.name),
    countedOnCode: g.countedOn.code,
    countedOnName: names(g.countedOn.code, g.countedOn.name),
    figures: g.facts.map((f) => ({
      factId: f.factId,
      articleId: f.articleId,
      figure: formatFigure(f, lang),
      period: periodOrReport(f.periodStart, f.periodEnd, published(f), lang),
    })),
  }));

  // The legend's time: the window when there is one, else the span of the figures on the map.
  const shown = [...agg.children, ...agg.ownPrefectures].flatMap((c) => (chosen ? c.own.slice(0, 1) : c.measureFacts));
  const span = window.from || window.to ? { start: window.from ?? '', end: window.to ?? '' } : figuresSpan(shown, published);
  const m = chosen?.measure;
  return {
    lang,
    view: { code: view.code, name: names(view.code, view.name), level: view.level === 'province' ? 'province' : 'prefecture' },
    crumbs,
    level: agg.level,
    levels: agg.levelCounts,
    measure: m
      ? { id: chosen.id, label: measureLabel(m, lang), metric: m.metric, indicator: m.indicator, indicatorName: indicatorName(m.indicator, lang), kind: m.kind, unit: m.unit, color: METRICS[m.metric].color }
      : { id: COUNT_ID, label: m_.measure.count, metric: null, indicator: null, indicatorName: m_.measure.countShort, kind: 'level', unit: lang === 'zh' ? '条' : '', color: COUNT_COLOR },
    measures,
    regions,
    ownPrefectures,
    shapeless,
    unplaced: agg.unplaced,
    window,
    period: span ? formatPeriod(span.start, span.end, lang) : '',
    years,
    totals: { facts: ds.facts.length, articles: ds.articles.length, problems: ds.problems.length },
  };
}
