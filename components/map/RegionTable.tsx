import type { MapViewData } from '@/lib/data/view-types';
import type { ViewState } from '@/lib/view-state';
import { regionTableMarkup } from './region-table-markup';

/** The list of the map's regions and their figures beside it (regionTableMarkup: static markup, links included). */
export default function RegionTable({ view, state }: { view: MapViewData; state: ViewState }) {
  return <div className="region-list" data-testid="region-list" dangerouslySetInnerHTML={{ __html: regionTableMarkup(view, state) }} />;
}
