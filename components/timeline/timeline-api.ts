/**
 * The timeline's series from /api/timeline: the regions a reader adds beyond the top ones
 * (useAddedRegions), and the series drawn, with every statistic's download fields, when a download
 * asks (the dashboard's own copy leaves those out). Client-safe.
 */
import { fetchJson } from '@/components/common/fetch-json';
import type { TimelineData } from '@/lib/data/timeline-view';

/** `search` ("?metric=…" or "metric=…", the view's parameters) with `codes` set. */
export function timelineApiPath(search: string, codes: readonly string[]): string {
  const q = new URLSearchParams(search);
  q.set('codes', codes.join(','));
  return `/api/timeline?${q.toString()}`;
}

export function fetchTimeline(search: string, codes: readonly string[]): Promise<TimelineData> {
  return fetchJson<TimelineData>(timelineApiPath(search, codes));
}
