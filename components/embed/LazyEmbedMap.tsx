'use client';

import dynamic from 'next/dynamic';
import type { EmbedMapProps } from './EmbedMap';

const EmbedMap = dynamic(() => import('./EmbedMap'), {
  ssr: false,
  loading: () => <div className="embed-chart" data-testid="embed-chart" data-ready="false" aria-busy />,
});

/** Client wrapper: the map (echarts) only runs in the browser. */
export default function LazyEmbedMap(props: EmbedMapProps) {
  return <EmbedMap {...props} />;
}
