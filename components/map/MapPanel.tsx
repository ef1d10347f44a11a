'use client';

import dynamic from 'next/dynamic';
import type { MapViewData } from '@/lib/data/view-types';
import type { Theme } from '@/lib/view-state';
import MapActions from '@/components/embed/MapActions';

const ZhejiangMap = dynamic(() => import('./ZhejiangMap'), {
  ssr: false,
  loading: () => (
    <div className="zj-map" data-testid="zj-map" data-ready="false">
      <div className="map-placeholder">地图加载中… · Loading map…</div>
    </div>
  ),
});

/** Client wrapper: the map (echarts) only ever runs in the browser. */
export default function MapPanel({ view, theme }: { view: MapViewData; theme: Theme }) {
  return <><ZhejiangMap view={view} theme={theme} /><MapActions view={view} /></>;
}
