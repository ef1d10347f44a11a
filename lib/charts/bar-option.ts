/**
 * Small horizontal bar chart for one measure on a region page. Pure: types only from echarts.
 */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { MeasureSeries } from '../data/region-view';
import { formatNumber } from '../data/format';
import { tint } from './bins';

export type BarOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | AriaComponentOption>;

const DECREASE = '#2166ac';
const INCREASE = '#b35806';

/** Bars top to bottom in the order given; decreases point left in blue, increases right in orange. */
export function buildBarOption(s: MeasureSeries, color: string): BarOption {
  const items = [...s.items].reverse(); // ECharts draws category 0 at the bottom
  const suffix = s.unit;
  return {
    aria: {
      enabled: true,
      label: { enabled: true, description: `${s.label}：${s.items.map((i) => `${i.label} ${i.figure}`).join('；')}` },
    },
    grid: { left: 8, right: 64, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: { trigger: 'item', formatter: (p: unknown) => items[(p as { dataIndex: number }).dataIndex]?.figure ?? '' },
    xAxis: {
      type: 'value',
      splitNumber: 3,
      axisLabel: { formatter: (v: number) => `${formatNumber(v)}${suffix === '%' ? '%' : ''}`, fontSize: 10, hideOverlap: true },
      splitLine: { lineStyle: { color: '#eef1f4' } },
    },
    yAxis: {
      type: 'category',
      data: items.map((i) => i.label),
      axisLabel: { width: 140, overflow: 'truncate', fontSize: 11 },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        data: items.map((i) => ({
          value: i.value,
          itemStyle: {
            color: s.kind === 'change' ? (i.value < 0 ? DECREASE : INCREASE) : tint(color, 0.85),
          },
        })),
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          formatter: (p: unknown) => items[(p as { dataIndex: number }).dataIndex]?.short ?? '',
        },
      },
    ],
  };
}
