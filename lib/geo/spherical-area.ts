/**
 * Areas in km² of the polygons in one TopoJSON object, keyed by `properties.code`.
 * Uses d3-geo's spherical area, so exterior rings must be clockwise (as mapshaper writes
 * them); a reversed ring would show up as a near-whole-Earth area.
 */
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** IUGG mean Earth radius in km. */
export const EARTH_RADIUS_KM = 6371.0088;

export function areasKm2ByCode(topology: Topology, objectName: string): Map<string, number> {
  const object = topology.objects[objectName];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`TopoJSON object "${objectName}" is not a GeometryCollection`);
  }
  const collection = feature(topology, object as GeometryCollection<{ code: string }>);
  const areas = new Map<string, number>();
  for (const item of collection.features) {
    const code = item.properties.code;
    areas.set(code, (areas.get(code) ?? 0) + geoArea(item) * EARTH_RADIUS_KM ** 2);
  }
  return areas;
}
