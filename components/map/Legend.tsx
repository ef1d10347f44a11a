import { mapPieces } from '@/lib/charts/map-option';
import type { MapViewData } from '@/lib/data/view-types';
import { t } from '@/lib/i18n';

/** Legend of the choropleth: the visualMap's pieces plus the no-data styles (hatched grey). */
export default function Legend({ view }: { view: MapViewData }) {
  const m = t(view.lang).map;
  const pieces = mapPieces(view);
  const showBelow = view.view.level === 'province' && view.regions.some((r) => r.value === null && r.belowFacts > 0);
  return (
    <div className="legend" data-testid="map-legend">
      <div className="legend-title">{view.measure?.label ?? m.noMeasure}</div>
      <ul>
        {pieces.map((p) => (
          <li key={p.label}>
            <span className="swatch" style={{ background: p.color }} aria-hidden />
            {p.label}
          </li>
        ))}
        {showBelow && (
          <li>
            <span className="swatch swatch-below" aria-hidden />
            {m.belowOnly}
          </li>
        )}
        <li>
          <span className="swatch swatch-none" aria-hidden />
          {m.noData}
        </li>
      </ul>
    </div>
  );
}
