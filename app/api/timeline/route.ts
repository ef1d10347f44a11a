/**
 * GET /api/timeline?metric=&region=&from=&to=&paper=&lang=&codes=331181,331100 — the timeline series
 * of the named regions in the time window, loaded on demand when a reader adds regions beyond the
 * top ones, and by the dashboard timeline's downloads (with every statistic's download fields).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { viewLinks } from '@/components/common/factHref';
import { statsDb } from '@/lib/db/stats-db';
import { embedTimelineData } from '@/lib/data/view-data';
import { parseViewState, searchRecord } from '@/lib/view-state';

const MAX_CODES = 30;

export async function GET(request: NextRequest) {
  const params = searchRecord(request.nextUrl.searchParams);
  const state = parseViewState(params);
  const codes = [...new Set((params.codes ?? '').split(',').filter((c) => /^\d{6}$/.test(c)))].slice(0, MAX_CODES).sort();
  const data = await embedTimelineData(await statsDb(), state, viewLinks(state), { codes });
  return NextResponse.json(data, { headers: { 'Cache-Control': 'no-store' } });
}
