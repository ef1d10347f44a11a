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
  /** SVG path data in viewBox units: relative commands, points on the GRID. */
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
/** Points snap to this grid (viewBox units ≈ px on a desktop screen): about the source's own detail. */
export const GRID = 1;
const snap = (x: number) => Math.round(x / GRID) * GRID;
/** "0.5" → ".5", "-0.5" → "-.5"; a minus sign separates numbers by itself. */
const num = (v: number) => String(v).replace(/^(-?)0\./, '$1.');
const pair = (dx: number, dy: number) => `${num(dx)}${dy < 0 ? '' : ' '}${num(dy)}`;

/**
 * A d3-geo path context that writes compact SVG path data: relative moves and lines between points
 * snapped to the grid (differences of snapped points, so nothing drifts), repeated points dropped,
 * and a point dropped where its line goes straight on (it lies on the segment, so the drawing is
 * unchanged). Each test looks only at a point and its two snapped neighbours, the same in either
 * direction: neighbours that share a border keep the same points, and no gap opens between them.
 */
class CompactPath implements GeoContext {
  private out = '';
  private x = 0;
  private y = 0;
  private ring: number[] = [];
  moveTo(x: number, y: number): void {
    this.flush(false);
    this.ring.push(snap(x), snap(y));
  }
  lineTo(x: number, y: number): void {
    const rx = snap(x), ry = snap(y);
    const n = this.ring.length;
    if (rx !== this.ring[n - 2] || ry !== this.ring[n - 1]) this.ring.push(rx, ry);
  }
  closePath(): void {
    this.flush(true);
  }
  private flush(closed: boolean): void {
    const p = this.ring;
    if (p.length === 0) return;
    const [sx, sy] = [p[0]!, p[1]!];
    let out = `m${pair(sx - this.x, sy - this.y)}`;
    let [cx, cy] = [sx, sy];
    let line = false;
    for (let i = 2; i < p.length; i += 2) {
      const [x, y] = [p[i]!, p[i + 1]!];
      if (i + 2 < p.length) {
        const [ax, ay, bx, by] = [p[i - 2]!, p[i - 1]!, p[i + 2]!, p[i + 3]!];
        const straight = (x - ax) * (by - y) - (y - ay) * (bx - x) === 0 && (x - ax) * (bx - x) + (y - ay) * (by - y) > 0;
        if (straight) continue;
      }
      const step = pair(x - cx, y - cy);
      // After a line, further pairs are lines too: only a separator (a minus sign is one).
      out += line ? `${step.startsWith('-') ? '' : ' '}${step}` : `l${step}`;
      line = true;
      [cx, cy] = [x, y];
    }
    this.out += closed ? `${out}z` : out;
    // After z the current point is the subpath's start again.
    [this.x, this.y] = closed ? [sx, sy] : [cx, cy];
    this.ring = [];
  }
  beginPath(): void {}
  arc(): void {}
  result(): string {
    this.flush(false);
    const d = this.out;
    this.out = '';
    this.x = this.y = 0;
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
