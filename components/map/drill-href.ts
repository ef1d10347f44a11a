import type { MapViewData } from '@/lib/data/view-types';
import { hrefFor, type ViewState } from '@/lib/view-state';
import { regionHref } from '../common/factHref';

/**
 * Where a region of the map drills (as the region list beside it): on the province map a
 * prefecture, or a county, opens the prefecture's map (a county also becomes the selected region);
 * on a prefecture's map a county opens its page. The view's other parameters are kept.
 */
export function drillHref(view: MapViewData, state: ViewState, code: string): string {
  if (view.view.level === 'prefecture') return regionHref(code, view.lang);
  return hrefFor('/', state, { region: code });
}
