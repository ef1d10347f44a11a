import type { MapViewData } from '@/lib/data/view-types';
import Legend from '../map/Legend';
import ServerMap from '../map/ServerMap';
import EmbedMapDownloads from './EmbedMapDownloads';
import type { EmbedState } from './embed-state';

export interface EmbedMapProps {
  readonly view: MapViewData;
  readonly state: EmbedState;
  readonly source: string;
  readonly dashboardHref: string;
}

/** The embedded choropleth, drawn on the server (no drilling: a click must not navigate the frame), its legend and downloads. */
export default function EmbedMap({ view, state, source, dashboardHref }: EmbedMapProps) {
  return (
    <>
      <ServerMap view={view} theme={state.theme} hrefOf={null} testId="embed-chart" className="embed-chart" />
      <Legend view={view} />
      <EmbedMapDownloads view={view} state={state} source={source} dashboardHref={dashboardHref} />
    </>
  );
}
