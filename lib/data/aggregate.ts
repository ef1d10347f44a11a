/**
 * Aggregations behind the map and the region pages. Pure: the dataset and the region tree are
 * passed in, so tests can run them on fixtures.
 */
import type { ArticleRecord, FactRow } from '../schema';
import { matchesMeasure, type Measure } from './measures';

export type DivisionLevel = 'province' | 'prefecture' | 'county';

/** What the aggregations need to know about a region (lib/regions/divisions.ts `Division` fits). */
export interface RegionInfo {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly level: DivisionLevel;
  readonly parent: string | null;
}

export interface RegionTree {
  readonly province: RegionInfo;
  get(code: string): RegionInfo | undefined;
  /** Prefectures of the province, counties of a prefecture, nothing for a county. */
  childrenOf(code: string): readonly RegionInfo[];
  /** Whether the map has a shape for the region. */
  hasShape(code: string): boolean;
}

/** Inclusive ISO bounds (YYYY, YYYY-MM or YYYY-MM-DD); either may be missing. */
export interface TimeWindow {
  readonly from?: string;
  readonly to?: string;
}

/* ───────────── dates ───────────── */

function startOf(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

function endOf(iso: string): string {
  return iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso;
}

/** The date a fact speaks for: the end of its period, else the article's date, else ''. */
export function factDate(f: FactRow, article: ArticleRecord | undefined): string {
  return f.periodEnd || f.periodStart || article?.date || '';
}

export function inWindow(f: FactRow, article: ArticleRecord | undefined, w: TimeWindow): boolean {
  if (!w.from && !w.to) return true;
  const d = factDate(f, article);
  if (!d) return false;
  const first = startOf(f.periodStart || d);
  const last = endOf(d);
  if (w.from && last < startOf(w.from)) return false;
  if (w.to && first > endOf(w.to)) return false;
  return true;
}

/** Orders facts newest first; within one date, most confident, then first in the text. */
export function compareLatest(
  a: FactRow, b: FactRow, articleById: ReadonlyMap<string, ArticleRecord>,
): number {
  const aa = articleById.get(a.articleId);
  const ab = articleById.get(b.articleId);
  const da = endOf(factDate(a, aa));
  const db = endOf(factDate(b, ab));
  if (da !== db) return da < db ? 1 : -1;
  const pa = aa?.date ?? '';
  const pb = ab?.date ?? '';
  if (pa !== pb) return pa < pb ? 1 : -1;
  return b.confidence - a.confidence || a.start - b.start || (a.factId < b.factId ? -1 : 1);
}

export function latestFact(
  facts: readonly FactRow[], articleById: ReadonlyMap<string, ArticleRecord>,
): FactRow | undefined {
  let best: FactRow | undefined;
  for (const f of facts) if (!best || compareLatest(f, best, articleById) < 0) best = f;
  return best;
}

/* ───────────── regions ───────────── */

/** The region itself and everything below it. */
export function isWithin(code: string, ancestor: string, tree: RegionTree): boolean {
  for (let r = tree.get(code); r; r = r.parent ? tree.get(r.parent) : undefined) {
    if (r.code === ancestor) return true;
  }
  return false;
}

/**
 * Which child of `view` a fact in `code` is shown on: the child itself, or the child containing
 * it. Undefined for the view's own facts and for facts outside the view.
 */
export function childOf(code: string, view: string, tree: RegionTree): RegionInfo | undefined {
  for (let r = tree.get(code); r; r = r.parent ? tree.get(r.parent) : undefined) {
    if (r.parent === view) return r;
  }
  return undefined;
}

/** Facts of a region and of the regions below it. */
export function factsWithin(facts: readonly FactRow[], code: string, tree: RegionTree): FactRow[] {
  return facts.filter((f) => isWithin(f.regionCode, code, tree));
}

export function sourceCount(facts: readonly FactRow[]): number {
  return new Set(facts.map((f) => f.source)).size;
}

/* ───────────── map aggregation ───────────── */

export type MapLevel = 'prefecture' | 'county';

export interface ChildAggregate {
  readonly region: RegionInfo;
  /** The region's own facts of the measure (not its sub-regions'), latest first. */
  readonly own: readonly FactRow[];
  /** Facts of the measure in the region and below. */
  readonly measureFacts: readonly FactRow[];
  /** Of those, facts of regions below it. */
  readonly belowCount: number;
}

export interface ShapelessGroup {
  /** The county without a shape. */
  readonly region: RegionInfo;
  /** The prefecture its figures are counted on. */
  readonly countedOn: RegionInfo;
  /** Its facts of the measure. */
  readonly facts: readonly FactRow[];
}

export interface MapAggregate {
  readonly view: RegionInfo;
  /** The level whose regions are coloured: prefectures or counties (always counties in a prefecture). */
  readonly level: MapLevel;
  /** In the province view, how many regions of each level have figures of their own; null in a prefecture. */
  readonly levelCounts: { readonly prefecture: number; readonly county: number } | null;
  /** One entry per region of the coloured level that has a shape, in code order. */
  readonly children: readonly ChildAggregate[];
  /** Province view at county level: prefectures with figures of their own (drawn apart). */
  readonly ownPrefectures: readonly ChildAggregate[];
  /** Facts of the measure in counties without a shape, counted on their prefecture. */
  readonly shapeless: readonly ShapelessGroup[];
  /** Facts of the measure in the window outside any known region of the view (e.g. 000000). */
  readonly unplaced: number;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * The map of `viewCode` (the province, or a prefecture) for the measure in the window: per
 * region of the coloured level, its own figures (latest first) and the figures below it.
 * The province view colours prefectures or counties: `level`, else the level with more regions
 * that have figures of their own (prefectures on a tie). A prefecture view colours its counties.
 * `measure` null: every fact counts (the map of how many statistics each region has).
 */
export function aggregateMap(
  facts: readonly FactRow[],
  articleById: ReadonlyMap<string, ArticleRecord>,
  tree: RegionTree,
  viewCode: string,
  measure: Measure | null,
  window: TimeWindow = {},
  level: MapLevel | null = null,
): MapAggregate {
  let view = tree.get(viewCode) ?? tree.province;
  if (view.level === 'county') view = (view.parent && tree.get(view.parent)) || tree.province;
  const province = view.code === tree.province.code;
  const selected = facts.filter((f) => (!measure || matchesMeasure(f, measure)) && inWindow(f, articleById.get(f.articleId), window));

  const ownBy = new Map<string, FactRow[]>();
  const withinBy = new Map<string, FactRow[]>();
  const shapeless = new Map<string, FactRow[]>();
  let unplaced = 0;
  for (const f of selected) {
    const r = tree.get(f.regionCode);
    if (!r) {
      unplaced++;
      continue;
    }
    if (r.code === view.code || !isWithin(r.code, view.code, tree)) continue;
    push(ownBy, r.code, f);
    if (r.level === 'county') {
      if (!tree.hasShape(r.code)) push(shapeless, r.code, f);
      if (r.parent && r.parent !== view.code) push(withinBy, r.parent, f);
    }
  }
  const aggregate = (region: RegionInfo): ChildAggregate => {
    const own = [...(ownBy.get(region.code) ?? [])].sort((a, b) => compareLatest(a, b, articleById));
    const below = withinBy.get(region.code) ?? [];
    return { region, own, measureFacts: [...own, ...below], belowCount: below.length };
  };

  const prefectures = province ? tree.childrenOf(view.code) : [];
  const counties = (province ? prefectures.flatMap((p) => tree.childrenOf(p.code)) : tree.childrenOf(view.code)).filter((c) => tree.hasShape(c.code));
  const levelCounts = province
    ? { prefecture: prefectures.filter((p) => ownBy.has(p.code)).length, county: counties.filter((c) => ownBy.has(c.code)).length }
    : null;
  const chosen: MapLevel = !province ? 'county' : level ?? (levelCounts!.county > levelCounts!.prefecture ? 'county' : 'prefecture');
  const coloured = chosen === 'prefecture' ? prefectures.filter((p) => tree.hasShape(p.code)) : counties;

  const shapelessGroups: ShapelessGroup[] = [...shapeless]
    .map(([code, list]) => {
      const region = tree.get(code)!;
      return { region, countedOn: (region.parent && tree.get(region.parent)) || tree.province, facts: list };
    })
    .sort((a, b) => a.region.code.localeCompare(b.region.code));

  return {
    view,
    level: chosen,
    levelCounts,
    children: coloured.map(aggregate),
    ownPrefectures: chosen === 'county' && province ? prefectures.filter((p) => ownBy.has(p.code)).map(aggregate) : [],
    shapeless: shapelessGroups,
    unplaced,
  };
}

/** The latest own fact of a region for every measure it has, keyed by measure id. */
export function latestByMeasure(
  facts: readonly FactRow[],
  articleById: ReadonlyMap<string, ArticleRecord>,
  code: string,
  keyOf: (f: FactRow) => string,
  window: TimeWindow = {},
): Map<string, { latest: FactRow; facts: FactRow[] }> {
  const groups = new Map<string, FactRow[]>();
  for (const f of facts) {
    if (f.regionCode !== code || !inWindow(f, articleById.get(f.articleId), window)) continue;
    const k = keyOf(f);
    const list = groups.get(k) ?? [];
    list.push(f);
    groups.set(k, list);
  }
  const out = new Map<string, { latest: FactRow; facts: FactRow[] }>();
  for (const [k, list] of groups) out.set(k, { latest: latestFact(list, articleById)!, facts: list });
  return out;
}
