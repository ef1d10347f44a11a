'use client';

import dynamic from 'next/dynamic';
import type { MapViewData } from '@/lib/data/view-types';
import { useJsonProp, type JsonProp } from '@/components/common/json-prop';
import './embed-ui.css';

const MapActionsInner = dynamic(() => import('./MapActionsInner'), { ssr: false });

/** The map's source line, embed button and downloads (client-only, loaded with the map; the view as JSON: see json-prop). */
export default function MapActions({ view }: { view: JsonProp<MapViewData> }) {
  return <MapActionsInner view={useJsonProp(view)} />;
}
