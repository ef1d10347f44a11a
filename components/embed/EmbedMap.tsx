'use client';

import { useMemo, useRef, useState } from 'react';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { echarts } from '../charts/echarts-map';
import { mapLegendItems } from '@/lib/charts/map-legend';
import { mapCsv } from '@/lib/export/figure-csv';
import { mapTitle } from '@/lib/export/map-export';
import type { MapViewData } from '@/lib/data/view-types';
import Legend from '../map/Legend';
import ChartDownloads from './ChartDownloads';
import { elementSize } from './element-size';
import type { EmbedState } from './embed-state';
import { useMapOption } from './useMapOption';

export interface EmbedMapProps {
  readonly view: MapViewData;
  readonly state: EmbedState;
  readonly source: string;
  readonly dashboardHref: string;
}

/** The embedded choropleth (no drilling: a click must not navigate the frame), its legend and downloads. */
export default function EmbedMap({ view, state, source, dashboardHref }: EmbedMapProps) {
  const { option: themed, error } = useMapOption(view, state.theme);
  const { option: picture } = useMapOption(view, state.theme, true);
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const onEvents = useMemo(() => ({ finished: () => setReady(true) }), []);

  return (
    <>
      <div ref={box} className="embed-chart" data-testid="embed-chart" data-ready={ready ? 'true' : 'false'} aria-busy={!ready}>
        {error && <p className="map-error" role="alert">{state.lang === 'en' ? 'The map failed to load: ' : '地图加载失败：'}{error}</p>}
        {themed && (
          <ReactEChartsCore echarts={echarts} option={themed} notMerge opts={{ renderer: 'svg' }} onEvents={onEvents} onChartReady={() => setReady(true)} style={{ height: '100%', width: '100%' }} />
        )}
      </div>
      <Legend view={view} />
      <ChartDownloads
        option={picture}
        title={mapTitle(view)}
        names={{ chart: 'map', region: view.view.code, metric: view.measure?.id, from: view.window.from, to: view.window.to }}
        theme={state.theme}
        lang={state.lang}
        size={() => elementSize(box.current)}
        source={() => Promise.resolve(source)}
        linkPath={dashboardHref}
        legend={mapLegendItems(view, state.theme)}
        csv={(cite) => mapCsv(view, cite)}
      />
    </>
  );
}
