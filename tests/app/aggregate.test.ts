import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateMap, childOf, factsWithin, inWindow, latestFact } from '../../lib/data/aggregate';
import { buildMapView } from '../../lib/data/map-view';
import { resolveMeasure } from '../../lib/data/filters';
import { listMeasures, matchMeasure, unitClass, type Measure } from '../../lib/data/measures';
import { REGION_TREE } from '../../lib/data/regions';
import { formatCompact, formatFigure, formatLevel, formatNumber, formatPeriod } from '../../lib/data/format';
import { fixtureDataset } from './helpers';

const ds = fixtureDataset();
const people: Measure = { indicator: 'volunteers', metric: 'volunteers', kind: 'level', unit: '人' };
const teams: Measure = { indicator: 'volunteer_teams', metric: 'volunteers', kind: 'level', unit: '支' };
const crime: Measure = { indicator: 'criminal_cases', metric: 'crime', kind: 'change', unit: '%' };
/** The map of `metric` (a URL parameter) as the dashboard builds it. */
const mapOf = (metric: string, rest: { region?: string; from?: string; to?: string } = {}) =>
  buildMapView(ds, REGION_TREE, { measure: resolveMeasure(ds, REGION_TREE, { metric, region: rest.region, window: rest }), ...rest });

test('formatting keeps the qualifier: 3000多 / 3000+ / 1.3万', () => {
  assert.equal(formatNumber(626), '626');
  assert.equal(formatNumber(13000), '1.3万');
  assert.equal(formatNumber(250000000), '2.5亿');
  assert.equal(formatLevel(3000, '人', 'more_than'), '3000多人');
  assert.equal(formatCompact(3000, 'more_than'), '3000+');
  assert.equal(formatLevel(13000, '人', 'more_than'), '1.3万多人');
  assert.equal(formatFigure({ value: 13.7, unit: '%', qualifier: 'exact', direction: 'decrease', comparison: 'yoy' }), '同比下降13.7%');
  assert.equal(formatPeriod('2018-01', '2018-06'), '2018年1月—6月');
  assert.equal(formatPeriod('2018', '2018'), '2018年');
  assert.equal(formatPeriod('', ''), '');
});

test('county facts roll up to their prefecture in the province view', () => {
  const agg = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '330000', people);
  assert.equal(agg.view.code, '330000');
  assert.equal(agg.children.length, 11);
  const lishui = agg.children.find((c) => c.region.code === '331100')!;
  assert.equal(lishui.latest, undefined, 'no 丽水市-level figure of its own');
  assert.equal(lishui.measureFacts.length, 1);
  assert.equal(lishui.belowCount, 1);
  assert.equal(lishui.allCount, 4);
});

test('drilled into 丽水市, 龙泉市 shows its latest figure', () => {
  const agg = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '331100', people);
  assert.equal(agg.children.length, 9);
  const lq = agg.children.find((c) => c.region.code === '331181')!;
  assert.equal(lq.latest?.value, 13000);
  assert.equal(lq.latest?.qualifier, 'more_than');
  const t = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '331100', teams);
  assert.equal(t.children.find((c) => c.region.code === '331181')!.latest?.value, 626);
});

test('the latest value wins; within an article, confidence then text order', () => {
  const province = ds.facts.filter((f) => f.regionCode === '330000');
  assert.equal(latestFact(province, ds.articleById)?.value, 13.7);
});

test('a county without a shape is counted on its prefecture and listed', () => {
  const agg = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '330000', teams);
  const hz = agg.children.find((c) => c.region.code === '330100')!;
  assert.equal(hz.measureFacts.length, 1);
  assert.equal(hz.latest, undefined);
  assert.deepEqual(agg.shapeless.map((s) => [s.region.code, s.countedOn.code, s.facts.length]), [['330113', '330100', 1]]);
  assert.ok(!agg.children.some((c) => c.region.code === '330113'));

  const drilled = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '330100', teams);
  assert.ok(!drilled.children.some((c) => c.region.code === '330113'), '临平区 has no shape to colour');
  assert.deepEqual(drilled.shapeless.map((s) => s.region.code), ['330113']);
});

test('time window filters by period, falling back to the article date', () => {
  const f = ds.facts.find((x) => x.value === 22)!; // no period: article of 2018-07-18
  const a = ds.articleById.get(f.articleId);
  assert.equal(inWindow(f, a, { from: '2018', to: '2018' }), true);
  assert.equal(inWindow(f, a, { from: '2019' }), false);
  const agg = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '331100', crime, { from: '2019' });
  assert.equal(agg.children.every((c) => c.measureFacts.length === 0), true);
});

test('region helpers: childOf and factsWithin', () => {
  assert.equal(childOf('331181', '330000', REGION_TREE)?.code, '331100');
  assert.equal(childOf('331181', '331100', REGION_TREE)?.code, '331181');
  assert.equal(childOf('330000', '330000', REGION_TREE), undefined);
  assert.equal(factsWithin(ds.facts, '331100', REGION_TREE).length, 4);
  assert.equal(factsWithin(ds.facts, '330000', REGION_TREE).length, 9);
});

test('measures: one per indicator, kind and unit class; matched from the URL in new and old forms', () => {
  const options = listMeasures(ds.facts, '330000');
  assert.deepEqual(options.map((o) => o.id).sort(), [
    'criminal_cases.change.%', 'homicide.change.%', 'police.level.人', 'police_calls.change.%', 'telecom_fraud.change.%',
    'volunteer_teams.level.支', 'volunteers.level.人',
  ].sort());
  // Widest coverage first: volunteer teams are in 龙泉市 and 临平区.
  assert.equal(options[0]!.id, 'volunteer_teams.level.支');
  assert.equal(matchMeasure('volunteers.level.人', options)?.id, 'volunteers.level.人');
  assert.equal(matchMeasure('criminal_cases', options)?.id, 'criminal_cases.change.%');
  assert.equal(matchMeasure('criminal_cases.level', options), undefined, 'no levels of criminal cases');
  // Old forms: a metric family (and kind, and unit) picks its measure with the widest coverage.
  assert.equal(matchMeasure('volunteers.level.支', options)?.id, 'volunteer_teams.level.支');
  assert.equal(matchMeasure('crime', options)?.id, 'criminal_cases.change.%');
  assert.equal(matchMeasure('crime.change.%', options)?.id, 'criminal_cases.change.%');
  assert.equal(matchMeasure('personnel.level.人', options)?.id, 'police.level.人');
  assert.equal(matchMeasure('nonsense', options), undefined);
  assert.equal(matchMeasure(undefined, options), undefined);
  // 起 and 件 count the same thing.
  assert.equal(unitClass('起'), '件');
  assert.equal(unitClass('人'), '人');
});

test('resolveMeasure: count on request; no parameter or an unknown one: the widest coverage where the map looks', () => {
  assert.equal(resolveMeasure(ds, REGION_TREE, { metric: 'count' }), null);
  assert.equal(resolveMeasure(ds, REGION_TREE, { metric: '' })?.id, 'volunteer_teams.level.支');
  assert.equal(resolveMeasure(ds, REGION_TREE, { metric: 'crime.level.件' })?.id, 'volunteer_teams.level.支');
  // Inside 湖州市, only its own figures and 安吉县's count.
  assert.equal(resolveMeasure(ds, REGION_TREE, { metric: '', region: '330500' })?.id, 'telecom_fraud.change.%');
  // In the first half of 2018, 临平区's teams (2021) are out of the window: the window's own default.
  assert.equal(resolveMeasure(ds, REGION_TREE, { metric: '', window: { from: '2018-01', to: '2018-06' } })?.id, 'volunteers.level.人');
});

test('buildMapView: defaults, fallbacks, province panel, no facts in the payload', () => {
  const v = mapOf('count');
  assert.equal(v.view.code, '330000');
  assert.equal(v.measure?.id, 'count', 'statistics per region, on request');
  assert.equal(v.measures[0]!.id, 'count');
  assert.deepEqual(
    v.regions.filter((r) => r.value !== null).map((r) => [r.code, r.value, r.figure]),
    [['330100', 1, '1条统计'], ['330500', 2, '2条统计'], ['331100', 4, '4条统计']],
    'prefecture counts include counties, and 临平区 (no shape) on 杭州市',
  );
  assert.deepEqual(v.shapeless.map((s) => s.code), ['330113']);
  const p = mapOf('personnel.level.人');
  assert.equal(p.regions.find((r) => r.code === '330500')?.figure, '3000多人');
  assert.equal(p.regions.find((r) => r.code === '330500')?.compact, '3000+');
  assert.deepEqual(v.province.map((p) => p.figure), ['同比下降13.7%', '同比下降8.22%'], 'one per indicator');
  assert.equal(v.province[0]!.period, '2018年1月—6月');

  const bad = mapOf('x.y', { region: '999999', from: 'soon' });
  assert.equal(bad.view.code, '330000');
  assert.equal(bad.measure?.id, 'volunteer_teams.level.支', 'unknown: the widest coverage');
  assert.deepEqual(bad.window, { from: undefined, to: undefined });

  const county = mapOf('volunteers.level.人', { region: '331181' });
  assert.equal(county.view.code, '331100', 'a county falls back to its prefecture');
  assert.deepEqual(county.crumbs.map((c) => c.name), ['浙江省', '丽水市']);
  const lq = county.regions.find((r) => r.code === '331181')!;
  assert.equal(lq.value, 13000);
  assert.equal(lq.figure, '1.3万多人');
  assert.equal(lq.sourceCount, 1);

  const change = mapOf('police_calls.change.%', { region: '331100' });
  assert.equal(change.regions.find((r) => r.code === '331181')!.value, -22, 'decrease is negative');
  // Criminal cases and police calls are different measures: 龙泉市 shows each apart.
  assert.equal(mapOf('crime.change.%', { region: '331100' }).regions.find((r) => r.code === '331181')!.value, -61);

  // The payload carries aggregates only: no sentences, no article text.
  const json = JSON.stringify(county);
  assert.ok(!json.includes('据悉'));
  assert.ok(json.length < 8000, `payload ${json.length} bytes`);
});
