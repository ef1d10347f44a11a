import type { MapViewData } from '@/lib/data/view-types';
import type { ViewState } from '@/lib/view-state';
import MapActions from '@/components/embed/MapActions';
import { mapActionsView } from '@/components/embed/map-actions-view';
import { drillHref } from './drill-href';
import ServerMap from './ServerMap';

/** The dashboard's map (drawn on the server, regions linking to their drill) and its actions. */
export default function MapPanel({ view, state }: { view: MapViewData; state: ViewState }) {
  return (
    <>
      <ServerMap view={view} theme={state.theme} hrefOf={(code) => drillHref(view, state, code)} />
      <MapActions view={mapActionsView(view)} />
    </>
  );
}
