'use client';

import { useMemo } from 'react';
import { geoPath } from 'd3-geo';
import { echarts } from '../charts/echarts-map';
import { echartsProjection, fitProjection, levelFeatures, type RegionCollection } from '@/lib/charts/geo';
import type { MapViewData } from '@/lib/data/view-types';
import { useTopology } from './useTopology';

export interface MapGeometry {
  /** The coloured regions, registered with ECharts as `mapName`. */
  readonly fc: RegionCollection;
  readonly mapName: string;
  /** The province view's other level, drawn as borders over the colours. */
  readonly outlineName?: string;
  readonly projection: ReturnType<typeof echartsProjection>;
  /** Width / height of the projected shapes: on phones the map box takes this shape (no empty bands). */
  readonly aspect: number;
}

/**
 * The shapes a map view draws, registered with ECharts: in the province view the coloured level
 * (prefectures or all counties) and the other level as an outline; in a prefecture its counties.
 * The projection is fitted to the coloured shapes; the outline covers the same ground.
 */
export function useMapGeometry(view: MapViewData, enabled = true): { geometry: MapGeometry | null; error: string | null } {
  const { topology, error } = useTopology();
  const geometry = useMemo(() => {
    if (!topology || !enabled) return null;
    const codes = new Set(view.regions.map((r) => r.code));
    const province = view.view.level === 'province';
    const fc = levelFeatures(topology, view.level, view.view.code, codes);
    const mapName = `zj-${view.view.code}-${view.level}`;
    echarts.registerMap(mapName, fc as unknown as Parameters<typeof echarts.registerMap>[1]);
    let outlineName: string | undefined;
    if (province) {
      const other = view.level === 'county' ? 'prefecture' : 'county';
      outlineName = `zj-${view.view.code}-${other}-outline`;
      echarts.registerMap(outlineName, levelFeatures(topology, other, view.view.code) as unknown as Parameters<typeof echarts.registerMap>[1]);
    }
    const fitted = fitProjection(fc);
    const [[x0, y0], [x1, y1]] = geoPath(fitted).bounds(fc);
    const aspect = x1 > x0 && y1 > y0 ? Math.min(2.5, Math.max(0.5, (x1 - x0) / (y1 - y0))) : 1;
    return { fc, mapName, outlineName, projection: echartsProjection(fitted), aspect: Math.round(aspect * 1000) / 1000 };
  }, [topology, enabled, view.view.code, view.view.level, view.level, view.regions]);
  return { geometry, error };
}
