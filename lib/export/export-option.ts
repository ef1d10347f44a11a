/**
 * The option an exported image is drawn from: the chart's own option at the chart's own size, with
 * the title drawn at the top, the legend's classes (maps) and the source line and the link to the
 * view (readable, decoded) at the bottom, the plot moved in between. No tooltip, no animation, an
 * opaque background. Pure: tests run it in node.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { LegendItem } from '../charts/map-legend';
import { estimateTextWidth, linesFor } from '../charts/text-width';
import { readableUrl } from './readable-url';

export { estimateTextWidth, linesFor };

export type ExportTheme = 'light' | 'dark';

export interface ExportFrame {
  /** CSS pixels of the chart on screen; the image is this size (times the pixel ratio for PNG). */
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** "来源：浙江法制报 · 2018年7月18日—2019年3月2日 · 12篇报道". */
  readonly source: string;
  /** Absolute URL of the same view on the dashboard (printed decoded). */
  readonly link?: string;
  readonly theme?: ExportTheme;
  /** The map's legend: colour classes and styles, drawn above the source line. */
  readonly legend?: readonly LegendItem[];
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
  /** Height of the legend band above the footer (0 without a legend). */
  readonly legend: number;
  /** The band left for the plot: top and height in px. */
  readonly plotTop: number;
  readonly plotHeight: number;
}

const SWATCH_W = 14;
const SWATCH_H = 10;
const LEGEND_LINE = 16;

/** Where each legend entry goes (x, row), wrapping at the picture's width. */
export function legendPlacement(items: readonly LegendItem[], width: number): { x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return items.map((item) => {
    const w = SWATCH_W + 4 + estimateTextWidth(item.label, FOOT_FONT) + 12;
    if (x > 0 && x + w > width - 2 * PAD) {
      row++;
      x = 0;
    }
    const at = { x, row };
    x += w;
    return at;
  });
}

/** Lines the title wraps into (a narrow picture keeps all of it). */
function titleLines(frame: ExportFrame): number {
  return linesFor(frame.title, frame.width - 2 * PAD, titleFontSize(frame.width));
}

export function exportLayout(frame: ExportFrame): ExportLayout {
  const header = PAD + titleLines(frame) * Math.round(titleFontSize(frame.width) * 1.4) + 6;
  const textWidth = frame.width - 2 * PAD;
  const link = frame.link ? readableUrl(frame.link) : '';
  const lines = linesFor(frame.source, textWidth, FOOT_FONT) + (link ? linesFor(link, textWidth, FOOT_FONT) : 0);
  const footer = lines * FOOT_LINE + PAD + 4;
  const placed = frame.legend?.length ? legendPlacement(frame.legend, frame.width) : [];
  const legend = placed.length ? (placed[placed.length - 1]!.row + 1) * LEGEND_LINE + 6 : 0;
  const plotHeight = Math.max(40, frame.height - header - footer - legend);
  return { header, footer, legend, plotTop: header, plotHeight };
}

/** The legend as drawn shapes: a swatch (filled, outlined, or hatched for no data) and a label per entry. */
function legendGraphic(items: readonly LegendItem[], frame: ExportFrame, l: ExportLayout, fill: string): Obj[] {
  const top = frame.height - l.footer - l.legend + 3;
  const out: Obj[] = [];
  legendPlacement(items, frame.width).forEach((at, i) => {
    const item = items[i]!;
    const x = PAD + at.x;
    const y = top + at.row * LEGEND_LINE;
    const own = item.style === 'own';
    out.push({
      type: 'rect', silent: true, shape: { x, y: y + 2, width: SWATCH_W, height: SWATCH_H, r: 2 },
      style: { fill: own ? 'transparent' : item.color, stroke: own ? item.color : 'rgba(0,0,0,0.2)', lineWidth: own ? 2 : 1 },
    });
    if (item.style === 'none') {
      for (const dx of [0, 5, 10]) {
        out.push({ type: 'line', silent: true, shape: { x1: x + dx, y1: y + 2 + SWATCH_H, x2: x + dx + 4, y2: y + 2 }, style: { stroke: 'rgba(96,110,122,0.6)', lineWidth: 1 } });
      }
    }
    out.push({ type: 'text', silent: true, style: { x: x + SWATCH_W + 4, y, text: item.label, fill, font: `${FOOT_FONT}px sans-serif` } });
  });
  return out;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : []);

/** A map series, centred in the plot band and as large as fits. */
function placeMap(s: Obj, frame: ExportFrame, l: ExportLayout): Obj {
  if (s.type !== 'map') return s;
  const size = Math.max(20, Math.min(frame.width - 2 * PAD, l.plotHeight) * 0.98);
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
  return { ...g, top: l.header + num(g.top, 24), bottom: l.footer + l.legend + (bottom ?? num(g.bottom, 24)) };
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
  const link = frame.link ? readableUrl(frame.link) : '';
  const linkLines = link ? linesFor(link, textWidth, FOOT_FONT) : 0;
  // The chart's own drawn texts (the timeline's marker key) move down with the plot.
  const own = list(o.graphic).map((g) => (typeof g.top === 'number' ? { ...g, top: g.top + l.header } : g));
  const graphic = [
    ...own,
    ...(frame.legend?.length ? legendGraphic(frame.legend, frame, l, colors.text) : []),
    footText(frame.source, PAD + linkLines * FOOT_LINE, colors.text),
    ...(link ? [footText(link, PAD, colors.muted)] : []),
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
      textStyle: {
        fontSize: titleFontSize(frame.width), fontWeight: 'bold', color: colors.text, width: textWidth, overflow: 'break',
        lineHeight: Math.round(titleFontSize(frame.width) * 1.4),
      },
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
