'use client';

import { useMemo } from 'react';
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
}

/**
 * The shapes a map view draws, registered with ECharts: in the province view the coloured level
 * (prefectures or all counties) and the other level as an outline; in a prefecture its counties.
 * The projection is fitted to the coloured shapes; the outline covers the same ground.
 */
export function useMapGeometry(view: MapViewData): { geometry: MapGeometry | null; error: string | null } {
  const { topology, error } = useTopology();
  const geometry = useMemo(() => {
    if (!topology) return null;
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
    return { fc, mapName, outlineName, projection: echartsProjection(fitProjection(fc)) };
  }, [topology, view.view.code, view.view.level, view.level, view.regions]);
  return { geometry, error };
}
