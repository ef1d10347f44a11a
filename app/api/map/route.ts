/**
 * GET /api/map?metric=&region=&level=&from=&to=&paper=&reviewed=&lang= — the map's whole view (every
 * region's latest figure as downloads write it), fetched by the dashboard map's downloads when a
 * reader asks for one: the dashboard itself carries only what it draws.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { viewLinks } from '@/components/common/factHref';
import { statsDb } from '@/lib/db/stats-db';
import { embedMapData } from '@/lib/data/view-data';
import { parseViewState, searchRecord } from '@/lib/view-state';

export async function GET(request: NextRequest) {
  const state = parseViewState(searchRecord(request.nextUrl.searchParams));
  const view = await embedMapData(await statsDb(), state, viewLinks(state).fact);
  return NextResponse.json(view, { headers: { 'Cache-Control': 'no-store' } });
}
