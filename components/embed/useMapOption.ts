'use client';

import { useMemo } from 'react';
import { echarts } from '../charts/echarts-map';
import { useTopology } from '../map/useTopology';
import { echartsProjection, fitProjection, viewFeatures, type RegionCollection } from '@/lib/charts/geo';
import { buildMapOption, type MapOption } from '@/lib/charts/map-option';
import type { MapViewData } from '@/lib/data/view-types';

/**
 * The choropleth's option for `view`, as the dashboard's map draws it (same shapes, projection
 * and map name), for the embed's chart and for the image downloads. Null until the shapes load.
 */
export function useMapOption(view: MapViewData): { option: MapOption | null; error: string | null } {
  const { topology, error } = useTopology();
  const option = useMemo(() => {
    if (!topology) return null;
    const codes = new Set(view.regions.map((r) => r.code));
    const fc: RegionCollection = viewFeatures(topology, view.view.level === 'province' ? 'province' : view.view.code, codes);
    const mapName = `zj-${view.view.code}`;
    echarts.registerMap(mapName, fc as unknown as Parameters<typeof echarts.registerMap>[1]);
    return buildMapOption({ mapName, view, projection: echartsProjection(fitProjection(fc)) });
  }, [topology, view]);
  return { option, error };
}
