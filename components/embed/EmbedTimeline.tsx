'use client';

import { useMemo, useRef, useState } from 'react';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { echarts } from '../charts/echarts-line';
import { buildTimelineOption } from '@/lib/charts/timeline-option';
import type { TimelineData } from '@/lib/data/timeline-view';
import { timelineCsv } from '@/lib/export/figure-csv';
import ChartDownloads from './ChartDownloads';
import { elementSize } from './element-size';
import type { EmbedState } from './embed-state';

export interface EmbedTimelineProps {
  readonly data: TimelineData;
  readonly state: EmbedState;
  readonly title: string;
  readonly source: string;
  readonly dashboardHref: string;
}

/**
 * The embedded timeline: the dashboard's option, but a click or the slider never navigates the
 * frame (the slider zooms in place); its downloads.
 */
export default function EmbedTimeline({ data, state, title, source, dashboardHref }: EmbedTimelineProps) {
  const window = useMemo(() => ({ from: state.from, to: state.to }), [state.from, state.to]);
  const option = useMemo(() => buildTimelineOption(data, window, state.theme), [data, window, state.theme]);
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const onEvents = useMemo(() => ({ finished: () => setReady(true) }), []);
  const empty = data.series.length === 0;

  return (
    <>
      <div ref={box} className="embed-chart embed-chart-timeline" data-testid="embed-chart" data-ready={ready || empty ? 'true' : 'false'}>
        {empty
          ? <p className="muted">{state.lang === 'en' ? 'No statistics for this view.' : '此视图暂无统计。'}</p>
          : <ReactEChartsCore echarts={echarts} option={option} notMerge opts={{ renderer: 'svg' }} onEvents={onEvents} onChartReady={() => setReady(true)} style={{ height: '100%', width: '100%' }} />}
      </div>
      <ChartDownloads
        option={empty ? null : (width: number) => buildTimelineOption(data, window, state.theme, width)}
        title={title}
        names={{ chart: 'timeline', region: state.region, metric: data.measure.id, from: state.from, to: state.to }}
        theme={state.theme}
        lang={state.lang}
        size={() => elementSize(box.current)}
        source={() => Promise.resolve(source)}
        linkPath={dashboardHref}
        csv={(cite) => timelineCsv(data, cite)}
      />
    </>
  );
}
