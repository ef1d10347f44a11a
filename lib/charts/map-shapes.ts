/**
 * The map's shapes projected once into SVG path data: a map view (the province, or one
 * prefecture) × the level it colours → a viewBox, one path and label anchor per region, and the
 * other level's borders (province view). Geometry does not depend on the data (only the fills
 * do), so the server projects each (view, level) once and keeps it. Pure: topology in, shapes out.
 */
import { geoPath } from 'd3-geo';
import { fitProjection, levelFeatures, type RegionCollection, type ZhejiangTopology } from './geo';

export interface ShapePath {
  readonly code: string;
  readonly name: string;
  /** SVG path data in viewBox units, rounded to 0.1. */
  readonly d: string;
  /** Label anchor (a point well inside the region), in viewBox units; null for an empty shape. */
  readonly anchor: readonly [number, number] | null;
}

export interface MapShapes {
  /** viewBox: x, y, width, height. */
  readonly box: readonly [number, number, number, number];
  /** Width / height of the drawing: the map box takes this shape on phones (no empty bands). */
  readonly aspect: number;
  readonly regions: readonly ShapePath[];
  /** Province view: the other level's shapes, drawn as borders over the colours. */
  readonly outline: readonly ShapePath[] | null;
}

/** The size the projection is fitted to: about the desktop map's pixels, so 1 unit ≈ 1 px there. */
export const FIT_SIZE: readonly [number, number] = [600, 560];
const PAD = 4;

const round1 = (x: number) => Math.round(x * 10) / 10;

function paths(fc: RegionCollection, path: ReturnType<typeof geoPath>, project: (p: [number, number]) => [number, number] | null): ShapePath[] {
  return fc.features.map((f) => {
    const cp = f.properties.cp ? project(f.properties.cp) : null;
    return {
      code: f.properties.code,
      name: f.properties.name,
      d: path(f) ?? '',
      anchor: cp ? [round1(cp[0]), round1(cp[1])] : null,
    };
  });
}

/**
 * Projects the regions one map view draws: `level` inside `within` (the province: all 11
 * prefectures or all counties with a shape; a prefecture: its counties), fitted to FIT_SIZE.
 */
export function projectShapes(topo: ZhejiangTopology, within: string, level: 'prefecture' | 'county'): MapShapes {
  const province = within.slice(2) === '0000';
  const fc = levelFeatures(topo, province ? level : 'county', within);
  const projection = fitProjection(fc, [FIT_SIZE[0], FIT_SIZE[1]]);
  const path = geoPath(projection).digits(1);
  const project = (p: [number, number]) => projection(p) as [number, number] | null;
  const [[x0, y0], [x1, y1]] = path.bounds(fc);
  const box: [number, number, number, number] = Number.isFinite(x0) && x1 > x0 && y1 > y0
    ? [Math.floor(x0 - PAD), Math.floor(y0 - PAD), Math.ceil(x1 - x0 + 2 * PAD), Math.ceil(y1 - y0 + 2 * PAD)]
    : [0, 0, FIT_SIZE[0], FIT_SIZE[1]];
  const other = level === 'county' ? 'prefecture' : 'county';
  return {
    box,
    aspect: Math.round((box[2] / box[3]) * 1000) / 1000,
    regions: paths(fc, path, project),
    outline: province ? paths(levelFeatures(topo, other, within), path, project) : null,
  };
}
