/**
 * GET /api/timeline?metric=&region=&from=&to=&paper=&lang=&codes=331181,331100 — the timeline series
 * of the named regions in the time window, loaded on demand when a reader adds regions beyond the
 * top ones.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { factHref, regionHref } from '@/components/common/factHref';
import { byPaper, resolveMeasure } from '@/lib/data/filters';
import { loadDataset } from '@/lib/data/load';
import { regionDisplay } from '@/lib/data/region-names';
import { REGION_TREE } from '@/lib/data/regions';
import { buildTimeline } from '@/lib/data/timeline-view';
import { parseViewState, searchRecord } from '@/lib/view-state';

const MAX_CODES = 30;

export function GET(request: NextRequest) {
  const params = searchRecord(request.nextUrl.searchParams);
  const state = parseViewState(params);
  const codes = (params.codes ?? '').split(',').filter((c) => /^\d{6}$/.test(c)).slice(0, MAX_CODES);
  const ds = byPaper(loadDataset(undefined, state), state.paper);
  const window = { from: state.from ?? undefined, to: state.to ?? undefined };
  const measure = resolveMeasure(ds, REGION_TREE, { metric: state.metric, region: state.region, window });
  const data = buildTimeline(
    ds, REGION_TREE, { measure, region: state.region, lang: state.lang, window, codes },
    (code, fallback) => regionDisplay(code, fallback, state.lang),
    { fact: (a, f) => factHref(a, f, state.lang), region: (c) => regionHref(c, state.lang) },
  );
  return NextResponse.json(data, { headers: { 'Cache-Control': 'no-store' } });
}
