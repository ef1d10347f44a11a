/**
 * The map's shapes projected once into SVG path data: a map view (the province, or one
 * prefecture) × the level it colours → a viewBox, one path and label anchor per region, and the
 * other level's borders (province view). Geometry does not depend on the data (only the fills
 * do), so the server projects each (view, level) once and keeps it. Pure: topology in, shapes out.
 */
import { geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import { mesh } from 'topojson-client';
import { fitProjection, levelFeatures, type RegionCollection, type RegionProps, type ZhejiangTopology } from './geo';

export interface ShapePath {
  readonly code: string;
  readonly name: string;
  /** SVG path data in viewBox units: relative commands, points rounded to half a unit. */
  readonly d: string;
  /** Label anchor (a point well inside the region), in viewBox units; null for an empty shape. */
  readonly anchor: readonly [number, number] | null;
}

export interface Outline {
  /** Prefecture borders over the counties, or county borders inside the prefectures. */
  readonly d: string;
  /** Label anchors of the other level's regions (prefectures' own figures are boxed labels there). */
  readonly anchors: Readonly<Record<string, readonly [number, number]>>;
}

export interface MapShapes {
  /** viewBox: x, y, width, height. */
  readonly box: readonly [number, number, number, number];
  /** Width / height of the drawing: the map box takes this shape on phones (no empty bands). */
  readonly aspect: number;
  readonly regions: readonly ShapePath[];
  /** Province view: the other level's borders, drawn over the colours (each border once). */
  readonly outline: Outline | null;
}

/** The size the projection is fitted to: about the desktop map's pixels, so 1 unit ≈ 1 px there. */
export const FIT_SIZE: readonly [number, number] = [600, 560];
const PAD = 4;

const round1 = (x: number) => Math.round(x * 10) / 10;
/** Half a unit (about half a pixel on a desktop screen): finer than the shapes' own simplification. */
const half = (x: number) => Math.round(x * 2) / 2;
/** "0.5" → ".5", "-0.5" → "-.5"; a minus sign separates numbers by itself. */
const num = (v: number) => String(v).replace(/^(-?)0\./, '$1.');
const pair = (dx: number, dy: number) => `${num(dx)}${dy < 0 ? '' : ' '}${num(dy)}`;

/**
 * A d3-geo path context that writes compact SVG path data: relative moves and lines between points
 * rounded to half a unit (differences of rounded points, so nothing drifts), repeated points dropped.
 * Neighbours share their borders point for point, so no gaps open between them.
 */
class CompactPath implements GeoContext {
  private out = '';
  private x = 0;
  private y = 0;
  private x0 = 0;
  private y0 = 0;
  private line = false;
  moveTo(x: number, y: number): void {
    const rx = half(x), ry = half(y);
    this.out += `m${pair(rx - this.x, ry - this.y)}`;
    this.line = false;
    this.x = this.x0 = rx;
    this.y = this.y0 = ry;
  }
  lineTo(x: number, y: number): void {
    const rx = half(x), ry = half(y);
    if (rx === this.x && ry === this.y) return;
    const step = pair(rx - this.x, ry - this.y);
    // After a line, further pairs are lines too: only a separator (a minus sign is one).
    this.out += this.line ? `${step.startsWith('-') ? '' : ' '}${step}` : `l${step}`;
    this.line = true;
    this.x = rx;
    this.y = ry;
  }
  closePath(): void {
    this.out += 'z';
    this.line = false;
    this.x = this.x0;
    this.y = this.y0;
  }
  beginPath(): void {}
  arc(): void {}
  result(): string {
    const d = this.out;
    this.out = '';
    this.x = this.y = this.x0 = this.y0 = 0;
    this.line = false;
    return d;
  }
}

function paths(fc: RegionCollection, projection: GeoProjection): ShapePath[] {
  const context = new CompactPath();
  const draw = geoPath(projection, context);
  return fc.features.map((f) => {
    draw(f);
    const cp = f.properties.cp ? (projection(f.properties.cp) as [number, number] | null) : null;
    return {
      code: f.properties.code,
      name: f.properties.name,
      d: context.result(),
      anchor: cp ? [round1(cp[0]), round1(cp[1])] : null,
    };
  });
}

const prefectureOf = (g: { properties?: Partial<RegionProps> | null }) => (g.properties?.code ?? '').slice(0, 4);

/** The province's other level as borders: between prefectures (and the coast), or between counties of one prefecture. */
function outline(topo: ZhejiangTopology, level: 'prefecture' | 'county', projection: GeoProjection): Outline {
  const counties = topo.objects.counties;
  const borders = level === 'county'
    ? mesh(topo, counties, (a, b) => a === b || prefectureOf(a) !== prefectureOf(b))
    : mesh(topo, counties, (a, b) => a !== b && prefectureOf(a) === prefectureOf(b));
  const context = new CompactPath();
  geoPath(projection, context)(borders);
  const anchors: Record<string, readonly [number, number]> = {};
  for (const f of levelFeatures(topo, level === 'county' ? 'prefecture' : 'county', '330000').features) {
    const p = f.properties.cp ? projection(f.properties.cp) : null;
    if (p) anchors[f.properties.code] = [round1(p[0]), round1(p[1])];
  }
  return { d: context.result(), anchors };
}

/**
 * Projects the regions one map view draws: `level` inside `within` (the province: all 11
 * prefectures or all counties with a shape; a prefecture: its counties), fitted to FIT_SIZE.
 */
export function projectShapes(topo: ZhejiangTopology, within: string, level: 'prefecture' | 'county'): MapShapes {
  const province = within.slice(2) === '0000';
  const fc = levelFeatures(topo, province ? level : 'county', within);
  const projection = fitProjection(fc, [FIT_SIZE[0], FIT_SIZE[1]]);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(fc);
  const box: [number, number, number, number] = Number.isFinite(x0) && x1 > x0 && y1 > y0
    ? [Math.floor(x0 - PAD), Math.floor(y0 - PAD), Math.ceil(x1 - x0 + 2 * PAD), Math.ceil(y1 - y0 + 2 * PAD)]
    : [0, 0, FIT_SIZE[0], FIT_SIZE[1]];
  return {
    box,
    aspect: Math.round((box[2] / box[3]) * 1000) / 1000,
    regions: paths(fc, projection),
    outline: province ? outline(topo, level, projection) : null,
  };
}
