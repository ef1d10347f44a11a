'use client';

import dynamic from 'next/dynamic';
import type { EmbedTimelineProps } from './EmbedTimeline';

const EmbedTimeline = dynamic(() => import('./EmbedTimeline'), {
  ssr: false,
  loading: () => <div className="embed-chart embed-chart-timeline" data-testid="embed-chart" data-ready="false" aria-busy />,
});

/** Client wrapper: the timeline (echarts) only runs in the browser. */
export default function LazyEmbedTimeline(props: EmbedTimelineProps) {
  return <EmbedTimeline {...props} />;
}
