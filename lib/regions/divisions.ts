/**
 * Zhejiang's province, prefectures and county-level units (GB/T 2260), from the generated
 * table lib/regions/zhejiang-divisions.json (npm run build:regions). Small enough for the browser.
 */
import type { RegionCode, RegionLevel } from '../schema';
import table from './zhejiang-divisions.json';

export interface Division {
  readonly code: RegionCode;
  readonly name: string;
  readonly shortName: string;
  readonly level: Exclude<RegionLevel, 'none'>;
  readonly parent: RegionCode | null;
}

const DIVISIONS: readonly Division[] = table.divisions as Division[];
const BY_CODE: ReadonlyMap<string, Division> = new Map(DIVISIONS.map((d) => [d.code, d]));

export const PROVINCE: Division = BY_CODE.get('330000')!;

export function allDivisions(): readonly Division[] {
  return DIVISIONS;
}

export function getDivision(code: string): Division | undefined {
  return BY_CODE.get(code);
}

export function prefectures(): readonly Division[] {
  return DIVISIONS.filter((d) => d.level === 'prefecture');
}

export function countiesOf(prefectureCode: string): readonly Division[] {
  return DIVISIONS.filter((d) => d.level === 'county' && d.parent === prefectureCode);
}

/** The chain from the province down to the region itself: 浙江省 › 丽水市 › 龙泉市. Empty for an unknown code. */
export function ancestors(code: string): Division[] {
  const chain: Division[] = [];
  for (let d = BY_CODE.get(code); d; d = d.parent ? BY_CODE.get(d.parent) : undefined) chain.unshift(d);
  return chain;
}

/** The prefecture a county belongs to (itself for a prefecture), or undefined for the province. */
export function prefectureOf(code: string): Division | undefined {
  return ancestors(code).find((d) => d.level === 'prefecture');
}
