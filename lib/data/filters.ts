/**
 * The dashboard's filters applied to the dataset: paper, region scope, measure, time window.
 * Pure: the dataset and region tree are passed in.
 */
import type { FactRow } from '../schema';
import { factDate, inWindow, isWithin, type RegionTree, type TimeWindow } from './aggregate';
import type { Dataset } from './dataset';
import { listMeasures, matchMeasure, type MeasureOption } from './measures';

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

/** The measure the `metric` parameter names, or null for "count" and anything unknown. */
export function resolveMeasure(ds: Dataset, metric: string, provinceCode: string): MeasureOption | null {
  if (metric === 'count') return null;
  return matchMeasure(metric, listMeasures(ds.facts, provinceCode)) ?? null;
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
    (!m || (f.metric === m.metric && (f.direction === 'none' ? 'level' : 'change') === m.kind && f.unit === m.unit))
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
