import type { Metadata } from 'next';
import { connection } from 'next/server';
import EmbedFrame from '@/components/embed/EmbedFrame';
import LazyEmbedMap from '@/components/embed/LazyEmbedMap';
import { parseEmbedState, type SearchParams } from '@/components/embed/embed-state';
import { dashboardPath } from '@/components/embed/embed-urls';
import { loadDataset } from '@/lib/data/load';
import { buildMapView } from '@/lib/data/map-view';
import { REGION_TREE } from '@/lib/data/regions';
import { formatSourceLine, sourceLineFor } from '@/lib/data/source-line';
import { mapTitle } from '@/lib/export/map-export';

export const metadata: Metadata = { title: '地图 · 浙江平安统计', robots: { index: false } };

/** /embed/map?metric=…&region=…&from=…&to=…&lang=zh|en&theme=light|dark: the map alone, for iframes. */
export default async function EmbedMapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const state = parseEmbedState(await searchParams);
  const ds = loadDataset();
  const view = buildMapView(ds, REGION_TREE, {
    metric: state.metric, region: state.region, from: state.from ?? undefined, to: state.to ?? undefined,
  });
  // What the map actually shows (unknown values fell back to defaults).
  const shown = { ...state, metric: view.measure?.id ?? 'count', region: view.view.code, from: view.window.from ?? null, to: view.window.to ?? null };
  const source = formatSourceLine(sourceLineFor(ds, REGION_TREE, { ...view.window, metric: shown.metric, region: shown.region }, 'map'), state.lang);
  const dashboardHref = dashboardPath('map', shown);
  return (
    <EmbedFrame title={mapTitle(view)} source={source} dashboardHref={dashboardHref} lang={state.lang} theme={state.theme}>
      <LazyEmbedMap view={view} state={shown} source={source} dashboardHref={dashboardHref} />
    </EmbedFrame>
  );
}
