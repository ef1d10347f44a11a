'use client';

import { useMemo, useRef } from 'react';
import { useSearchParams } from 'next/navigation';
import { fetchJson, keptAnswer } from '@/components/common/fetch-json';
import { mapLegendItems } from '@/lib/charts/map-legend';
import { mapCsv } from '@/lib/export/figure-csv';
import type { MapViewData } from '@/lib/data/view-types';
import ChartDownloads from './ChartDownloads';
import ChartViewButtons from './ChartViewButtons';
import EmbedButton from './EmbedButton';
import { elementSize } from './element-size';
import { embedStateToSearch, parseEmbedState, searchRecord, type EmbedState } from './embed-state';
import { dashboardPath } from './embed-urls';
import type { MapActionsView } from './map-actions-view';
import { useSourceLine } from './useSourceLine';

/** Under the dashboard's map: its source line, the embed button and the downloads (their data fetched when asked for). */
export default function MapActionsInner({ view }: { view: MapActionsView }) {
  const search = useSearchParams();
  const searchText = search.toString();
  const state = useMemo<EmbedState>(() => ({
    ...parseEmbedState(searchRecord(new URLSearchParams(searchText))),
    metric: view.metric ?? 'count', region: view.code, level: view.level, from: view.from, to: view.to,
  }), [searchText, view]);
  const { source, getSource } = useSourceLine('map', state);
  const whole = useMemo(() => keptAnswer(() => fetchJson<MapViewData>(`/api/map${embedStateToSearch(state)}`)), [state]);
  const ref = useRef<HTMLDivElement>(null);

  return (
    <div ref={ref} className="chart-footer" data-testid="map-actions">
      <p className="chart-source" data-testid="map-source">{source}</p>
      <div className="chart-actions">
        <EmbedButton chart="map" state={state} title={view.title} lang={state.lang} />
        <ChartViewButtons linkPath={dashboardPath('map', state)} card=".map-card" title={view.title} lang={state.lang} testPrefix="map" />
        <ChartDownloads
          loadPicture={async () => {
            const [data, picture] = await Promise.all([whole(), import('../map/map-picture')]);
            return { option: await picture.mapPictureOption(data, state.theme), legend: mapLegendItems(data, state.theme) };
          }}
          title={view.title}
          names={{ chart: 'map', region: view.code, metric: view.metric ?? undefined, from: view.from ?? undefined, to: view.to ?? undefined }}
          theme={state.theme}
          lang={state.lang}
          size={() => elementSize(ref.current?.parentElement?.querySelector('[data-testid="zj-map"] .zj-chart'))}
          source={getSource}
          linkPath={dashboardPath('map', state)}
          csv={async (cite) => mapCsv(await whole(), cite)}
        />
      </div>
    </div>
  );
}
