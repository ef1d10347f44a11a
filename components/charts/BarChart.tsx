'use client';

import { useMemo } from 'react';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { echarts } from './echarts-bar';
import { buildBarOption } from '@/lib/charts/bar-option';
import type { MeasureSeries } from '@/lib/data/region-view';

export default function BarChart({ series, color }: { series: MeasureSeries; color: string }) {
  const option = useMemo(() => buildBarOption(series, color), [series, color]);
  const height = Math.max(90, 28 * series.items.length + 24);
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      opts={{ renderer: 'svg' }}
      style={{ height, width: '100%' }}
    />
  );
}
