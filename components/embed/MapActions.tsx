'use client';

import dynamic from 'next/dynamic';
import type { MapViewData } from '@/lib/data/view-types';
import './embed-ui.css';

const MapActionsInner = dynamic(() => import('./MapActionsInner'), { ssr: false });

/** The map's source line, embed button and downloads (client-only, loaded with the map). */
export default function MapActions({ view }: { view: MapViewData }) {
  return <MapActionsInner view={view} />;
}
