/**
 * Map geometry for the choropleth: TopoJSON (public/geo/zhejiang.topo.json, objects
 * `prefectures` and `counties`, properties.code/name) → GeoJSON for one view, a d3-geo projection
 * fitted to it, and a point inside each region (label anchor and click target).
 * Pure and client-safe.
 */
import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export interface RegionProps {
  readonly code: string;
  readonly name: string;
  /** Label anchor (lng/lat), read by ECharts as the region centre. */
  cp?: [number, number];
}

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;
export type RegionCollection = FeatureCollection<Polygon | MultiPolygon, RegionProps>;

export type ZhejiangTopology = Topology<{
  prefectures: GeometryCollection<RegionProps>;
  counties: GeometryCollection<RegionProps>;
}>;

/** The regions drawn for a view: the prefectures, or the counties of one prefecture. */
export function viewFeatures(topo: ZhejiangTopology, view: 'province' | string, codes?: ReadonlySet<string>): RegionCollection {
  const object = view === 'province' ? topo.objects.prefectures : topo.objects.counties;
  const geometries = object.geometries.filter((g) => {
    const code = (g.properties as Partial<RegionProps> | undefined)?.code ?? '';
    if (codes) return codes.has(code);
    return view === 'province' || code.slice(0, 4) === view.slice(0, 4);
  });
  return withAnchors(feature(topo, { ...object, geometries }) as unknown as RegionCollection);
}

/** Label anchors by region code: a region's shape never changes within a page, so each is found once. */
const ANCHORS = new Map<string, [number, number] | null>();

function withAnchors(fc: RegionCollection): RegionCollection {
  for (const f of fc.features) {
    const key = f.properties.code;
    let cp = ANCHORS.get(key);
    if (cp === undefined) {
      cp = interiorPoint(f);
      ANCHORS.set(key, cp);
    }
    f.properties = { ...f.properties, ...(cp ? { cp } : {}) };
  }
  return fc;
}

/**
 * The regions of one level inside `within` (the province, or a prefecture): all 11 prefectures,
 * or the counties of the province or of one prefecture. `codes`: only these.
 */
export function levelFeatures(topo: ZhejiangTopology, level: 'prefecture' | 'county', within: string, codes?: ReadonlySet<string>): RegionCollection {
  if (level === 'prefecture') return viewFeatures(topo, 'province', codes);
  const object = topo.objects.counties;
  const province = within.slice(2) === '0000';
  const geometries = object.geometries.filter((g) => {
    const code = (g.properties as Partial<RegionProps> | undefined)?.code ?? '';
    return (codes ? codes.has(code) : true) && (province || code.slice(0, 4) === within.slice(0, 4));
  });
  return withAnchors(feature(topo, { ...object, geometries }) as unknown as RegionCollection);
}

function polygonsOf(f: RegionFeature): Position[][][] {
  const g = f.geometry;
  if (!g) return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Planar area of a ring in degrees², longitude scaled by cos(latitude). */
function ringArea(ring: readonly Position[], k: number): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j]![0]! * k) * ring[i]![1]! - (ring[i]![0]! * k) * ring[j]![1]!;
  }
  return Math.abs(a / 2);
}

function insideRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!, yi = ring[i]![1]!, xj = ring[j]![0]!, yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function segmentDistance2(px: number, py: number, a: Position, b: Position, k: number): number {
  const ax = a[0]! * k, ay = a[1]!, bx = b[0]! * k, by = b[1]!;
  const x = px * k;
  const dx = bx - ax, dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (py - ay) * dy) / len));
  const ex = ax + t * dx - x, ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** Distance (squared, scaled degrees) from a point to the polygon's edges; −1 when outside. */
function depth(x: number, y: number, polygon: readonly Position[][], k: number): number {
  const [outer, ...holes] = polygon;
  if (!outer || !insideRing(x, y, outer) || holes.some((h) => insideRing(x, y, h))) return -1;
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      best = Math.min(best, segmentDistance2(x, y, ring[j]!, ring[i]!, k));
    }
  }
  return best;
}

/**
 * A point well inside the region's largest polygon (far from its edges): a grid search refined
 * twice, so concave shapes such as 丽水市 get a point on land, not their bounding-box centre.
 */
export function interiorPoint(f: RegionFeature): [number, number] | null {
  const polys = polygonsOf(f);
  if (polys.length === 0) return null;
  const lat0 = polys[0]![0]?.[0]?.[1] ?? 30;
  const k = Math.cos((lat0 * Math.PI) / 180);
  let polygon = polys[0]!;
  let area = -1;
  for (const p of polys) {
    const a = p[0] ? ringArea(p[0], k) : 0;
    if (a > area) {
      area = a;
      polygon = p;
    }
  }
  const outer = polygon[0]!;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of outer as [number, number][]) {
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  let best: [number, number] | null = null;
  let bestDepth = -1;
  let cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, w = x1 - x0, h = y1 - y0;
  for (let round = 0; round < 3; round++) {
    const n = round === 0 ? 24 : 10;
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n; j++) {
        const x = cx - w / 2 + (w * i) / n;
        const y = cy - h / 2 + (h * j) / n;
        const d = depth(x, y, polygon, k);
        if (d > bestDepth) {
          bestDepth = d;
          best = [x, y];
        }
      }
    }
    if (!best) break;
    [cx, cy] = best;
    w /= 6;
    h /= 6;
  }
  return best ? [Number(best[0].toFixed(5)), Number(best[1].toFixed(5))] : null;
}

/** Every vertex, as one MultiPoint: its bounds do not depend on ring winding order. */
function vertices(fc: RegionCollection): { type: 'MultiPoint'; coordinates: Position[] } {
  const coordinates: Position[] = [];
  for (const f of fc.features) for (const poly of polygonsOf(f)) for (const ring of poly) coordinates.push(...ring);
  return { type: 'MultiPoint', coordinates };
}

/**
 * An equal-area conic projection centred on the regions (standard parallels at ¼ and ¾ of their
 * latitude span), scaled with fitSize. ECharts rescales the projected shapes to the chart box, so
 * `size` only fixes the aspect ratio the fit aims for.
 */
export function fitProjection(fc: RegionCollection, size: [number, number] = [1000, 1000]): GeoProjection {
  const pts = vertices(fc).coordinates;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of pts as [number, number][]) {
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  if (!Number.isFinite(x0)) { x0 = 118; x1 = 123; y0 = 27; y1 = 31.2; }
  const dy = y1 - y0;
  const target = pts.length > 0 ? { type: 'MultiPoint' as const, coordinates: pts } : { type: 'MultiPoint' as const, coordinates: [[x0, y0], [x1, y1]] };
  return geoConicEqualArea()
    .rotate([-(x0 + x1) / 2, 0])
    .parallels([y0 + dy / 4, y1 - dy / 4])
    .fitSize(size, target);
}

/** The projection as ECharts' map series wants it. */
export function echartsProjection(p: GeoProjection): { project(pt: number[]): number[]; unproject(pt: number[]): number[] } {
  return {
    // ECharts skips points a projection returns null for.
    project: (pt) => p([pt[0]!, pt[1]!]) as number[],
    unproject: (pt) => p.invert?.([pt[0]!, pt[1]!]) as number[],
  };
}
