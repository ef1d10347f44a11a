/**
 * The map as a picture (PNG/SVG downloads): the same shapes, projection and colours as the page's
 * map, drawn by ECharts with every region's value written on it. Loaded only when a reader asks for
 * a download (ECharts and the TopoJSON are not part of the page). Browser only.
 */
import { echarts } from '../charts/echarts-map';
import { echartsProjection, fitProjection, levelFeatures, type ZhejiangTopology } from '@/lib/charts/geo';
import { buildMapOption, type MapOption, type MapTheme } from '@/lib/charts/map-option';
import { FIT_SIZE } from '@/lib/charts/map-shapes';
import type { MapViewData } from '@/lib/data/view-types';

export const TOPOLOGY_URL = '/geo/zhejiang.topo.json';

let topology: Promise<ZhejiangTopology> | null = null;

/** The TopoJSON, fetched once per page (a failed fetch may be retried). */
function loadTopology(): Promise<ZhejiangTopology> {
  topology ??= fetch(TOPOLOGY_URL)
    .then((r) => {
      if (!r.ok) throw new Error(`${TOPOLOGY_URL}: HTTP ${r.status}`);
      return r.json() as Promise<ZhejiangTopology>;
    })
    .catch((e: unknown) => {
      topology = null;
      throw e;
    });
  return topology;
}

type GeoJsonArg = Parameters<typeof echarts.registerMap>[1];

export async function mapPictureOption(view: MapViewData, theme: MapTheme): Promise<MapOption> {
  const topo = await loadTopology();
  const province = view.view.level === 'province';
  const level = province ? view.level : 'county';
  const codes = new Set(view.regions.map((r) => r.code));
  const fc = levelFeatures(topo, level, view.view.code, codes);
  const mapName = `zj-${view.view.code}-${level}`;
  echarts.registerMap(mapName, fc as unknown as GeoJsonArg);
  let outlineName: string | undefined;
  if (province) {
    const other = level === 'county' ? 'prefecture' : 'county';
    outlineName = `zj-${view.view.code}-${other}-outline`;
    echarts.registerMap(outlineName, levelFeatures(topo, other, view.view.code) as unknown as GeoJsonArg);
  }
  // Fitted as the page's map is (lib/charts/map-shapes.ts), so the picture shows the same drawing.
  const fitted = fitProjection(levelFeatures(topo, level, view.view.code), [FIT_SIZE[0], FIT_SIZE[1]]);
  return buildMapOption({ mapName, outlineName, view, projection: echartsProjection(fitted), theme, values: true });
}
