/**
 * The region tree the views are drawn on (province → prefectures → counties) as the data layer
 * sees it: types, and the few walks over it the views need. Pure: the tree is passed in
 * (lib/data/regions.ts is the app's), so tests can use their own.
 */
export type DivisionLevel = 'province' | 'prefecture' | 'county';

/** What the views need to know about a region (lib/regions/divisions.ts `Division` fits). */
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

export type MapLevel = 'prefecture' | 'county';

/** The region itself and everything below it. */
export function isWithin(code: string, ancestor: string, tree: RegionTree): boolean {
  for (let r = tree.get(code); r; r = r.parent ? tree.get(r.parent) : undefined) {
    if (r.code === ancestor) return true;
  }
  return false;
}

/**
 * Which child of `view` a region is shown on: the child itself, or the child containing it.
 * Undefined for the view itself and for regions outside it.
 */
export function childOf(code: string, view: string, tree: RegionTree): RegionInfo | undefined {
  for (let r = tree.get(code); r; r = r.parent ? tree.get(r.parent) : undefined) {
    if (r.parent === view) return r;
  }
  return undefined;
}

/** The region a map of `code` shows: a county's map is its prefecture's; unknown codes the province's. */
export function mapView(code: string, tree: RegionTree): RegionInfo {
  const r = tree.get(code);
  if (!r) return tree.province;
  if (r.level !== 'county') return r;
  return (r.parent && tree.get(r.parent)) || tree.province;
}

export function ancestorsOf(code: string, tree: RegionTree): RegionInfo[] {
  const chain: RegionInfo[] = [];
  for (let r = tree.get(code); r; r = r.parent ? tree.get(r.parent) : undefined) chain.unshift(r);
  return chain;
}
