/**
 * The entries of the map's legend: the colour classes (bins) of the measure, then the other
 * styles a region can have. One list for the page's legend and the pictures' (pure).
 */
import type { MapViewData } from '../data/view-types';
import { t } from '../i18n';
import { BELOW_ONLY_COLOR, MAP_COLORS, mapPieces, type MapTheme } from './map-option';

export type SwatchStyle = 'fill' | 'own' | 'below' | 'none';

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly style: SwatchStyle;
}

export function mapLegendItems(view: MapViewData, theme: MapTheme = 'light'): LegendItem[] {
  const m = t(view.lang);
  const c = MAP_COLORS[theme];
  const items: LegendItem[] = mapPieces(view).map((p) => ({ label: p.label, color: p.color, style: 'fill' }));
  if (view.ownPrefectures.length > 0) items.push({ label: m.dash.regions.ownPrefecture, color: c.outline, style: 'own' });
  if (view.level === 'prefecture' && view.regions.some((r) => r.value === null && r.belowFacts > 0)) {
    items.push({ label: m.map.belowOnly, color: theme === 'dark' ? c.below : BELOW_ONLY_COLOR, style: 'below' });
  }
  items.push({ label: m.map.noData, color: c.noData, style: 'none' });
  return items;
}
