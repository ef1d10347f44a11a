'use client';

import dynamic from 'next/dynamic';
import type { MapViewData } from '@/lib/data/view-types';
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
export default function MapPanel({ view }: { view: MapViewData }) {
  return <><ZhejiangMap view={view} /><MapActions view={view} /></>;
}
