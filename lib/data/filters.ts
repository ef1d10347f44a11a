/**
 * The dashboard's filters applied to the dataset: paper, region scope, measure, time window.
 * This is the row source the view models build from (later: SQL). Pure: the dataset and region
 * tree are passed in.
 */
import type { FactRow } from '../schema';
import { COUNT_METRIC } from '../view-state';
import { factDate, inWindow, isWithin, type RegionTree, type TimeWindow } from './aggregate';
import type { Dataset } from './dataset';
import { defaultMeasure, listMeasures, matchMeasure, matchesMeasure, type MeasureOption } from './measures';

/** The dataset with only the facts (and articles) of one paper; the dataset itself for null. */
export function byPaper(ds: Dataset, paper: string | null): Dataset {
  if (!paper) return ds;
  const articles = ds.articles.filter((a) => a.paper === paper);
  const keep = new Set(articles.map((a) => a.articleId as string));
  const facts = ds.facts.filter((f) => keep.has(f.articleId));
  const factsByArticle = new Map([...ds.factsByArticle].filter(([id]) => keep.has(id)));
  return { ...ds, articles, facts, articleById: new Map([...ds.articleById].filter(([id]) => keep.has(id))), factsByArticle };
}

/** Papers in the dataset, most articles first, then by name. */
export function listPapers(ds: Dataset): { name: string; articles: number }[] {
  const n = new Map<string, number>();
  for (const a of ds.articles) if (a.paper) n.set(a.paper, (n.get(a.paper) ?? 0) + 1);
  return [...n].map(([name, articles]) => ({ name, articles })).sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
}

/** The region a map of `code` shows: a county's map is its prefecture's. */
export function mapViewCode(code: string, tree: RegionTree): string {
  const r = tree.get(code);
  if (!r) return tree.province.code;
  if (r.level !== 'county') return r.code;
  return r.parent && tree.get(r.parent) ? r.parent : tree.province.code;
}

/**
 * Measures with data where the map of `region` looks, in the window, best first: coverage counts
 * the regions below the map's view. Empty when the scope has no figure at all.
 */
export function measuresInScope(ds: Dataset, tree: RegionTree, region: string, window: TimeWindow = {}): MeasureOption[] {
  const view = mapViewCode(region, tree);
  const scoped = view === tree.province.code ? ds.facts : ds.facts.filter((f) => isWithin(f.regionCode, view, tree));
  return listMeasures(scoped.filter((f) => inWindow(f, ds.articleById.get(f.articleId), window)), view);
}

export interface MeasureQuery {
  /** The `metric` parameter: "count", "" (the default) or a measure id in any accepted form. */
  readonly metric: string;
  readonly region?: string;
  readonly window?: TimeWindow;
}

/**
 * The measure the `metric` parameter names; null for "count" (statistics per region) and when
 * there is no data at all. No parameter, or one that matches nothing: the measure with the widest
 * coverage where the map looks (in the window, else at any time, else anywhere).
 */
export function resolveMeasure(ds: Dataset, tree: RegionTree, q: MeasureQuery): MeasureOption | null {
  if (q.metric === COUNT_METRIC) return null;
  const all = listMeasures(ds.facts, tree.province.code);
  const named = matchMeasure(q.metric, all);
  if (named) return named;
  const region = q.region ?? tree.province.code;
  const pick = (options: readonly MeasureOption[]) => {
    const d = defaultMeasure(options);
    return d ? all.find((o) => o.id === d.id) ?? null : null;
  };
  return pick(measuresInScope(ds, tree, region, q.window)) ?? pick(measuresInScope(ds, tree, region)) ?? pick(all);
}

export interface FactFilter {
  readonly measure: MeasureOption | null;
  readonly region: string;
  readonly window?: TimeWindow;
}

/** Facts of the measure (all facts when null) in the region or below it, in the window. */
export function selectFacts(ds: Dataset, tree: RegionTree, q: FactFilter): FactRow[] {
  const m = q.measure?.measure;
  const w = q.window ?? {};
  return ds.facts.filter((f) =>
    (!m || matchesMeasure(f, m))
    && (q.region === tree.province.code || isWithin(f.regionCode, q.region, tree))
    && inWindow(f, ds.articleById.get(f.articleId), w));
}

/** Earliest and latest date any fact speaks for (YYYY-MM-DD prefix), or null without dates. */
export function dateExtent(ds: Dataset): { min: string; max: string } | null {
  let min = '';
  let max = '';
  for (const f of ds.facts) {
    const d = factDate(f, ds.articleById.get(f.articleId));
    if (!d) continue;
    if (!min || d < min) min = d;
    if (!max || d > max) max = d;
  }
  return min ? { min, max } : null;
}
