'use client';

import dynamic from 'next/dynamic';
import type { MapActionsView } from './map-actions-view';
import './embed-ui.css';

const MapActionsInner = dynamic(() => import('./MapActionsInner'), { ssr: false });

/** The map's source line, embed button and downloads (client-only, loaded with the map). */
export default function MapActions({ view }: { view: MapActionsView }) {
  return <MapActionsInner view={view} />;
}
