/**
 * GET /embed/source?chart=map|timeline&metric=…&region=…&from=…&to=…&paper=…&lang=…[&codes=330000,331181]
 * The source line of a view as JSON, for the dashboard's downloads (the embed pages compute it
 * on the server directly).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { parseEmbedState, searchRecord } from '@/components/embed/embed-state';
import { statsDb } from '@/lib/db/stats-db';
import { formatSourceLine } from '@/lib/data/source-line';
import { sourceLineData } from '@/lib/data/view-data';
import { withReviewNote } from '@/lib/i18n/review-messages';

export async function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const state = parseEmbedState(searchRecord(search));
  const scope = search.get('chart') === 'timeline' ? 'region' : 'map';
  // The regions a timeline draws (its series): at most 50 six-digit codes.
  const codes = search.get('codes')?.split(',').filter((c) => /^\d{6}$/.test(c)).slice(0, 50);
  const line = await sourceLineData(await statsDb(), {
    metric: state.metric, region: state.region, from: state.from, to: state.to, paper: state.paper, reviewed: state.reviewed,
    ...(codes && codes.length > 0 ? { codes } : {}),
  }, scope);
  return NextResponse.json({ line, text: withReviewNote(formatSourceLine(line, state.lang), state.reviewed, state.lang) }, { headers: { 'Cache-Control': 'no-store' } });
}
