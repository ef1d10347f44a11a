import { mapLegendItems } from '@/lib/charts/map-legend';
import type { MapViewData } from '@/lib/data/view-types';
import { t } from '@/lib/i18n';

const SWATCH_CLASS = { fill: 'swatch', own: 'swatch swatch-own', below: 'swatch swatch-below', none: 'swatch swatch-none' } as const;

/**
 * Legend of the choropleth: the measure and the period it covers, the colour classes, and the
 * other styles (prefectures' own figures boxed, only sub-regions with data, no data hatched).
 */
export default function Legend({ view }: { view: MapViewData }) {
  const m = t(view.lang).map;
  return (
    <div className="legend" data-testid="map-legend">
      <div className="legend-title">
        {view.measure?.label ?? m.noMeasure}
        {view.period && <span className="legend-period" data-testid="legend-period"> · {view.period}</span>}
      </div>
      <ul>
        {mapLegendItems(view).map((item) => (
          <li key={`${item.style}-${item.label}`}>
            <span className={SWATCH_CLASS[item.style]} style={item.style === 'fill' ? { background: item.color } : undefined} aria-hidden />
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
