/**
 * The timeline's ECharts option, built from the server's TimelineData. Pure (echarts types only)
 * so it is checked in node tests. One measure per chart: a level and a change never share an axis,
 * and the y axis names its unit. Per region:
 *   - a line through the figures about a period, each a filled circle at the period's end, with
 *     the period itself drawn as a pale bar from its start to its end;
 *   - the figures the text gives no period for, as hollow triangles at their publication date,
 *     apart from the line (they are not about that day).
 * The key to these marks is drawn in the chart (and so in its pictures). In count mode the bars
 * are figures extracted per month: coverage of the sources, not a trend.
 *
 * The circles are a scatter series (at the plan's index, so a click or tooltip maps back through
 * seriesPlan), drawn as one path once a region has more than LARGE_FROM of them (ECharts' large
 * mode: a decade of monthly points per region is some 1,000 marks, which as separate elements
 * took most of the time of every redraw); the line through them is a silent series after all
 * the plan's ones. Data are [date, value] pairs, not per-item objects (ECharts then keeps no
 * model per point).
 */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption, DataZoomComponentOption, GraphicComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption,
} from 'echarts/components';
import type { TimelineData, TimelinePoint, TimelineSeries } from '../data/timeline-view';
import { estimateTextWidth } from './text-width';
import { firstDay, lastDay, type Theme } from '../view-state';
import { t } from '../i18n';
import { REVIEW_MARK, reviewText } from '../i18n/review-messages';

export type TimelineOption = ComposeOption<
  LineSeriesOption | ScatterSeriesOption | BarSeriesOption | GridComponentOption | TooltipComponentOption | DataZoomComponentOption
  | LegendComponentOption | AriaComponentOption | GraphicComponentOption
>;

/** Okabe–Ito: told apart by readers with colour-vision deficiencies; dashes add a second cue. */
export const SERIES_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'] as const;
const DASHES = ['solid', 'dashed', 'dotted'] as const;

export const PERIOD_SYMBOL = 'circle';
/** A region's period circles are drawn as one path (ECharts' large scatter) beyond this many. */
export const LARGE_FROM = 60;
export const PUBLISHED_SYMBOL = 'emptyTriangle';

export interface TimelineWindow {
  readonly from?: string | null;
  readonly to?: string | null;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type SeriesRole = 'span' | 'period' | 'published' | 'count';

/** One ECharts series: what it draws, for which region (index in data.series), which points. */
export interface PlannedSeries {
  readonly role: SeriesRole;
  readonly region: number;
  readonly points: readonly TimelinePoint[];
}

/**
 * The ECharts series of the chart, in drawing order (ECharts' seriesIndex indexes this list):
 * per region its spans (behind), its line of period figures, its publication-dated figures.
 */
export function seriesPlan(data: TimelineData): PlannedSeries[] {
  if (data.mode === 'count') return data.series.map((s, region) => ({ role: 'count', region, points: s.points }));
  return data.series.flatMap((s, region) => {
    const period = s.points.filter((p) => p.basis === 'period');
    const published = s.points.filter((p) => p.basis === 'published');
    const spans = period.filter((p) => p.start < p.date);
    return [
      ...(spans.length ? [{ role: 'span' as const, region, points: spans }] : []),
      ...(period.length ? [{ role: 'period' as const, region, points: period }] : []),
      ...(published.length ? [{ role: 'published' as const, region, points: published }] : []),
    ];
  });
}

/** The points of a series in the order they are drawn (kept for callers of the single-line layout). */
export function seriesLayout(s: TimelineSeries): (TimelinePoint | null)[] {
  return [...s.points];
}

/** The point behind an ECharts event (seriesIndex, dataIndex), if any (spans are not points). */
export function pointAt(data: TimelineData, seriesIndex: number | undefined, dataIndex: number | undefined): TimelinePoint | undefined {
  const planned = seriesPlan(data)[seriesIndex ?? -1];
  if (!planned || planned.role === 'span') return undefined;
  return planned.points[dataIndex ?? -1];
}

/** The region of an ECharts series. */
export function regionOf(data: TimelineData, seriesIndex: number | undefined): TimelineSeries | undefined {
  const planned = seriesPlan(data)[seriesIndex ?? -1];
  return planned ? data.series[planned.region] : undefined;
}

/** Tooltip HTML of one point: value, qualifier, region, period and the quote (all escaped). */
export function pointTooltipHtml(p: TimelinePoint, s: TimelineSeries, data: TimelineData): string {
  const m = t(data.lang).timeline;
  const colon = data.lang === 'zh' ? '：' : ': ';
  const what = [data.measure.indicator, p.subject].filter(Boolean).join(' · ');
  const lines = [`<strong>${esc(s.name)}</strong>`, `${esc(what || m.value)}${colon}<b>${esc(p.figure)}</b>`];
  if (p.qualifier) lines.push(`${esc(m.qualifier)}${colon}${esc(p.qualifier)}`);
  lines.push(`${esc(m.period)}${colon}${esc(p.period)}${p.basis === 'published' ? ` <i>(${esc(m.published)})</i>` : ''}`);
  if (p.status) {
    const r = reviewText(data.lang);
    lines.push(`${esc(r.readers.tooltip)}${colon}${esc(REVIEW_MARK[p.status])} ${esc(r.status[p.status])}`);
  }
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

/**
 * A YYYY-MM-DD date on the time axis: milliseconds at its UTC midnight, as the axis bounds and the
 * slider are. The series carry these numbers, not the date strings, which ECharts would parse one by
 * one on every redraw (its parseDate, ~10 ms of a prefecture's 800-point timeline, traced) and as
 * local time, a few hours off the bounds.
 */
export function dayMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/**
 * Time-axis bounds: the time window where there is one; else every point and span, padded by a
 * month each side so edge points are not cut.
 */
export function axisExtent(data: TimelineData): { min: number; max: number } | null {
  const dates = data.series.flatMap((s) => s.points.flatMap((p) => [p.start, p.date])).sort();
  const from = data.window.from ? dayMs(firstDay(data.window.from)) : undefined;
  const to = data.window.to ? dayMs(lastDay(data.window.to)) : undefined;
  if (dates.length === 0 && (from === undefined || to === undefined)) return null;
  const pad = 31 * 86_400_000;
  return {
    min: from ?? dayMs(dates[0]!) - pad,
    max: to ?? dayMs(dates[dates.length - 1]!) + pad,
  };
}

/** Rows the legend wraps into at `width` px (plain legend: items flow left to right). */
export function legendRows(names: readonly string[], width: number): number {
  let rows = 1;
  let x = 0;
  for (const n of names) {
    const w = 25 + 5 + estimateTextWidth(n, 12) + 10;
    if (x > 0 && x + w > width - 10) {
      rows++;
      x = 0;
    }
    x += w;
  }
  return rows;
}

const LEGEND_ROW = 22;
const KEY_ROW = 18;

/** The key to the marks (●, △, ▬ or bars), in the chart's words, for the marks present. */
export function markerKey(data: TimelineData): string {
  const m = t(data.lang).timeline;
  if (data.mode === 'count') return `▮ ${m.countKey}`;
  const plan = seriesPlan(data);
  const parts: string[] = [];
  if (plan.some((p) => p.role === 'period')) parts.push(`● ${m.periodEnd}`);
  if (plan.some((p) => p.role === 'span')) parts.push(`▬ ${m.span}`);
  if (plan.some((p) => p.role === 'published')) parts.push(`△ ${m.published}`);
  return parts.join('    ');
}

export function buildTimelineOption(data: TimelineData, window: TimelineWindow = {}, theme: Theme = 'light', width = 800): TimelineOption {
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
  const colorOf = (region: number) => colors[region % colors.length]!;
  const names = data.series.map((s) => s.name);
  const rows = legendRows(names, width);
  const key = markerKey(data);
  const keyTop = rows * LEGEND_ROW + 2;
  const keyLines = Math.max(1, Math.ceil(estimateTextWidth(key, 11) / Math.max(1, width - 20)));
  const gridTop = keyTop + keyLines * KEY_ROW + 22;

  const lines: LineSeriesOption[] = [];
  const series = seriesPlan(data).map((plan): LineSeriesOption | ScatterSeriesOption | BarSeriesOption => {
    const s = data.series[plan.region]!;
    const color = colorOf(plan.region);
    const common = { name: s.name, color, id: `${plan.role}-${s.code}` };
    const pairs = plan.points.map((p) => [dayMs(p.date), p.value]);
    if (plan.role === 'count') {
      return { ...common, type: 'bar', barMaxWidth: 10, data: pairs };
    }
    if (plan.role === 'span') {
      // From the period's first day to its last, a gap between periods.
      const data_: (string | number)[][] = [];
      plan.points.forEach((p, i) => {
        if (i > 0) data_.push(['-', '-']);
        data_.push([dayMs(p.start), p.value], [dayMs(p.date), p.value]);
      });
      return {
        ...common, type: 'line', silent: true, symbol: 'none', connectNulls: false,
        lineStyle: { width: 6, opacity: 0.3, cap: 'butt' }, emphasis: { disabled: true }, tooltip: { show: false }, z: 1, data: data_,
      };
    }
    if (plan.role === 'published') {
      // Publication-dated figures stand apart: no line through them.
      return {
        ...common, type: 'line', symbol: PUBLISHED_SYMBOL, symbolSize: 11, lineStyle: { width: 0, opacity: 0 },
        connectNulls: false, emphasis: { focus: 'series' }, z: 4, data: pairs,
      };
    }
    lines.push({
      ...common, id: `line-${s.code}`, type: 'line', silent: true, symbol: 'none', connectNulls: false,
      lineStyle: { width: 2, type: DASHES[Math.floor(plan.region / 2) % DASHES.length] }, emphasis: { disabled: true }, tooltip: { show: false }, z: 2, data: pairs,
    });
    return {
      ...common, type: 'scatter', symbol: PERIOD_SYMBOL, symbolSize: 8, large: true, largeThreshold: LARGE_FROM,
      emphasis: { focus: 'series' }, z: 3, data: pairs,
    };
  });
  series.push(...lines);

  const startValue = window.from ? dayMs(firstDay(window.from)) : undefined;
  const endValue = window.to ? dayMs(lastDay(window.to)) : undefined;

  return {
    aria: { enabled: true, label: { enabled: true, description: timelineAria(data) } },
    animation: false, // drawn once: lines growing in repaint the SVG every frame
    color: colors,
    textStyle: { color: fg },
    grid: { left: 56, right: 24, top: gridTop, bottom: 72, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: {
      type: 'plain', top: 0, left: 'center', itemGap: 10, textStyle: { color: fg, fontSize: 12 },
      data: names.map((name) => ({ name, icon: 'roundRect' })),
    },
    graphic: [{
      type: 'text', id: 'marker-key', left: 10, top: keyTop, silent: true,
      style: { text: key, fill: muted, font: '11px sans-serif', width: width - 20, overflow: 'break', lineHeight: KEY_ROW },
    }],
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const { seriesIndex = -1, dataIndex = -1 } = p as { seriesIndex?: number; dataIndex?: number };
        const s = regionOf(data, seriesIndex);
        const point = pointAt(data, seriesIndex, dataIndex);
        return s && point ? pointTooltipHtml(point, s, data) : '';
      },
    },
    xAxis: {
      type: 'time',
      ...(extent ? { min: extent.min, max: extent.max } : {}),
      splitNumber: width < 500 ? 3 : 6,
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
 * axis (the window stays as it is).
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
