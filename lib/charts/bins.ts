/**
 * Binned colour scale for the choropleth: at most five classes with round breaks, a sequential
 * ramp for levels and a diverging one (decrease blue, increase orange) for changes.
 * Pure and client-safe; the same pieces drive ECharts' visualMap and the HTML legend.
 */
import { formatNumber as numberIn } from '../i18n/format';
import type { Lang } from '../view-state';

/** A class of values, bounds as in ECharts' visualMap pieces (gt/gte/lt/lte). */
export interface Piece {
  readonly gt?: number;
  readonly gte?: number;
  readonly lt?: number;
  readonly lte?: number;
  readonly label: string;
  readonly color: string;
}

export const NO_DATA_COLOR = '#eceff1';
export const NO_DATA_LABEL = '无数据';
export const BELOW_ONLY_LABEL = '仅下级地区有数据';
const DECREASE = '#2166ac';
const INCREASE = '#b35806';
const ZERO = '#bdbdbd';

function hexToRgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const n = parseInt(h.length === 3 ? h.split('').map((c) => c + c).join('') : h, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Mixes `color` into white: t = 0 white, t = 1 the colour. */
export function tint(color: string, t: number): string {
  const [r, g, b] = hexToRgb(color);
  const mix = (c: number) => Math.round(255 + (c - 255) * t);
  return `#${[mix(r), mix(g), mix(b)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Rounds down to two significant digits: 1234 → 1200, 0.0567 → 0.056. */
export function niceFloor(x: number): number {
  if (x <= 0) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(x)) - 1);
  return Number((Math.floor(x / p) * p).toPrecision(12));
}

/** Break points (ascending, > min, ≤ max) splitting positive `values` into up to `k` classes. */
export function breaks(values: readonly number[], k = 5): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  const classes = Math.min(k, distinct.length);
  const min = sorted[0] ?? 0;
  const out: number[] = [];
  for (let i = 1; i < classes; i++) {
    const q = sorted[Math.floor((i * sorted.length) / classes)]!;
    const b = niceFloor(q);
    if (b > min && !out.includes(b) && (out.length === 0 || b > out[out.length - 1]!)) out.push(b);
  }
  return out;
}

function sidePieces(
  magnitudes: readonly number[], color: string, label: (lo: number, hi: number | null, last: boolean) => string,
  toPiece: (lo: number, hi: number, last: boolean) => Omit<Piece, 'label' | 'color'>,
): Piece[] {
  if (magnitudes.length === 0) return [];
  const min = Math.min(...magnitudes);
  const max = Math.max(...magnitudes);
  const bs = breaks(magnitudes);
  const bounds = [min, ...bs, max];
  const n = bounds.length - 1;
  const pieces: Piece[] = [];
  for (let i = 0; i < Math.max(n, 1); i++) {
    const lo = bounds[i]!;
    const hi = bounds[i + 1] ?? lo;
    const last = i === Math.max(n, 1) - 1;
    const t = n <= 1 ? 0.85 : 0.3 + (0.7 * i) / (n - 1);
    pieces.push({ ...toPiece(lo, hi, last), label: label(lo, last && lo === hi ? null : hi, last), color: tint(color, t) });
  }
  return pieces;
}

function range(lo: number, hi: number | null, suffix: string, lang: Lang = 'zh'): string {
  const formatNumber = (v: number) => numberIn(v, lang);
  return hi === null || hi === lo ? `${formatNumber(lo)}${suffix}` : `${formatNumber(lo)}–${formatNumber(hi)}${suffix}`;
}

/**
 * Label of a class [lo, hi) (or [lo, hi] for the last one). With whole numbers the exclusive top
 * is shown as hi − 1 ("2–4条"); otherwise as hi, the next class starting there.
 */
function classLabel(lo: number, hi: number | null, last: boolean, integers: boolean, suffix: string, lang: Lang = 'zh'): string {
  if (hi !== null && !last && integers && Number.isInteger(hi)) return range(lo, hi - 1, suffix, lang);
  return range(lo, hi, suffix, lang);
}

/** Relative luminance (0 black … 1 white) of a #rrggbb colour, for choosing label colours. */
export function luminance(color: string): number {
  const [r, g, b] = hexToRgb(color).map((c) => {
    const x = c / 255;
    return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Pieces for the values shown. Levels: ascending classes in the metric colour.
 * Changes (signed): decreases from the largest fall, then no change, then increases.
 */
export function buildPieces(values: readonly number[], kind: 'level' | 'change', color: string, unit = '', lang: Lang = 'zh'): Piece[] {
  const words = lang === 'zh' ? { down: '下降 ', up: '增长 ', flat: '持平' } : { down: 'down ', up: 'up ', flat: 'no change' };
  const suffix = lang === 'zh' || unit === '%' ? unit : unit ? ` ${unit}` : '';
  const finite = values.filter((v) => Number.isFinite(v));
  const integers = finite.every((v) => Number.isInteger(v));
  if (kind === 'level') {
    return sidePieces(finite, color, (lo, hi, last) => classLabel(lo, hi, last, integers, suffix, lang),
      (lo, hi, last) => (last ? { gte: lo, lte: hi } : { gte: lo, lt: hi }));
  }
  const falls = finite.filter((v) => v < 0).map((v) => -v);
  const rises = finite.filter((v) => v > 0);
  const down = sidePieces(falls, DECREASE, (lo, hi, last) => `${words.down}${classLabel(lo, hi, last, integers, suffix, lang)}`,
    // A fall of magnitude [lo, hi) is the signed range (−hi, −lo].
    (lo, hi, last) => (last ? { gte: -hi, lte: -lo } : { gt: -hi, lte: -lo })).reverse();
  const zero: Piece[] = finite.some((v) => v === 0) ? [{ gte: 0, lte: 0, label: words.flat, color: ZERO }] : [];
  const up = sidePieces(rises, INCREASE, (lo, hi, last) => `${words.up}${classLabel(lo, hi, last, integers, suffix, lang)}`,
    (lo, hi, last) => (last ? { gte: lo, lte: hi } : { gte: lo, lt: hi }));
  return [...down, ...zero, ...up];
}

/** The piece a value falls in, as ECharts decides it. */
export function inPiece(value: number, p: Piece): boolean {
  return (p.gt === undefined || value > p.gt) && (p.gte === undefined || value >= p.gte)
    && (p.lt === undefined || value < p.lt) && (p.lte === undefined || value <= p.lte);
}

export function pieceOf(value: number, pieces: readonly Piece[]): Piece | undefined {
  return pieces.find((p) => inPiece(value, p));
}
