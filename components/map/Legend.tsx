import { mapPieces } from '@/lib/charts/map-option';
import type { MapViewData } from '@/lib/data/view-types';
import { t } from '@/lib/i18n';

/**
 * Legend of the choropleth: the measure and the period it covers, the visualMap's pieces, and the
 * other styles (prefectures' own figures boxed, only sub-regions with data, no data hatched).
 */
export default function Legend({ view }: { view: MapViewData }) {
  const m = t(view.lang).map;
  const pieces = mapPieces(view);
  const showBelow = view.level === 'prefecture' && view.regions.some((r) => r.value === null && r.belowFacts > 0);
  return (
    <div className="legend" data-testid="map-legend">
      <div className="legend-title">
        {view.measure?.label ?? m.noMeasure}
        {view.period && <span className="legend-period" data-testid="legend-period"> · {view.period}</span>}
      </div>
      <ul>
        {pieces.map((p) => (
          <li key={p.label}>
            <span className="swatch" style={{ background: p.color }} aria-hidden />
            {p.label}
          </li>
        ))}
        {view.ownPrefectures.length > 0 && (
          <li>
            <span className="swatch swatch-own" aria-hidden />
            {t(view.lang).dash.regions.ownPrefecture}
          </li>
        )}
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
