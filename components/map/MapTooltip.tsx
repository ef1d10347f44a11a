import type { RegionTip } from '@/lib/charts/map-tooltip';

export interface MapTooltipProps {
  readonly tip: RegionTip;
  /** px from the map box's top-left corner. */
  readonly x: number;
  readonly y: number;
  /** Drawn to the left of / above the point (so it stays inside the map). */
  readonly left: boolean;
  readonly up: boolean;
}

/** The hover (or focus) card of one region: name, indicator and subject with the value, period, how many. Text only, one box. */
export default function MapTooltip({ tip, x, y, left, up }: MapTooltipProps) {
  const shift = `translate(${left ? 'calc(-100% - 12px)' : '12px'}, ${up ? 'calc(-100% - 12px)' : '12px'})`;
  return (
    <div className="map-tip" data-testid="map-tooltip" style={{ left: x, top: y, transform: shift }} aria-hidden="true">
      <strong>{tip.title}</strong>
      {tip.lines.map((l, i) => (
        <span key={i} className="map-tip-line">{l.text}{l.strong !== undefined && <b>{l.strong}</b>}{l.after}</span>
      ))}
      <span className="map-tip-line map-tip-hint">{tip.hint}</span>
    </div>
  );
}
