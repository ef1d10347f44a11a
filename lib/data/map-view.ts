/**
 * Builds the map page's payload from the dataset: the server-side half of the map.
 */
import { METRICS, type FactRow } from '../schema';
import {
  aggregateMap, factDate, latestByMeasure, sourceCount,
  type RegionTree, type TimeWindow,
} from './aggregate';
import type { Dataset } from './dataset';
import { formatDate, formatPeriod } from './format';
import { formatCompact, formatFigure, measureLabel, periodOrReport } from '../i18n/format';
import { t } from '../i18n';
import { listMeasures, measureId, measureOf, signedValue, type MeasureOption } from './measures';
import { parseIsoDate, type Lang } from '../view-state';
import type { MapRegionDatum, MapViewData, PanelFigure } from './view-types';

export interface MapQuery {
  /** The measure colouring the map (resolveMeasure); null: statistics per region. */
  readonly measure: MeasureOption | null;
  readonly region?: string;
  readonly from?: string;
  readonly to?: string;
  readonly lang?: Lang;
  /** Display name of a region (default: its Chinese name); English adds pinyin. */
  readonly names?: (code: string, fallback: string) => string;
}

const YEAR = /^\d{4}$/;

/** The `metric` value of the map of statistics per region (coverage of the sources). */
export const COUNT_ID = 'count';
const COUNT_COLOR = '#1f5f99';

/** Period of a fact in words, else the date of its article. */
export function periodText(f: FactRow, articleDate: string | undefined): string {
  const p = formatPeriod(f.periodStart, f.periodEnd);
  if (p) return p;
  return articleDate ? `${formatDate(articleDate)}报道` : '时间不详';
}

function panelFigures(ds: Dataset, code: string, window: TimeWindow, lang: Lang): PanelFigure[] {
  const groups = latestByMeasure(ds.facts, ds.articleById, code, (f) => measureId(measureOf(f)), window);
  const out: PanelFigure[] = [];
  for (const [id, { latest, facts }] of groups) {
    out.push({
      measureId: id,
      metric: latest.metric,
      metricLabel: measureLabel(measureOf(latest), lang),
      figure: formatFigure(latest, lang),
      subject: latest.subject,
      period: periodOrReport(latest.periodStart, latest.periodEnd, ds.articleById.get(latest.articleId)?.date ?? '', lang),
      factCount: facts.length,
      sourceCount: sourceCount(facts),
      factId: latest.factId,
      articleId: latest.articleId,
    });
  }
  const order = Object.keys(METRICS);
  return out.sort((a, b) => order.indexOf(a.metric) - order.indexOf(b.metric) || a.measureId.localeCompare(b.measureId));
}

export function buildMapView(ds: Dataset, tree: RegionTree, q: MapQuery = { measure: null }): MapViewData {
  const lang = q.lang ?? 'zh';
  const m_ = t(lang);
  const names = q.names ?? ((code: string, fallback: string) => tree.get(code)?.name ?? fallback);
  const window: TimeWindow = {
    from: parseIsoDate(q.from) ?? undefined,
    to: parseIsoDate(q.to) ?? undefined,
  };
  const years = [...new Set(ds.facts.map((f) => factDate(f, ds.articleById.get(f.articleId)).slice(0, 4)).filter((y) => YEAR.test(y)))].sort();

  // The view: the province or a prefecture; a county falls back to its prefecture.
  let view = (q.region && tree.get(q.region)) || tree.province;
  if (view.level === 'county') view = (view.parent && tree.get(view.parent)) || tree.province;
  const crumbs = view.code === tree.province.code
    ? [{ code: tree.province.code, name: names(tree.province.code, tree.province.name) }]
    : [{ code: tree.province.code, name: names(tree.province.code, tree.province.name) }, { code: view.code, name: names(view.code, view.name) }];

  const options = listMeasures(ds.facts, tree.province.code);
  const chosen = q.measure ?? undefined;
  const measures = [
    { id: COUNT_ID, label: m_.measure.count, factCount: ds.facts.length, regionCount: new Set(ds.facts.map((f) => f.regionCode)).size },
    ...options.map((o) => ({ id: o.id, label: measureLabel(o.measure, lang), factCount: o.factCount, regionCount: o.regionCount })),
  ];

  const agg = aggregateMap(ds.facts, ds.articleById, tree, view.code, chosen?.measure ?? null, window);
  const regions: MapRegionDatum[] = agg.children.map((c) => {
    const n = c.measureFacts.length;
    const f = chosen ? c.latest : undefined;
    const common = {
      code: c.region.code,
      name: names(c.region.code, c.region.name),
      shortName: c.region.shortName,
      measureFacts: n,
      sourceCount: sourceCount(c.measureFacts),
      allFacts: c.allCount,
    };
    if (!chosen) {
      // Counting: a prefecture's count includes its counties (and those without a shape).
      return { ...common, value: n > 0 ? n : null, figure: n > 0 ? m_.timeline.countTooltip(n) : null, compact: n > 0 ? String(n) : null, subject: '', period: '', belowFacts: 0 };
    }
    return {
      ...common,
      value: f ? signedValue(f) : null,
      figure: f ? formatFigure(f, lang) : null,
      compact: f ? formatCompact(signedValue(f), f.qualifier, lang) : null,
      subject: f?.subject ?? '',
      period: f ? periodOrReport(f.periodStart, f.periodEnd, ds.articleById.get(f.articleId)?.date ?? '', lang) : '',
      belowFacts: c.belowCount,
    };
  });
  const shapeless = agg.shapeless.map((g) => ({
    code: g.region.code,
    name: names(g.region.code, g.region.name),
    countedOnCode: g.countedOn.code,
    countedOnName: names(g.countedOn.code, g.countedOn.name),
    figures: g.facts.map((f) => ({
      factId: f.factId,
      articleId: f.articleId,
      figure: formatFigure(f, lang),
      period: periodOrReport(f.periodStart, f.periodEnd, ds.articleById.get(f.articleId)?.date ?? '', lang),
    })),
  }));
  const m = chosen?.measure;
  return {
    lang,
    view: { code: view.code, name: names(view.code, view.name), level: view.level === 'province' ? 'province' : 'prefecture' },
    crumbs,
    measure: m
      ? { id: chosen.id, label: measureLabel(m, lang), metric: m.metric, indicator: m.indicator, kind: m.kind, unit: m.unit, color: METRICS[m.metric].color }
      : { id: COUNT_ID, label: m_.measure.count, metric: null, indicator: null, kind: 'level', unit: lang === 'zh' ? '条' : '', color: COUNT_COLOR },
    measures,
    regions,
    shapeless,
    unplaced: agg.unplaced,
    province: panelFigures(ds, tree.province.code, window, lang),
    viewOwn: view.code === tree.province.code ? null : panelFigures(ds, view.code, window, lang),
    window,
    years,
    totals: { facts: ds.facts.length, articles: ds.articles.length, problems: ds.problems.length },
  };
}
