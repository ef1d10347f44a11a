'use client';

import { useMemo } from 'react';
import { useMapGeometry } from '../map/useMapGeometry';
import { buildMapOption, type MapOption, type MapTheme } from '@/lib/charts/map-option';
import type { MapViewData } from '@/lib/data/view-types';

/**
 * The choropleth's option for `view`, as the dashboard's map draws it (same shapes, projection
 * and map names), for the embed's chart and for the image downloads. Null until the shapes load.
 */
export function useMapOption(view: MapViewData, theme: MapTheme = 'light', values = false, enabled = true): { option: MapOption | null; error: string | null } {
  const { geometry, error } = useMapGeometry(view, enabled);
  const option = useMemo(
    () => (geometry ? buildMapOption({ mapName: geometry.mapName, outlineName: geometry.outlineName, view, projection: geometry.projection, theme, values }) : null),
    [geometry, view, theme, values],
  );
  return { option, error };
}
