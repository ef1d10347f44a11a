/**
 * What the map's downloads carry besides the picture: its title (place, measure, period). Pure.
 */
import type { MapViewData } from '../data/view-types';
import { t } from '../i18n';

/** "浙江省 · 志愿者人数 · 数值（人） · 2018年—2019年". */
export function mapTitle(view: MapViewData): string {
  return [view.view.name, view.measure?.label ?? t(view.lang).map.noMeasure, view.period].filter(Boolean).join(' · ');
}
