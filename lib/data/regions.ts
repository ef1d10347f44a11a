/**
 * The region tree the app uses: lib/regions/divisions.ts (the lead's table) plus the list of
 * county-level units the map has no shape for (lib/geo/missing-shapes.ts).
 */
import { PROVINCE, countiesOf, getDivision, prefectures } from '../regions/divisions';
import { MISSING_SHAPES } from '../geo/missing-shapes';
import type { RegionTree } from './region-tree';

const NO_SHAPE = new Set(MISSING_SHAPES.map((m) => m.code));

export const REGION_TREE: RegionTree = {
  province: PROVINCE,
  get: (code) => getDivision(code),
  childrenOf(code) {
    const d = getDivision(code);
    if (!d) return [];
    if (d.level === 'province') return prefectures();
    if (d.level === 'prefecture') return countiesOf(d.code);
    return [];
  },
  hasShape: (code) => getDivision(code) !== undefined && !NO_SHAPE.has(code),
};
