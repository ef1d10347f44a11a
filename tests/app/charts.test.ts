import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { geoContains } from 'd3-geo';
import { buildBarOption } from '../../lib/charts/bar-option';
import { breaks, buildPieces, niceFloor, pieceOf, tint } from '../../lib/charts/bins';
import { fitProjection, interiorPoint, viewFeatures, type ZhejiangTopology } from '../../lib/charts/geo';
import { ariaDescription, buildMapOption, mapPieces, tooltipHtml } from '../../lib/charts/map-option';
import { buildRegionPage, type RegionRows } from '../../lib/data/region-view';
import { REGION_TREE } from '../../lib/data/regions';
import * as Q from '../../lib/db/queries';
import { embedMapData, regionPageData } from '../../lib/data/view-data';
import { state, useFixtureDb } from './helpers';

const db = useFixtureDb();
const mapOf = (metric: string, region?: string, level: 'prefecture' | 'county' = 'prefecture') =>
  embedMapData(db(), state({ metric, level, ...(region ? { region } : {}) }));
const TOPO = path.join(__dirname, '..', '..', 'public', 'geo', 'zhejiang.topo.json');

test('bins: round breaks, ascending pieces, every value in exactly one piece', () => {
  assert.equal(niceFloor(1234), 1200);
  assert.equal(niceFloor(0.0567), 0.056);
  assert.deepEqual(breaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5), [3, 5, 7, 9]);
  const values = [120, 626, 3000, 13000, 45, 800];
  const pieces = buildPieces(values, 'level', '#009E73', '人');
  assert.ok(pieces.length >= 2 && pieces.length <= 5);
  for (const v of values) assert.equal(pieces.filter((p) => pieceOf(v, [p])).length, 1, `value ${v}`);
  assert.equal(pieces[0]!.gte, 45);
  assert.equal(pieces.at(-1)!.lte, 13000);
  assert.equal(tint('#000000', 0.5), '#808080');
});

test('bins: changes diverge around zero, decreases first', () => {
  const values = [-61, -22, -13.7, 0, 5, 40];
  const pieces = buildPieces(values, 'change', '#D55E00', '%');
  for (const v of values) assert.equal(pieces.filter((p) => pieceOf(v, [p])).length, 1, `value ${v}`);
  assert.match(pieces[0]!.label, /^下降/);
  assert.ok(pieces.some((p) => p.label === '持平'));
  assert.match(pieces.at(-1)!.label, /^增长/);
  assert.deepEqual(buildPieces([], 'level', '#000'), []);
  const single = buildPieces([3000], 'level', '#CC79A7', '人');
  assert.equal(single.length, 1);
  assert.equal(single[0]!.label, '3000人');
});

test('map option from the fixture: province view', async () => {
  const view = await mapOf('personnel.level.人');
  const projection = { project: (p: number[]) => p, unproject: (p: number[]) => p };
  const option = buildMapOption({ mapName: 'zj-330000', view, projection });
  const series = (option.series as Record<string, unknown>[])[0]!;
  assert.equal(series.type, 'map');
  assert.equal(series.map, 'zj-330000');
  assert.equal(series.nameProperty, 'code');
  assert.equal(series.projection, projection);
  assert.deepEqual(series.labelLayout, { hideOverlap: true });
  const data = series.data as { name: string; value?: number; itemStyle?: { decal?: unknown; areaColor?: string } }[];
  assert.equal(data.length, 11);
  assert.deepEqual(data.filter((d) => d.value !== undefined).map((d) => [d.name, d.value]), [['330500', 3000]]);
  const noData = data.find((d) => d.name === '330300')!;
  assert.ok(noData.itemStyle?.decal, 'no data is hatched');
  assert.ok(data.every((d) => d.value === undefined || Number.isFinite(d.value)), 'no NaN in the chart');
  const vm = option.visualMap as { type: string; pieces: unknown[]; show: boolean };
  assert.equal(vm.type, 'piecewise');
  assert.deepEqual(vm.pieces, mapPieces(view).map((p) => ({ ...p })));
  const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
  const tip = formatter({ name: '330500' });
  assert.match(tip, /湖州市/);
  assert.match(tip, /3000多人/);
  assert.match(tip, /2019年/);
  assert.match(tip, /来源 1 个/);
  assert.match(formatter({ name: '331100' }), /无数据/);
  assert.match(ariaDescription(view), /湖州市3000多人/);
});

test('map option: county view, diverging change, below-only and escaped tooltip', async () => {
  const view = await mapOf('police_calls.change.%', '331100');
  const option = buildMapOption({ mapName: 'zj-331100', view });
  const series = (option.series as Record<string, unknown>[])[0]!;
  const data = series.data as { name: string; value?: number }[];
  assert.deepEqual(data.filter((d) => d.value !== undefined).map((d) => [d.name, d.value]), [['331181', -22]]);
  const r = view.regions.find((x) => x.code === '331181')!;
  assert.match(tooltipHtml(r, view), /同比下降22%/);
  assert.match(tooltipHtml({ ...r, name: '<b>x' }, view), /&#60;b&#62;x/);
  const province = await mapOf('crime.change.%');
  const lishui = (buildMapOption({ mapName: 'm', view: province }).series as Record<string, unknown>[])[0]!;
  const item = (lishui.data as { name: string; itemStyle?: { areaColor?: string; decal?: unknown } }[]).find((d) => d.name === '331100')!;
  assert.equal(item.itemStyle?.decal, undefined, 'only sub-regions have data: plain grey, not hatched');
});

test('geometry: TopoJSON views, interior points inside their region, fitted projection', { skip: !fs.existsSync(TOPO) && 'no map yet' }, () => {
  const topo = JSON.parse(fs.readFileSync(TOPO, 'utf8')) as ZhejiangTopology;
  const prefectures = viewFeatures(topo, 'province');
  assert.equal(prefectures.features.length, 11);
  const lishui = viewFeatures(topo, '331100');
  assert.deepEqual(lishui.features.map((f) => f.properties.code).sort(), REGION_TREE.childrenOf('331100').map((c) => c.code).sort());
  for (const f of [...prefectures.features, ...lishui.features]) {
    const cp = f.properties.cp;
    assert.ok(cp, f.properties.name);
    assert.equal(interiorPoint(f)?.[0], cp[0]);
    // Planar point-in-polygon is checked by d3 on the sphere too (winding-independent here
    // because the regions are small).
    const inside = geoContains(f, cp) || geoContains({ ...f, geometry: rewind(f.geometry) }, cp);
    assert.ok(inside, `${f.properties.name} label point inside`);
  }
  const p = fitProjection(prefectures, [1000, 800]);
  const [x, y] = p([120.2, 29.2])!;
  assert.ok(x > 0 && x < 1000 && y > 0 && y < 800, 'centre of Zhejiang lands inside the box');
  const [hx, hy] = p([120.16, 30.27])!; // 杭州 is north of 丽水
  const [lx, ly] = p([119.92, 28.45])!;
  assert.ok(hy < ly && Math.abs(hx - lx) < 200);
});

function rewind<G extends { type: string; coordinates: unknown }>(g: G): G {
  const rev = (c: unknown): unknown => (Array.isArray(c) && Array.isArray(c[0]) && typeof c[0][0] === 'number' ? [...c].reverse() : Array.isArray(c) ? c.map(rev) : c);
  return { ...g, coordinates: rev(g.coordinates) };
}

test('bar option for a region page measure: one chart per indicator, never two indicators in one', async () => {
  assert.equal((await regionPageData(db(), '331181', 'zh', false))!.groups.find((g) => g.metric === 'crime')!.charts.length, 0, '刑事立案 and 总接警量 are two indicators');
  // A second criminal-cases change for 龙泉市 (a copy of the first, another year).
  const own = { scope: { kind: 'own', code: '331181' } } as const;
  const latest = await Q.latestPer(db(), own, 'metric', 50);
  const f = latest.find((x) => x.indicator === 'criminal_cases')!;
  const rows: RegionRows = {
    perMetric: new Map([['crime', 3]]), children: [], articles: [], articleCount: 0,
    latest: [...latest, { ...f, factId: `${f.factId}-b` as typeof f.factId, value: 30, direction: 'increase' as const, subject: '刑事发案', periodStart: '2019', periodEnd: '2019' }],
  };
  const crime = buildRegionPage(rows, REGION_TREE, '331181')!.groups.find((g) => g.metric === 'crime')!;
  assert.equal(crime.charts.length, 1);
  assert.equal(crime.charts[0]!.label, '刑事案件 · 增减（%）');
  const option = buildBarOption(crime.charts[0]!, crime.color);
  const series = (option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0]!;
  assert.deepEqual(series.data.map((d) => d.value).sort((a, b) => a - b), [-61, 30]);
  assert.deepEqual(series.data.map((d) => d.itemStyle.color).sort(), ['#2166ac', '#b35806'], 'a fall blue, a rise orange');
  assert.deepEqual((option.yAxis as { data: string[] }).data.sort(), ['刑事发案', '刑事立案']);
});

test('bins: whole-number classes are labelled without overlap', () => {
  assert.deepEqual(buildPieces([2, 5, 5], 'level', '#1f5f99', '条').map((p) => p.label), ['2–4条', '5条']);
  assert.deepEqual(buildPieces([1.5, 2.5], 'level', '#1f5f99', '万').map((p) => p.label), ['1.5–2.5万', '2.5万']);
});

test('map of statistics per region: counts, white labels on dark fills', async () => {
  const view = await mapOf('count');
  assert.equal(view.measure?.metric, null);
  const option = buildMapOption({ mapName: 'm', view });
  const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
  assert.match(formatter({ name: '331100' }), /<b>4<\/b> 条统计 · 来源 1 个/);
  const data = (option.series as { data: { name: string; label?: { color: string } }[] }[])[0]!.data;
  assert.equal(data.find((d) => d.name === '331100')?.label?.color, '#ffffff');
  assert.equal(data.find((d) => d.name === '330100')?.label?.color, '#1f2d3d');
});

test('the province at county level: prefecture borders drawn over 87 counties, own prefecture figures boxed, values in pictures', async () => {
  const view = await mapOf('personnel.level.人', undefined, 'county');
  const option = buildMapOption({ mapName: 'counties', outlineName: 'prefectures', view });
  const [regions, outline] = option.series as Record<string, any>[];
  assert.equal(regions!.data.length, 87);
  assert.equal(outline!.map, 'prefectures');
  assert.equal(outline!.silent, true, 'borders take no clicks: the counties under them do');
  assert.equal(outline!.itemStyle.areaColor, 'transparent');
  assert.deepEqual(outline!.data.map((d: { name: string; label: { formatter: string } }) => [d.name, d.label.formatter]), [['330500', '湖州 3000+']]);
  const vm = option.visualMap as { seriesIndex: number; pieces: { gte?: number; lte?: number }[] };
  assert.equal(vm.seriesIndex, 0);
  assert.ok(vm.pieces.some((p) => (p.gte ?? -Infinity) <= 3000 && 3000 <= (p.lte ?? Infinity)), 'the prefecture\'s own figure is on the scale');
  // Only regions with a figure are named at this density; pictures carry values.
  const volunteers = await mapOf('volunteers.level.人', undefined, 'county');
  const labels = (o: ReturnType<typeof buildMapOption>) => ((o.series as Record<string, any>[])[0]!.data as { name: string; label: { show: boolean; formatter: string } }[]).filter((d) => d.label.show).map((d) => [d.name, d.label.formatter]);
  assert.deepEqual(labels(buildMapOption({ mapName: 'm', view: volunteers })), [['331181', '龙泉']]);
  assert.deepEqual(labels(buildMapOption({ mapName: 'm', view: volunteers, values: true })), [['331181', '龙泉\n1.3万+']]);
  // Dark: no-data regions and borders in the page's colours.
  const dark = buildMapOption({ mapName: 'm', view: volunteers, theme: 'dark' });
  assert.equal(((dark.series as Record<string, any>[])[0]!.itemStyle as { borderColor: string }).borderColor, '#15202b');
});
