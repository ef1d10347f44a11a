'use client';

import dynamic from 'next/dynamic';
import { useMemo, useRef, useState } from 'react';
import type { TimelineData, TimelineSeries } from '@/lib/data/timeline-view';
import { t } from '@/lib/i18n';
import type { Theme } from '@/lib/view-state';
import MoreRegions from './MoreRegions';
import { useNearViewport } from './useNearViewport';

const TimelineChart = dynamic(() => import('./TimelineChart'), {
  ssr: false,
  loading: () => <div className="chart-placeholder timeline-placeholder" data-testid="timeline-loading">…</div>,
});

export interface TimelinePanelProps {
  readonly data: TimelineData;
  readonly window: { readonly from: string | null; readonly to: string | null };
  readonly theme: Theme;
  /** The current query string, for loading more regions from /api/timeline. */
  readonly search: string;
}

/** The chart plus the regions added on demand (fetched per region, never all at once). */
export default function TimelinePanel({ data, window, theme, search }: TimelinePanelProps) {
  const [extra, setExtra] = useState<readonly TimelineSeries[]>([]);
  const merged = useMemo<TimelineData>(() => {
    const shown = new Set(extra.map((s) => s.code));
    return { ...data, series: [...data.series, ...extra], others: data.others.filter((o) => !shown.has(o.code)) };
  }, [data, extra]);
  const m = t(data.lang).timeline;
  // Far below the fold (on phones) the chart loads when the reader comes near it.
  const slot = useRef<HTMLDivElement>(null);
  const near = useNearViewport(slot);
  return (
    <>
      {merged.series.length > 0 && (near
        ? <TimelineChart data={merged} window={window} theme={theme} />
        : <div ref={slot} className="chart-placeholder timeline-placeholder" data-testid="timeline-deferred">…</div>)}
      {data.others.length > 0 && (
        <MoreRegions
          others={data.others}
          shown={extra.map((s) => s.code)}
          label={m.more(data.others.length)}
          loadingLabel={m.loadingMore}
          search={search}
          onLoaded={setExtra}
        />
      )}
    </>
  );
}
