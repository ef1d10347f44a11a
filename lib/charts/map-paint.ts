/**
 * What the server-drawn map paints on its shapes for one view: each region's fill (its bin's
 * colour, grey when only regions below it have figures, hatched without data), the labels that
 * fit without overlapping, and the prefectures' own figures as boxed labels. Pure: the same
 * colours and rules as the pictures' ECharts option (map-option.ts).
 */
import type { MapRegionDatum, MapViewData } from '../data/view-types';
import { pieceOf } from './bins';
import { MAP_COLORS, labelOn, mapPieces, regionState, type MapTheme, type RegionState } from './map-option';
import type { MapShapes, ShapePath } from './map-shapes';
import { estimateTextWidth } from './text-width';

export interface PaintedLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly color: string;
  readonly halo: string;
  /** Hidden on phones, where labels are drawn larger and this one would overlap another. */
  readonly wideOnly: boolean;
}

export interface PaintedRegion {
  readonly shape: ShapePath;
  readonly datum: MapRegionDatum;
  readonly state: RegionState;
  readonly fill: string;
  readonly label: PaintedLabel | null;
}

export interface OwnBox {
  readonly code: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fill: string;
  readonly color: string;
}

export interface MapPaint {
  readonly regions: readonly PaintedRegion[];
  readonly own: readonly OwnBox[];
  /** Label font size in viewBox units (about px on a desktop screen). */
  readonly fontSize: number;
  /** How much larger labels are drawn on phones, where the map is narrower than it was fitted for. */
  readonly phoneScale: number;
  /** The province coloured by all its counties: finer borders, names only where there is a figure. */
  readonly dense: boolean;
}

/** The map's width on a phone, in CSS px (a 390 px screen less the card's padding). */
const PHONE_MAP_WIDTH = 360;
export const OWN_FONT = 11;

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Which labels fit at `scale` (larger regions' labels first; a label overlapping a kept one is dropped). */
function fitting(labels: readonly { x: number; y: number; w: number }[], font: number, scale: number, taken: readonly Box[]): boolean[] {
  const kept: Box[] = [...taken];
  return labels.map((l) => {
    const w = (l.w / 2) * scale, h = (font * 0.65) * scale;
    const box = { x0: l.x - w, x1: l.x + w, y0: l.y - h, y1: l.y + h };
    if (kept.some((k) => overlaps(k, box))) return false;
    kept.push(box);
    return true;
  });
}

export function paintMap(view: MapViewData, shapes: MapShapes, theme: MapTheme = 'light'): MapPaint {
  const c = MAP_COLORS[theme];
  const pieces = mapPieces(view);
  const dense = view.view.level === 'province' && view.level === 'county';
  const fontSize = view.view.level === 'province' && !dense ? 13 : 11;
  const phoneScale = Math.max(1, Math.round((shapes.box[2] / PHONE_MAP_WIDTH) * 100) / 100);
  const byCode = new Map(view.regions.map((r) => [r.code, r]));
  const fillOf = (r: MapRegionDatum, state: RegionState) =>
    state === 'value' ? pieceOf(r.value!, pieces)?.color ?? c.noData : state === 'below' ? c.below : c.noData;

  const own: OwnBox[] = [];
  const ownAt = shapes.outline?.anchors ?? {};
  for (const r of dense ? view.ownPrefectures : []) {
    const at = ownAt[r.code];
    if (r.value === null || !at) continue;
    const fill = pieceOf(r.value, pieces)?.color ?? c.noData;
    const text = `${r.label} ${r.compact ?? ''}`.trim();
    own.push({ code: r.code, text, x: at[0], y: at[1], width: Math.ceil(estimateTextWidth(text, OWN_FONT)) + 8, fill, color: labelOn(fill).color });
  }
  const ownBoxes = (k: number) => own.map((o) => ({ x0: o.x - (o.width / 2) * k, x1: o.x + (o.width / 2) * k, y0: o.y - 9 * k, y1: o.y + 9 * k }));

  const drawn = shapes.regions.flatMap((shape) => {
    const datum = byCode.get(shape.code);
    if (!datum) return [];
    const state = regionState(datum);
    return [{ shape, datum, state, fill: fillOf(datum, state) }];
  });
  // Label candidates, regions with a figure first, then by the room around them (path length ~ size).
  const candidates = drawn
    .filter((d) => d.shape.anchor && (!dense || d.state === 'value'))
    .sort((a, b) => Number(b.state === 'value') - Number(a.state === 'value') || b.shape.d.length - a.shape.d.length);
  const sized = candidates.map((d) => ({ x: d.shape.anchor![0], y: d.shape.anchor![1], w: estimateTextWidth(d.datum.label, fontSize) + 4 }));
  const wide = fitting(sized, fontSize, 1, ownBoxes(1));
  const narrow = fitting(sized, fontSize, phoneScale, ownBoxes(phoneScale));
  const labels = new Map<string, PaintedLabel>();
  candidates.forEach((d, i) => {
    if (!wide[i]) return;
    const on = labelOn(d.fill);
    labels.set(d.shape.code, { text: d.datum.label, x: sized[i]!.x, y: sized[i]!.y, color: on.color, halo: on.textBorderColor, wideOnly: !narrow[i] });
  });
  return {
    regions: drawn.map((d) => ({ ...d, label: labels.get(d.shape.code) ?? null })),
    own,
    fontSize,
    phoneScale,
    dense,
  };
}
