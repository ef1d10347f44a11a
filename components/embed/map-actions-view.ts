/**
 * What the dashboard map's actions need to know of its view (the embed's state, the title): a few
 * fields, sent instead of the whole view, which at a hundred thousand articles is about 110 kB of
 * JSON in every dashboard view. The downloads fetch the whole view from /api/map when asked. Pure.
 */
import type { MapViewData } from '@/lib/data/view-types';
import type { MapLevel } from '@/lib/view-state';
import { mapTitle } from '@/lib/export/map-export';

export interface MapActionsView {
  readonly code: string;
  /** The measure shown ("count": the number of statistics; null: none). */
  readonly metric: string | null;
  /** The province view's level; null in a prefecture (no switch). */
  readonly level: MapLevel | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly title: string;
}

export function mapActionsView(view: MapViewData): MapActionsView {
  return {
    code: view.view.code, metric: view.measure?.id ?? null, level: view.levels ? view.level : null,
    from: view.window.from ?? null, to: view.window.to ?? null, title: mapTitle(view),
  };
}
