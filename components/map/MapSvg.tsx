import type { CSSProperties } from 'react';
import type { MapViewData } from '@/lib/data/view-types';
import type { MapShapes } from '@/lib/charts/map-shapes';
import type { MapPaint, PaintedLabel } from '@/lib/charts/map-paint';
import { MAP_COLORS, NO_DATA_DECAL, type MapTheme } from '@/lib/charts/map-option';
import { regionName } from '@/lib/charts/map-tooltip';
import { t } from '@/lib/i18n';

export interface MapSvgProps {
  readonly view: MapViewData;
  readonly shapes: MapShapes;
  readonly paint: MapPaint;
  readonly theme: MapTheme;
  /** Where a region drills to; null: regions are not links (embeds: a click must not navigate the frame). */
  readonly hrefOf: ((code: string) => string) | null;
}

const HATCH_ID = 'zj-map-hatch';

function Label({ l }: { l: PaintedLabel }) {
  return (
    <g transform={`translate(${l.x} ${l.y})`} className={l.wideOnly ? 'lbl lbl-wide' : 'lbl'}>
      <text className="lbl-s" fill={l.color} stroke={l.halo} strokeWidth={2} paintOrder="stroke">{l.text}</text>
    </g>
  );
}

/**
 * The choropleth as plain SVG, drawn on the server: each region a path in its bin's colour (hatched
 * without data) inside a link that drills (with an accessible name and a <title>), the other
 * level's borders over it, then the labels. Region names are data: React escapes them.
 */
export default function MapSvg({ view, shapes, paint, theme, hrefOf }: MapSvgProps) {
  const c = MAP_COLORS[theme];
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
    >
      <defs>
        <pattern id={HATCH_ID} patternUnits="userSpaceOnUse" width={7} height={7} patternTransform="rotate(45)">
          <rect width={7} height={7} fill={c.noData} />
          <rect width={1.5} height={7} fill={NO_DATA_DECAL.color} />
        </pattern>
      </defs>
      <g className="map-regions" stroke={c.border} strokeWidth={paint.dense ? 0.6 : 1} strokeLinejoin="round">
        {paint.regions.map(({ shape, datum, state, fill }) => {
          const name = regionName(datum, view);
          const path = <path d={shape.d} fill={state === 'none' ? `url(#${HATCH_ID})` : fill} vectorEffect="non-scaling-stroke" />;
          return hrefOf ? (
            <a key={shape.code} href={hrefOf(shape.code)} aria-label={name} data-code={shape.code} data-state={state}>
              <title>{name}</title>
              {path}
            </a>
          ) : (
            <g key={shape.code} role="img" aria-label={name} data-code={shape.code} data-state={state}>
              <title>{name}</title>
              {path}
            </g>
          );
        })}
      </g>
      {shapes.outline && (
        <g className="map-outline" fill="none" pointerEvents="none" aria-hidden="true"
          stroke={paint.dense ? c.outline : c.fine} strokeWidth={paint.dense ? 1.6 : 0.5} strokeLinejoin="round">
          <path d={shapes.outline.d} vectorEffect="non-scaling-stroke" />
        </g>
      )}
      <g className="map-labels" pointerEvents="none" aria-hidden="true" fontSize={paint.fontSize} textAnchor="middle" dominantBaseline="central">
        {paint.regions.map((r) => r.label && <Label key={r.shape.code} l={r.label} />)}
        {paint.own.map((o) => (
          <g key={o.code} transform={`translate(${o.x} ${o.y})`} className="lbl">
            <g className="lbl-s">
              <rect x={-o.width / 2} y={-9} width={o.width} height={18} rx={3} fill={o.fill} stroke={c.outline} strokeWidth={1} />
              <text fill={o.color} fontSize={11} fontWeight="bold">{o.text}</text>
            </g>
          </g>
        ))}
      </g>
    </svg>
  );
}
