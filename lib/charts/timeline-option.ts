/**
 * The timeline's ECharts option, built from the server's TimelineData. Pure (echarts types only)
 * so it is checked in node tests. One measure per chart: a level and a change never share an axis,
 * and the y axis names its unit. Points dated by their publication (no period in the text) are
 * hollow triangles; points dated by their period are filled circles.
 */
import type { ComposeOption } from 'echarts/core';
import type { LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption, DataZoomComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption,
} from 'echarts/components';
import type { TimelineData, TimelinePoint, TimelineSeries } from '../data/timeline-view';
import { firstDay, lastDay, type Theme } from '../view-state';
import { t } from '../i18n';

export type TimelineOption = ComposeOption<
  LineSeriesOption | GridComponentOption | TooltipComponentOption | DataZoomComponentOption | LegendComponentOption | AriaComponentOption
>;

/** Okabe–Ito: told apart by readers with colour-vision deficiencies; dashes add a second cue. */
export const SERIES_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'] as const;
const DASHES = ['solid', 'dashed', 'dotted'] as const;

export const PERIOD_SYMBOL = 'circle';
export const PUBLISHED_SYMBOL = 'emptyTriangle';

export interface TimelineWindow {
  readonly from?: string | null;
  readonly to?: string | null;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The order a series' points are drawn in (ECharts' dataIndex indexes this list). A series is one
 * region × one measure, so one indicator: its points are one line, by date.
 */
export function seriesLayout(s: TimelineSeries): (TimelinePoint | null)[] {
  return [...s.points];
}

/** The point behind an ECharts event (seriesIndex, dataIndex), if any. */
export function pointAt(data: TimelineData, seriesIndex: number | undefined, dataIndex: number | undefined): TimelinePoint | undefined {
  const s = data.series[seriesIndex ?? -1];
  return s ? seriesLayout(s)[dataIndex ?? -1] ?? undefined : undefined;
}

/** Tooltip HTML of one point: value, qualifier, region, period and the quote (all escaped). */
export function pointTooltipHtml(p: TimelinePoint, s: TimelineSeries, data: TimelineData): string {
  const m = t(data.lang).timeline;
  const colon = data.lang === 'zh' ? '：' : ': ';
  const lines = [`<strong>${esc(s.name)}</strong>`, `${esc(m.value)}${colon}<b>${esc(p.figure)}</b>`];
  if (p.qualifier) lines.push(`${esc(m.qualifier)}${colon}${esc(p.qualifier)}`);
  lines.push(`${esc(m.period)}${colon}${esc(p.period)}${p.basis === 'published' ? ` <i>(${esc(m.published)})</i>` : ''}`);
  if (p.quote) {
    const q = p.quote;
    lines.push(`<span style="display:inline-block;max-width:22em;white-space:normal">“${esc(q.before)}<b>${esc(q.figure)}</b>${esc(q.after)}”</span>`);
  }
  lines.push(`<span style="color:#6b7785">${esc(m.clickHint)}</span>`);
  return lines.join('<br/>');
}

/** Screen-reader description of the chart. */
export function timelineAria(data: TimelineData): string {
  const zh = data.lang === 'zh';
  const head = zh ? `时间线：${data.measure.label}。` : `Timeline: ${data.measure.label}. `;
  const parts = data.series.map((s) => {
    const first = s.points[0]?.date ?? '';
    const last = s.points[s.points.length - 1]?.date ?? '';
    return zh ? `${s.name}${s.points.length}个点（${first}至${last}）` : `${s.name}: ${s.points.length} points (${first} to ${last})`;
  });
  return head + parts.join(zh ? '；' : '; ');
}

/** Milliseconds (the slider's ends) → the window as YYYY-MM-DD dates (UTC). */
export function windowFromZoom(startMs: number, endMs: number): { from: string; to: string } {
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(Math.min(startMs, endMs)), to: iso(Math.max(startMs, endMs)) };
}

function ms(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Time-axis bounds: all points, padded by a month each side so edge points are not cut. */
export function axisExtent(data: TimelineData): { min: number; max: number } | null {
  const dates = data.series.flatMap((s) => s.points.map((p) => p.date)).sort();
  if (dates.length === 0) return null;
  const pad = 31 * 86_400_000;
  return { min: ms(dates[0]!) - pad, max: ms(dates[dates.length - 1]!) + pad };
}

export function buildTimelineOption(data: TimelineData, window: TimelineWindow = {}, theme: Theme = 'light'): TimelineOption {
  const m = t(data.lang);
  const dark = theme === 'dark';
  const fg = dark ? '#dfe6ee' : '#1f2d3d';
  const muted = dark ? '#9aa7b5' : '#5f6b7a';
  const extent = axisExtent(data);
  const kindWord = data.measure.kind === 'change' ? m.measure.change : m.measure.level;
  const zh = data.lang === 'zh';
  const unit = data.mode === 'count' ? '' : data.measure.unitLabel;
  const word = data.mode === 'count' ? m.timeline.countTooltip(0).replace(/^0\s*/, '') : zh ? kindWord : kindWord.charAt(0).toUpperCase() + kindWord.slice(1);
  const axisName = !unit ? word : zh ? `${word}（${unit}）` : `${word} (${unit})`;

  // Black lines vanish on the dark background: light grey there.
  const colors = SERIES_COLORS.map((c) => (dark && c === '#000000' ? '#e0e0e0' : c));
  const series: LineSeriesOption[] = data.series.map((s, i) => ({
    type: 'line',
    id: `region-${s.code}`,
    name: s.name,
    color: colors[i % colors.length],
    lineStyle: { width: 2, type: DASHES[Math.floor(i / 2) % DASHES.length] },
    symbolSize: 9,
    connectNulls: false,
    emphasis: { focus: 'series' },
    data: seriesLayout(s).map((p) => (p === null ? { value: ['-', '-'] } : {
      value: [p.date, p.value],
      symbol: p.basis === 'published' ? PUBLISHED_SYMBOL : PERIOD_SYMBOL,
      symbolSize: p.basis === 'published' ? 11 : 8,
    })),
  }));

  const startValue = window.from ? ms(firstDay(window.from)) : undefined;
  const endValue = window.to ? ms(lastDay(window.to)) : undefined;

  return {
    aria: { enabled: true, label: { enabled: true, description: timelineAria(data) } },
    color: colors,
    textStyle: { color: fg },
    grid: { left: 56, right: 24, top: 48, bottom: 72, containLabel: true },
    legend: { type: 'scroll', top: 0, textStyle: { color: fg } },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const { seriesIndex = -1, dataIndex = -1 } = p as { seriesIndex?: number; dataIndex?: number };
        const s = data.series[seriesIndex];
        const point = pointAt(data, seriesIndex, dataIndex);
        return s && point ? pointTooltipHtml(point, s, data) : '';
      },
    },
    xAxis: {
      type: 'time',
      ...(extent ? { min: extent.min, max: extent.max } : {}),
      axisLabel: { color: muted, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: axisName,
      nameTextStyle: { color: muted, align: 'left' },
      axisLabel: { color: muted },
      splitLine: { lineStyle: { color: dark ? '#334150' : '#e0e6ec' } },
      scale: data.measure.kind === 'level' ? false : true,
    },
    dataZoom: [
      {
        type: 'slider', id: 'window', xAxisIndex: 0, filterMode: 'none', bottom: 12, height: 22,
        ...(startValue !== undefined ? { startValue } : { start: 0 }),
        ...(endValue !== undefined ? { endValue } : { end: 100 }),
        labelFormatter: (v: number) => new Date(v).toISOString().slice(0, 10),
        textStyle: { color: muted },
      },
      { type: 'inside', xAxisIndex: 0, filterMode: 'none', zoomOnMouseWheel: 'shift', moveOnMouseWheel: false },
    ],
    series,
  } as TimelineOption;
}

/** What ECharts' `datazoom` event carries: percentages, values, or a batch of either. */
export interface ZoomEvent {
  readonly start?: number;
  readonly end?: number;
  readonly startValue?: number;
  readonly endValue?: number;
  readonly batch?: readonly ZoomEvent[];
}

/**
 * The time window a zoom event selects, as YYYY-MM-DD dates; null when it covers the whole
 * axis (no window).
 */
export function zoomToWindow(e: ZoomEvent, extent: { min: number; max: number }): { from: string; to: string } | null {
  const z = e.batch?.[0] ?? e;
  const span = extent.max - extent.min;
  const startMs = z.startValue ?? (z.start !== undefined ? extent.min + (span * z.start) / 100 : undefined);
  const endMs = z.endValue ?? (z.end !== undefined ? extent.min + (span * z.end) / 100 : undefined);
  if (startMs === undefined || endMs === undefined) return null;
  const day = 86_400_000;
  if (startMs <= extent.min + day && endMs >= extent.max - day) return null;
  return windowFromZoom(startMs, endMs);
}
