/**
 * A spark line of one measure's history (the headline panel): an SVG path drawn on the server, no
 * chart library, so the panel costs no script and shifts nothing when it loads. Pure.
 */

export interface SparkInput {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly value: number;
}

export interface SparkGeometry {
  readonly width: number;
  readonly height: number;
  /** "M3,20L40,8…" through the points, oldest first. */
  readonly path: string;
  readonly dots: readonly { readonly x: number; readonly y: number }[];
  /** y of the zero line when the values cross or touch zero (changes), else null. */
  readonly zero: number | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function sparkGeometry(points: readonly SparkInput[], width = 96, height = 28, pad = 3): SparkGeometry | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => Date.parse(`${p.date}T00:00:00Z`));
  const ys = points.map((p) => p.value);
  if (xs.some((x) => !Number.isFinite(x)) || ys.some((y) => !Number.isFinite(y))) return null;
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  let y0 = Math.min(...ys);
  let y1 = Math.max(...ys);
  const crosses = y0 <= 0 && y1 >= 0;
  if (y0 === y1) {
    y0 -= 1;
    y1 += 1;
  }
  // Points on one date (several figures about one period): spread evenly instead of stacked.
  const px = (i: number) => (x1 === x0 ? pad + ((width - 2 * pad) * i) / (points.length - 1) : pad + ((width - 2 * pad) * (xs[i]! - x0)) / (x1 - x0));
  const py = (v: number) => pad + ((height - 2 * pad) * (y1 - v)) / (y1 - y0);
  const dots = points.map((p, i) => ({ x: round(px(i)), y: round(py(p.value)) }));
  return {
    width,
    height,
    path: dots.map((d, i) => `${i === 0 ? 'M' : 'L'}${d.x},${d.y}`).join(''),
    dots,
    zero: crosses ? round(py(0)) : null,
  };
}
