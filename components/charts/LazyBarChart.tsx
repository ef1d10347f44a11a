'use client';

import dynamic from 'next/dynamic';
import type { MeasureSeries } from '@/lib/data/region-view';

const BarChart = dynamic(() => import('./BarChart'), {
  ssr: false,
  loading: () => <div className="chart-placeholder">图表加载中… · Loading chart…</div>,
});

/** Client wrapper: next/dynamic with ssr: false may only be used in a client component. */
export default function LazyBarChart(props: { series: MeasureSeries; color: string }) {
  return <BarChart {...props} />;
}
