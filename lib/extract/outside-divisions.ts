/**
 * Divisions outside Zhejiang (every other province, prefecture and county, Hong Kong, Macao and
 * Taiwan), from the generated lib/extract/data/outside-divisions.json (npm run build:regions). A
 * figure about one of them is region 000000; the codes only tell which names belong together
 * (启东 is in 南通, 崇明 in 上海), so a short name can be checked against its article.
 */
import { shortName } from '../regions/short-name';
import table from './data/outside-divisions.json';

export type OutsideLevel = 'province' | 'prefecture' | 'county';

export interface OutsideDivision {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly level: OutsideLevel;
  /** The prefecture and province it belongs to (a municipality's districts: the municipality). */
  readonly parents: readonly string[];
}

/** Municipalities: their districts belong to the province-level city itself. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

function levelOf(code: string): OutsideLevel {
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
}

function parentsOf(code: string, level: OutsideLevel): string[] {
  const province = `${code.slice(0, 2)}0000`;
  if (level === 'province') return [];
  if (level === 'prefecture' || MUNICIPALITIES.has(code.slice(0, 2)) || code.slice(2, 4) === '90') return [province];
  return [`${code.slice(0, 4)}00`, province];
}

let cached: readonly OutsideDivision[] | null = null;

export function outsideDivisions(): readonly OutsideDivision[] {
  if (!cached) {
    const out: OutsideDivision[] = [];
    for (const entries of Object.values(table.divisions as Record<string, string>)) {
      for (const entry of entries.split('|')) {
        const code = entry.slice(0, 6);
        const name = entry.slice(6);
        const level = levelOf(code);
        out.push({ code, name, shortName: shortName(name), level, parents: parentsOf(code, level) });
      }
    }
    cached = out;
  }
  return cached;
}

/** Whether a region code is outside Zhejiang (or the 000000 of no place). */
export function isOutsideCode(code: string): boolean {
  return !code.startsWith('33');
}

let byCode: ReadonlyMap<string, OutsideDivision> | null = null;

/** The division outside Zhejiang with this code (Taiwan's cities share 710000: the first). */
export function outsideDivision(code: string): OutsideDivision | undefined {
  byCode ??= new Map([...outsideDivisions()].reverse().map((d) => [d.code, d]));
  return byCode.get(code);
}
