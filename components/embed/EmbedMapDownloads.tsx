'use client';

import { mapLegendItems } from '@/lib/charts/map-legend';
import { mapCsv } from '@/lib/export/figure-csv';
import { mapTitle } from '@/lib/export/map-export';
import type { MapViewData } from '@/lib/data/view-types';
import ChartDownloads from './ChartDownloads';
import { elementSize } from './element-size';
import type { EmbedState } from './embed-state';

/** The embedded map's downloads: the pictures (ECharts loaded on demand) and the CSV. */
export default function EmbedMapDownloads({ view, state, source, dashboardHref }: { view: MapViewData; state: EmbedState; source: string; dashboardHref: string }) {
  return (
    <ChartDownloads
      loadPicture={async () => {
        const picture = await import('../map/map-picture');
        return { option: await picture.mapPictureOption(view, state.theme), legend: mapLegendItems(view, state.theme) };
      }}
      title={mapTitle(view)}
      names={{ chart: 'map', region: view.view.code, metric: view.measure?.id, from: view.window.from, to: view.window.to }}
      theme={state.theme}
      lang={state.lang}
      size={() => elementSize(document.querySelector('[data-testid="embed-chart"]'))}
      source={() => Promise.resolve(source)}
      linkPath={dashboardHref}
      csv={(cite) => mapCsv(view, cite)}
    />
  );
}
