'use client';

import dynamic from 'next/dynamic';
import { useMemo, useRef } from 'react';
import { useJsonProp, type JsonProp } from '@/components/common/json-prop';
import TimelineActions from '@/components/embed/TimelineActions';
import type { EmbedState } from '@/components/embed/embed-state';
import type { TimelineData } from '@/lib/data/timeline-view';
import { t } from '@/lib/i18n';
import MoreRegions from './MoreRegions';
import TimelineTable from './TimelineTable';
import { useAddedRegions } from './useAddedRegions';
import { useNearViewport } from './useNearViewport';

const TimelineChart = dynamic(() => import('./TimelineChart'), {
  ssr: false,
  loading: () => <div className="chart-placeholder timeline-placeholder" data-testid="timeline-loading">…</div>,
});

export interface TimelinePanelProps {
  /**
   * The timeline's data, as one JSON string (json-prop.ts): a decade of monthly points per region
   * is hundreds of objects, which React's payload would otherwise carry and revive value by value
   * on every view. Sent once, for the chart, its actions and its data table.
   */
  readonly data: JsonProp<TimelineData>;
  /** The URL state (its window is drawn as the slider's position; the actions pin it). */
  readonly state: EmbedState;
  /** The current query string, for loading more regions from /api/timeline. */
  readonly search: string;
  /** The region's name, for the exports' title. */
  readonly regionName: string;
}

/**
 * The chart, the regions added on demand (fetched per region, never all at once), the actions and
 * the data table: all three show the added regions.
 */
export default function TimelinePanel({ data: json, state, search, regionName }: TimelinePanelProps) {
  const data = useJsonProp(json);
  const window = useMemo(() => ({ from: state.from, to: state.to }), [state.from, state.to]);
  const m = t(data.lang).timeline;
  const added = useAddedRegions(data, search, m.loadFailed);
  const extra = added.series;
  const merged = useMemo<TimelineData>(() => {
    if (extra.length === 0) return data;
    const shown = new Set(extra.map((s) => s.code));
    return { ...data, series: [...data.series, ...extra], others: data.others.filter((o) => !shown.has(o.code)) };
  }, [data, extra]);
  // Far below the fold (on phones) the chart loads when the reader comes near it.
  const slot = useRef<HTMLDivElement>(null);
  const near = useNearViewport(slot);
  return (
    <>
      {merged.series.length > 0 && (near
        ? <TimelineChart data={merged} window={window} theme={state.theme} />
        : <div ref={slot} className="chart-placeholder timeline-placeholder" data-testid="timeline-deferred">…</div>)}
      {data.others.length > 0 && (
        <MoreRegions others={data.others} added={added} label={m.more(data.others.length)} loadingLabel={m.loadingMore} />
      )}
      <TimelineActions data={merged} state={state} regionName={regionName} />
      <TimelineTable data={merged} />
    </>
  );
}
