/**
 * GET /embed/source?chart=map|timeline&metric=…&region=…&from=…&to=…&paper=…&lang=…[&codes=330000,331181]
 * The source line of a view as JSON, for the dashboard's downloads (the embed pages compute it
 * on the server directly).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { parseEmbedState, searchRecord } from '@/components/embed/embed-state';
import { loadDataset } from '@/lib/data/load';
import { REGION_TREE } from '@/lib/data/regions';
import { formatSourceLine, sourceLineFor } from '@/lib/data/source-line';
import { withReviewNote } from '@/lib/i18n/review-messages';

export function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const state = parseEmbedState(searchRecord(search));
  const scope = search.get('chart') === 'timeline' ? 'region' : 'map';
  // The regions a timeline draws (its series): at most 50 six-digit codes.
  const codes = search.get('codes')?.split(',').filter((c) => /^\d{6}$/.test(c)).slice(0, 50);
  const line = sourceLineFor(loadDataset(undefined, state), REGION_TREE, {
    metric: state.metric, region: state.region, from: state.from ?? undefined, to: state.to ?? undefined, paper: state.paper ?? undefined,
    ...(codes && codes.length > 0 ? { codes } : {}),
  }, scope);
  return NextResponse.json({ line, text: withReviewNote(formatSourceLine(line, state.lang), state.reviewed, state.lang) }, { headers: { 'Cache-Control': 'no-store' } });
}
