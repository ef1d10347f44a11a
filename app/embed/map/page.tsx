/**
 * /embed/map: the dashboard's map alone, with its source line, for other sites to frame. Reads the
 * URL as the dashboard does (paper filter, English names), so an embed shows what the dashboard shows.
 */
import type { Metadata } from 'next';
import { connection } from 'next/server';
import EmbedFrame from '@/components/embed/EmbedFrame';
import LazyEmbedMap from '@/components/embed/LazyEmbedMap';
import { dashboardPath } from '@/components/embed/embed-urls';
import { byPaper, resolveMeasure } from '@/lib/data/filters';
import { loadDataset } from '@/lib/data/load';
import { buildMapView } from '@/lib/data/map-view';
import { regionDisplay } from '@/lib/data/region-names';
import { REGION_TREE } from '@/lib/data/regions';
import { formatSourceLine, sourceLineFor } from '@/lib/data/source-line';
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
  const ds = byPaper(loadDataset(undefined, state), state.paper);
  const names = (code: string, fallback: string) => regionDisplay(code, fallback, lang);
  const window = { from: state.from ?? undefined, to: state.to ?? undefined };
  const measure = resolveMeasure(ds, REGION_TREE, { metric: state.metric, region: state.region, window });
  const view = buildMapView(ds, REGION_TREE, { measure, region: state.region, level: state.level, ...window, lang, names });
  // What the map actually shows (unknown values fell back to defaults).
  const shown = {
    ...state, metric: view.measure?.id ?? 'count', region: view.view.code, level: view.levels ? view.level : null,
    from: view.window.from ?? null, to: view.window.to ?? null,
  };
  const source = withReviewNote(formatSourceLine(sourceLineFor(ds, REGION_TREE, { ...view.window, metric: shown.metric, region: shown.region }, 'map'), lang), state.reviewed, lang);
  const dashboardHref = dashboardPath('map', shown);
  return (
    <EmbedFrame title={mapTitle(view)} source={source} dashboardHref={dashboardHref} lang={lang} theme={state.theme} showTitle={showTitle}>
      <LazyEmbedMap view={view} state={shown} source={source} dashboardHref={dashboardHref} />
    </EmbedFrame>
  );
}
