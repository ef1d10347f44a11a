'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TimelineData, TimelineSeries } from '@/lib/data/timeline-view';
import { fetchTimeline } from './timeline-api';

interface Added {
  /** The view the series were loaded for (the server's timeline of the URL state). */
  readonly for: TimelineData;
  /** The regions the reader added. */
  readonly codes: readonly string[];
  readonly series: readonly TimelineSeries[];
}

export interface AddedRegions {
  /** The regions the reader added (ticked in the list). */
  readonly codes: readonly string[];
  /** Their series in the current view; empty while they are loaded again for a new view. */
  readonly series: readonly TimelineSeries[];
  readonly busy: boolean;
  /** Why the last load failed (the chart is left as it was). */
  readonly error: string | null;
  /** Adds (`on`) or removes a region: its series come from /api/timeline. */
  toggle(code: string, on: boolean): void;
}

const NONE: readonly TimelineSeries[] = [];

/**
 * Regions the reader adds to the timeline beyond the top ones. Their series belong to the view
 * they were loaded for: when the view changes (time window, measure, region, language), they are
 * loaded again for it, never drawn from the old one (a series is one measure in one window). A
 * region without figures in the new view, or now among the drawn ones, drops out of the added.
 */
export function useAddedRegions(data: TimelineData, search: string, failed: (detail: string) => string): AddedRegions {
  const [added, setAdded] = useState<Added>({ for: data, codes: [], series: [] });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Only the latest load may answer (an older one is for a view or a choice that has changed).
  const latest = useRef(0);

  const load = useCallback(async (codes: readonly string[]) => {
    const mine = ++latest.current;
    setError(null);
    if (codes.length === 0) return setAdded({ for: data, codes: [], series: [] });
    setBusy(true);
    try {
      const drawn = new Set(data.series.map((s) => s.code));
      const series = (await fetchTimeline(search, codes)).series.filter((s) => !drawn.has(s.code));
      if (mine === latest.current) setAdded({ for: data, codes: series.map((s) => s.code), series });
    } catch (e) {
      if (mine !== latest.current) return;
      setError(failed(e instanceof Error ? e.message : String(e)));
      // A failed reload for a new view leaves the view's own series, and nothing ticked.
      setAdded((a) => (a.for === data ? a : { for: data, codes: [], series: [] }));
    } finally {
      if (mine === latest.current) setBusy(false);
    }
  }, [data, search, failed]);

  useEffect(() => {
    if (added.for !== data && added.codes.length > 0) void load(added.codes);
  }, [data, added.for, added.codes, load]);

  const toggle = useCallback((code: string, on: boolean) => {
    void load(on ? [...added.codes, code] : added.codes.filter((c) => c !== code));
  }, [added.codes, load]);

  const series = added.for === data ? added.series : NONE;
  return useMemo(() => ({ codes: added.codes, series, busy, error, toggle }), [added.codes, series, busy, error, toggle]);
}
