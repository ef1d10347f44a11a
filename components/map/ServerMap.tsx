import type { MapViewData } from '@/lib/data/view-types';
import { paintMap } from '@/lib/charts/map-paint';
import { regionTip, type RegionTip } from '@/lib/charts/map-tooltip';
import type { MapTheme } from '@/lib/charts/map-option';
import { mapShapes } from '@/lib/data/map-shapes-store';
import MapFrame, { type Anchor } from './MapFrame';
import MapSvg from './MapSvg';
import { jsonProp } from '@/components/common/json-prop';

export interface ServerMapProps {
  readonly view: MapViewData;
  readonly theme: MapTheme;
  /** Where a region drills; null in embeds (no links). */
  readonly hrefOf: ((code: string) => string) | null;
  readonly testId?: string;
  readonly className?: string;
}

/**
 * The choropleth drawn on the server: the view's shapes (projected once per view and level),
 * painted with this view's figures, inside the client frame that adds the tooltip and the drill's
 * pending state. No map code runs in the browser.
 */
export default function ServerMap({ view, theme, hrefOf, testId, className }: ServerMapProps) {
  const shapes = mapShapes(view.view.code, view.level);
  const paint = paintMap(view, shapes, theme);
  const anchors: Anchor[] = paint.regions.flatMap(({ shape, datum }) => (shape.anchor ? [{ code: shape.code, name: datum.name, x: shape.anchor[0], y: shape.anchor[1] }] : []));
  const tips: Record<string, RegionTip> = Object.fromEntries(paint.regions.map(({ datum }) => [datum.code, regionTip(datum, view)]));
  return (
    <MapFrame viewCode={view.view.code} box={shapes.box} aspect={shapes.aspect} anchors={jsonProp(anchors)} tips={jsonProp(tips)} drill={hrefOf !== null} testId={testId} className={className}>
      <MapSvg view={view} shapes={shapes} paint={paint} theme={theme} hrefOf={hrefOf} />
    </MapFrame>
  );
}
