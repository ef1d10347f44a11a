/**
 * The option an exported image is drawn from: the chart's own option at the chart's own size, with
 * the title drawn at the top and the source line (and the link to the view) at the bottom, the
 * plot moved in between. No tooltip, no animation, an opaque background. Pure: tests run it in node.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { estimateTextWidth, linesFor } from '../charts/text-width';

export { estimateTextWidth, linesFor };

export type ExportTheme = 'light' | 'dark';

export interface ExportFrame {
  /** CSS pixels of the chart on screen; the image is this size (times the pixel ratio for PNG). */
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** "来源：浙江法制报 · 2018年7月18日—2019年3月2日 · 12篇报道". */
  readonly source: string;
  /** Absolute URL of the same view on the dashboard. */
  readonly link?: string;
  readonly theme?: ExportTheme;
}

export const EXPORT_COLORS: Readonly<Record<ExportTheme, { background: string; text: string; muted: string }>> = {
  light: { background: '#ffffff', text: '#1f2d3d', muted: '#5f6b7a' },
  dark: { background: '#15202b', text: '#e6edf3', muted: '#9fb0c0' },
};

const PAD = 10;
const FOOT_FONT = 11;
const FOOT_LINE = 15;

export function titleFontSize(width: number): number {
  return width < 480 ? 14 : 16;
}

export interface ExportLayout {
  readonly header: number;
  readonly footer: number;
  /** The band left for the plot: top and height in px. */
  readonly plotTop: number;
  readonly plotHeight: number;
}

export function exportLayout(frame: ExportFrame): ExportLayout {
  const header = PAD + Math.round(titleFontSize(frame.width) * 1.4) + 6;
  const textWidth = frame.width - 2 * PAD;
  const lines = linesFor(frame.source, textWidth, FOOT_FONT) + (frame.link ? linesFor(frame.link, textWidth, FOOT_FONT) : 0);
  const footer = lines * FOOT_LINE + PAD + 4;
  const plotHeight = Math.max(40, frame.height - header - footer);
  return { header, footer, plotTop: header, plotHeight };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : []);

/** A map series, centred in the plot band and as large as fits. */
function placeMap(s: Obj, frame: ExportFrame, l: ExportLayout): Obj {
  if (s.type !== 'map') return s;
  const size = Math.max(20, Math.min(frame.width - 2 * PAD, l.plotHeight) * 0.96);
  return { ...s, layoutCenter: [frame.width / 2, l.plotTop + l.plotHeight / 2], layoutSize: size };
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/**
 * A cartesian grid, moved below the title and above the source. `bottom`: its own margin below,
 * replacing the one it kept for a zoom slider (hidden in pictures).
 */
function placeGrid(g: Obj, l: ExportLayout, bottom?: number): Obj {
  return { ...g, top: l.header + num(g.top, 24), bottom: l.footer + (bottom ?? num(g.bottom, 24)) };
}

export function buildExportOption(option: EChartsCoreOption, frame: ExportFrame): EChartsCoreOption {
  const colors = EXPORT_COLORS[frame.theme ?? 'light'];
  const l = exportLayout(frame);
  const o = option as Obj;
  const textWidth = frame.width - 2 * PAD;
  const footText = (text: string, bottom: number, fill: string) => ({
    type: 'text',
    left: PAD,
    bottom,
    silent: true,
    style: { text, width: textWidth, overflow: 'break', fill, font: `${FOOT_FONT}px sans-serif`, lineHeight: FOOT_LINE },
  });
  const linkLines = frame.link ? linesFor(frame.link, textWidth, FOOT_FONT) : 0;
  // The chart's own drawn texts (the timeline's marker key) move down with the plot.
  const own = list(o.graphic).map((g) => (typeof g.top === 'number' ? { ...g, top: g.top + l.header } : g));
  const graphic = [
    ...own,
    footText(frame.source, PAD + linkLines * FOOT_LINE, colors.text),
    ...(frame.link ? [footText(frame.link, PAD, colors.muted)] : []),
  ];
  const { tooltip: _interactive, ...still } = o;
  const out: Obj = {
    ...still,
    animation: false,
    backgroundColor: colors.background,
    title: {
      show: true,
      text: frame.title,
      left: 'center',
      top: PAD,
      textStyle: { fontSize: titleFontSize(frame.width), fontWeight: 'bold', color: colors.text, width: textWidth, overflow: 'truncate' },
    },
    graphic,
    series: list(o.series).map((s) => placeMap(s, frame, l)),
  };
  const slider = list(o.dataZoom).some((d) => d.type === 'slider') ? 24 : undefined;
  if (o.grid !== undefined) out.grid = Array.isArray(o.grid) ? list(o.grid).map((g) => placeGrid(g, l, slider)) : placeGrid(isObj(o.grid) ? o.grid : {}, l, slider);
  else if (list(o.series).some((s) => s.type === 'line' || s.type === 'bar' || s.type === 'scatter')) out.grid = placeGrid({}, l);
  if (o.dataZoom !== undefined) out.dataZoom = list(o.dataZoom).map((d) => (d.type === 'slider' ? { ...d, show: false } : d));
  if (o.legend !== undefined) out.legend = list(o.legend).map((g) => ({ ...g, top: l.header, textStyle: { color: colors.text } }));
  return out as EChartsCoreOption;
}
