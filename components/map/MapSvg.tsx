import type { CSSProperties } from 'react';
import type { MapViewData } from '@/lib/data/view-types';
import type { MapShapes } from '@/lib/charts/map-shapes';
import type { MapPaint, PaintedLabel } from '@/lib/charts/map-paint';
import { MAP_COLORS, NO_DATA_DECAL, type MapTheme } from '@/lib/charts/map-option';
import { regionName } from '@/lib/charts/map-tooltip';
import { t } from '@/lib/i18n';
import { el, text } from '@/components/common/markup';

export interface MapSvgProps {
  readonly view: MapViewData;
  readonly shapes: MapShapes;
  readonly paint: MapPaint;
  readonly theme: MapTheme;
  /** Where a region drills to; null: regions are not links (embeds: a click must not navigate the frame). */
  readonly hrefOf: ((code: string) => string) | null;
}

const HATCH_ID = 'zj-map-hatch';

function label(l: PaintedLabel): string {
  return el('g', { transform: `translate(${l.x} ${l.y})`, class: l.wideOnly ? 'lbl lbl-wide' : 'lbl' },
    el('text', { class: 'lbl-s', fill: l.color, stroke: l.halo, 'stroke-width': 2, 'paint-order': 'stroke' }, text(l.text)));
}

/** The SVG's content (its defs, regions, borders and labels) as escaped markup. */
export function mapSvgContent({ view, shapes, paint, theme, hrefOf }: MapSvgProps): string {
  const c = MAP_COLORS[theme];
  const hatch = el('defs', {}, el('pattern', { id: HATCH_ID, patternUnits: 'userSpaceOnUse', width: 7, height: 7, patternTransform: 'rotate(45)' },
    el('rect', { width: 7, height: 7, fill: c.noData }), el('rect', { width: 1.5, height: 7, fill: NO_DATA_DECAL.color })));
  const regions = paint.regions.map(({ shape, datum, state, fill }) => {
    const name = regionName(datum, view);
    const path = el('path', { d: shape.d, fill: state === 'none' ? `url(#${HATCH_ID})` : fill, 'vector-effect': 'non-scaling-stroke' });
    return hrefOf
      ? el('a', { href: hrefOf(shape.code), 'aria-label': name, 'data-code': shape.code, 'data-state': state }, el('title', {}, text(name)), path)
      : el('g', { role: 'img', 'aria-label': name, 'data-code': shape.code, 'data-state': state }, el('title', {}, text(name)), path);
  });
  const outline = shapes.outline
    ? el('g', { class: 'map-outline', fill: 'none', 'pointer-events': 'none', 'aria-hidden': 'true', stroke: paint.dense ? c.outline : c.fine, 'stroke-width': paint.dense ? 1.6 : 0.5, 'stroke-linejoin': 'round' },
      el('path', { d: shapes.outline.d, 'vector-effect': 'non-scaling-stroke' }))
    : '';
  const own = paint.own.map((o) => el('g', { transform: `translate(${o.x} ${o.y})`, class: 'lbl' }, el('g', { class: 'lbl-s' },
    el('rect', { x: -o.width / 2, y: -9, width: o.width, height: 18, rx: 3, fill: o.fill, stroke: c.outline, 'stroke-width': 1 }),
    el('text', { fill: o.color, 'font-size': 11, 'font-weight': 'bold' }, text(o.text)))));
  return hatch
    + el('g', { class: 'map-regions', stroke: c.border, 'stroke-width': paint.dense ? 0.6 : 1, 'stroke-linejoin': 'round' }, ...regions)
    + outline
    + el('g', { class: 'map-labels', 'pointer-events': 'none', 'aria-hidden': 'true', 'font-size': paint.fontSize, 'text-anchor': 'middle', 'dominant-baseline': 'central' },
      ...paint.regions.flatMap((r) => (r.label ? [label(r.label)] : [])), ...own);
}

/**
 * The choropleth as plain SVG, drawn on the server: each region a path in its bin's colour (hatched
 * without data) inside a link that drills (with an accessible name and a <title>), the other
 * level's borders over it, then the labels. Its content is static markup (mapSvgContent, every
 * name escaped): it travels once as a string in React's payload and is not hydrated node by node
 * (some 270 elements that only MapFrame's listeners, delegated, act on).
 */
export default function MapSvg(props: MapSvgProps) {
  const { view, shapes, paint } = props;
  const [bx, by, bw, bh] = shapes.box;
  const m = t(view.lang).map;
  return (
    <svg
      className="zj-chart"
      viewBox={`${bx} ${by} ${bw} ${bh}`}
      width={bw}
      height={bh}
      preserveAspectRatio="xMidYMid meet"
      role="group"
      aria-label={`${m.mapOf(view.view.name)} · ${view.measure?.label ?? m.noMeasure}`}
      style={{ '--label-k': String(paint.phoneScale) } as CSSProperties}
      dangerouslySetInnerHTML={{ __html: mapSvgContent(props) }}
    />
  );
}
