'use client';

import { useMemo, useRef } from 'react';
import { keptAnswer } from '@/components/common/fetch-json';
import { fetchTimeline } from '@/components/timeline/timeline-api';
import { buildTimelineOption } from '@/lib/charts/timeline-option';
import type { TimelineData } from '@/lib/data/timeline-view';
import { timelineCsv } from '@/lib/export/figure-csv';
import { timelineTitle } from '@/lib/export/timeline-export';
import ChartDownloads from './ChartDownloads';
import ChartViewButtons from './ChartViewButtons';
import EmbedButton from './EmbedButton';
import { elementSize } from './element-size';
import { embedStateToSearch, type EmbedState } from './embed-state';
import { dashboardPath } from './embed-urls';
import { useSourceLine } from './useSourceLine';
import './embed-ui.css';

/**
 * Under the dashboard's timeline: its source line, the embed button and the downloads. The CSV's
 * rows are fetched from /api/timeline for the series drawn (the dashboard's copy of the data
 * carries only what the chart draws).
 */
export default function TimelineActions({ data, state, regionName }: { data: TimelineData; state: EmbedState; regionName: string }) {
  // The measure shown, pinned (a default may change as data is added; an embed must not).
  const view = useMemo<EmbedState>(() => ({ metric: data.measure.id, region: state.region, level: null, from: state.from, to: state.to, paper: state.paper, reviewed: state.reviewed, lang: state.lang, theme: state.theme }),
    [data.measure.id, state.region, state.from, state.to, state.paper, state.reviewed, state.lang, state.theme]);
  const option = useMemo(() => (width: number) => buildTimelineOption(data, { from: view.from, to: view.to }, view.theme, width), [data, view]);
  const codes = useMemo(() => data.series.map((s) => s.code), [data]);
  const { source, getSource } = useSourceLine('timeline', view, codes);
  const whole = useMemo(() => keptAnswer(() => fetchTimeline(embedStateToSearch(view), codes)), [view, codes]);
  const ref = useRef<HTMLDivElement>(null);
  const title = timelineTitle(regionName, data, view.lang);
  return (
    <div ref={ref} className="chart-footer" data-testid="timeline-actions">
      <p className="chart-source" data-testid="timeline-source">{source}</p>
      <div className="chart-actions">
        <EmbedButton chart="timeline" state={view} title={title} lang={view.lang} />
        <ChartViewButtons linkPath={dashboardPath('timeline', view)} card=".timeline-card" title={title} lang={view.lang} testPrefix="timeline" />
        <ChartDownloads
          option={data.series.length > 0 ? option : null}
          title={title}
          names={{ chart: 'timeline', region: view.region, metric: data.measure.id, from: view.from, to: view.to }}
          theme={view.theme}
          lang={view.lang}
          size={() => elementSize(ref.current?.parentElement?.querySelector('[data-testid="timeline-chart"] .echarts-for-react'))}
          source={getSource}
          linkPath={dashboardPath('timeline', view)}
          csv={async (cite) => timelineCsv(await whole(), cite)}
        />
      </div>
    </div>
  );
}
