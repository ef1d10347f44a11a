/**
 * Display formatting for figures, shared by server pages, tooltips and tests. Pure and client-safe.
 */
import type { Comparison, Direction, Qualifier } from '../schema';

/** Made on first use: constructing an Intl formatter loads locale data (~50 ms on a phone), which
 * would otherwise run in the browser at module load, on the page's first long task. */
let grouped: Intl.NumberFormat | null = null;

function trimDecimals(n: number, digits: number): string {
  return Number(n.toFixed(digits)).toString();
}

/** 626 → "626"; 3000 → "3000"; 13000 → "1.3万"; 250000000 → "2.5亿" (as newspapers write them). */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs >= 1e8) return `${sign}${trimDecimals(abs / 1e8, 2)}亿`;
  if (abs >= 1e4) return `${sign}${trimDecimals(abs / 1e4, 2)}万`;
  return `${sign}${trimDecimals(abs, 2)}`;
}

/** Full digits, for titles and tables: 13000 → "13,000". */
export function formatFull(value: number): string {
  return (grouped ??= new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 })).format(value);
}

/** Short qualifier marks for charts and legends: 3000+ (more_than), ≥3000, <3000, ≈3000. */
export function formatCompact(value: number, qualifier: Qualifier = 'exact'): string {
  const n = formatNumber(value);
  switch (qualifier) {
    case 'more_than': return `${n}+`;
    case 'at_least': return `≥${n}`;
    case 'less_than': return `<${n}`;
    case 'about': return `≈${n}`;
    default: return n;
  }
}

/** A level with its qualifier in words: "3000多人", "1.3万多人", "约20人", "626支". */
export function formatLevel(value: number, unit: string, qualifier: Qualifier): string {
  const n = formatNumber(value);
  switch (qualifier) {
    case 'more_than': return `${n}多${unit}`;
    case 'at_least': return `不少于${n}${unit}`;
    case 'less_than': return `不到${n}${unit}`;
    case 'about': return `约${n}${unit}`;
    default: return `${n}${unit}`;
  }
}

const COMPARISON_ZH: Record<Comparison, string> = { '': '', yoy: '同比', mom: '环比', vs_last_year: '比上年' };

/** A change in words: "同比下降13.7%", "增长22%". */
export function formatChange(value: number, unit: string, qualifier: Qualifier, direction: Direction, comparison: Comparison): string {
  const verb = direction === 'decrease' ? '下降' : direction === 'increase' ? '增长' : '';
  return `${COMPARISON_ZH[comparison]}${verb}${formatLevel(Math.abs(value), unit, qualifier)}`;
}

export interface FigureLike {
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly direction: Direction;
  readonly comparison: Comparison;
}

export function formatFigure(f: FigureLike): string {
  return f.direction === 'none'
    ? formatLevel(f.value, f.unit, f.qualifier)
    : formatChange(f.value, f.unit, f.qualifier, f.direction, f.comparison);
}

function isoPart(s: string): { y: string; m?: string; d?: string } {
  const [y = '', m, d] = s.split('-');
  return { y, m: m === undefined ? undefined : String(Number(m)), d: d === undefined ? undefined : String(Number(d)) };
}

function zhDate(s: string, withYear = true): string {
  const p = isoPart(s);
  return `${withYear ? `${p.y}年` : ''}${p.m ? `${p.m}月` : ''}${p.d ? `${p.d}日` : ''}`;
}

/** "2018-01".."2018-06" → "2018年1月—6月"; "2018" → "2018年"; nothing → "". */
export function formatPeriod(start: string, end: string): string {
  if (!start && !end) return '';
  if (!start || !end || start === end) return zhDate(start || end);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return `${zhDate(start)}—${zhDate(end, !sameYear)}`;
}

/** "2018-07-18" → "2018年7月18日". */
export function formatDate(iso: string): string {
  return iso ? zhDate(iso) : '日期不详';
}
