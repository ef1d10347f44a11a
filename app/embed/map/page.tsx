/**
 * /embed/map: the dashboard's map alone, with its source line, for other sites to frame. Reads the
 * URL as the dashboard does (paper filter, English names), so an embed shows what the dashboard shows.
 */
import type { Metadata } from 'next';
import { connection } from 'next/server';
import EmbedFrame from '@/components/embed/EmbedFrame';
import EmbedMap from '@/components/embed/EmbedMap';
import { dashboardPath } from '@/components/embed/embed-urls';
import { statsDb } from '@/lib/db/stats-db';
import { formatSourceLine } from '@/lib/data/source-line';
import { embedMapData, sourceLineData } from '@/lib/data/view-data';
import { withReviewNote } from '@/lib/i18n/review-messages';
import { mapTitle } from '@/lib/export/map-export';
import { parseViewState, type SearchParams } from '@/lib/view-state';

export const metadata: Metadata = { title: '地图 · 浙江平安统计', robots: { index: false } };

/** /embed/map?metric=…&region=…&from=…&to=…&paper=…&lang=zh|en&theme=light|dark: the map alone, for iframes. */
export default async function EmbedMapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const state = parseViewState(params);
  // title=0: the host prints its own title.
  const showTitle = params.title !== '0';
  const lang = state.lang;
  const db = await statsDb();
  const view = await embedMapData(db, state);
  // What the map actually shows (unknown values fell back to defaults).
  const shown = {
    ...state, metric: view.measure?.id ?? 'count', region: view.view.code, level: view.levels ? view.level : null,
    from: view.window.from ?? null, to: view.window.to ?? null,
  };
  const line = await sourceLineData(db, { ...view.window, metric: shown.metric, region: shown.region, paper: state.paper, reviewed: state.reviewed }, 'map');
  const source = withReviewNote(formatSourceLine(line, lang), state.reviewed, lang);
  const dashboardHref = dashboardPath('map', shown);
  return (
    <EmbedFrame title={mapTitle(view)} source={source} dashboardHref={dashboardHref} lang={lang} theme={state.theme} showTitle={showTitle}>
      <EmbedMap view={view} state={shown} source={source} dashboardHref={dashboardHref} />
    </EmbedFrame>
  );
}
