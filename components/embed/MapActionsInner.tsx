'use client';

import { useMemo, useRef } from 'react';
import { useSearchParams } from 'next/navigation';
import { mapLegendItems } from '@/lib/charts/map-legend';
import { mapCsv } from '@/lib/export/figure-csv';
import { mapTitle } from '@/lib/export/map-export';
import type { MapViewData } from '@/lib/data/view-types';
import ChartDownloads from './ChartDownloads';
import ChartViewButtons from './ChartViewButtons';
import EmbedButton from './EmbedButton';
import { elementSize } from './element-size';
import { parseEmbedState, searchRecord, type EmbedState } from './embed-state';
import { dashboardPath } from './embed-urls';
import { useSourceLine } from './useSourceLine';

/** Under the dashboard's map: its source line, the embed button and the downloads. */
export default function MapActionsInner({ view }: { view: MapViewData }) {
  const search = useSearchParams();
  const searchText = search.toString();
  const state = useMemo<EmbedState>(() => ({
    ...parseEmbedState(searchRecord(new URLSearchParams(searchText))),
    metric: view.measure?.id ?? 'count',
    region: view.view.code,
    level: view.levels ? view.level : null,
    from: view.window.from ?? null,
    to: view.window.to ?? null,
  }), [searchText, view]);
  const { source, getSource } = useSourceLine('map', state);
  const ref = useRef<HTMLDivElement>(null);
  const title = mapTitle(view);

  return (
    <div ref={ref} className="chart-footer" data-testid="map-actions">
      <p className="chart-source" data-testid="map-source">{source}</p>
      <div className="chart-actions">
        <EmbedButton chart="map" state={state} title={title} lang={state.lang} />
        <ChartViewButtons linkPath={dashboardPath('map', state)} card=".map-card" title={title} lang={state.lang} testPrefix="map" />
        <ChartDownloads
          loadOption={() => import('../map/map-picture').then((m) => m.mapPictureOption(view, state.theme))}
          title={title}
          names={{ chart: 'map', region: view.view.code, metric: view.measure?.id, from: view.window.from, to: view.window.to }}
          theme={state.theme}
          lang={state.lang}
          size={() => elementSize(ref.current?.parentElement?.querySelector('[data-testid="zj-map"] .zj-chart'))}
          source={getSource}
          linkPath={dashboardPath('map', state)}
          legend={mapLegendItems(view, state.theme)}
          csv={(cite) => mapCsv(view, cite)}
        />
      </div>
    </div>
  );
}
