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
const mapOf = (metric: string, rest: { region?: string; from?: string; to?: string; level?: 'prefecture' | 'county'; lang?: 'zh' | 'en' } = {}) =>
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

test('the province map at prefecture level: county figures are below their prefecture', () => {
  const agg = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '330000', people, {}, 'prefecture');
  assert.equal(agg.view.code, '330000');
  assert.equal(agg.level, 'prefecture');
  assert.equal(agg.children.length, 11);
  const lishui = agg.children.find((c) => c.region.code === '331100')!;
  assert.deepEqual(lishui.own, [], 'no 丽水市-level figure of its own');
  assert.equal(lishui.measureFacts.length, 1);
  assert.equal(lishui.belowCount, 1);
});

test('the province map at county level: all counties with a shape, coloured by their own figures', () => {
  const agg = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '330000', people, {}, 'county');
  assert.equal(agg.level, 'county');
  assert.equal(agg.children.length, 87, '90 counties less the three without a shape');
  assert.ok(agg.children.every((c) => c.region.level === 'county'));
  assert.equal(agg.children.find((c) => c.region.code === '331181')!.own[0]!.value, 13000);
  assert.deepEqual(agg.ownPrefectures, []);
  // 湖州市's own police count is marked apart at county level.
  const police = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '330000', { indicator: 'police', metric: 'personnel', kind: 'level', unit: '人' }, {}, 'county');
  assert.deepEqual(police.ownPrefectures.map((p) => [p.region.code, p.own[0]!.value]), [['330500', 3000]]);
});

test('the province map\'s default level is the one with more regions with data (prefectures on a tie)', () => {
  const at = (m: Measure) => aggregateMap(ds.facts, ds.articleById, REGION_TREE, '330000', m);
  assert.deepEqual([at(people).level, at(people).levelCounts], ['county', { prefecture: 0, county: 1 }]);
  const police: Measure = { indicator: 'police', metric: 'personnel', kind: 'level', unit: '人' };
  assert.deepEqual([at(police).level, at(police).levelCounts], ['prefecture', { prefecture: 1, county: 0 }]);
  const counting = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '330000', null);
  assert.deepEqual([counting.level, counting.levelCounts], ['county', { prefecture: 1, county: 2 }], 'counties without a shape do not count');
  const tie = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '330000', { ...crime, indicator: 'homicide' });
  assert.deepEqual([tie.level, tie.levelCounts], ['prefecture', { prefecture: 0, county: 0 }], 'a tie: prefectures');
  // A prefecture's map is always its counties.
  const lishui = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '331100', police, {}, 'prefecture');
  assert.deepEqual([lishui.level, lishui.levelCounts], ['county', null]);
});

test('drilled into 丽水市, 龙泉市 shows its latest figure', () => {
  const agg = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '331100', people);
  assert.equal(agg.children.length, 9);
  const lq = agg.children.find((c) => c.region.code === '331181')!;
  assert.equal(lq.own[0]?.value, 13000);
  assert.equal(lq.own[0]?.qualifier, 'more_than');
  const t = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '331100', teams);
  assert.equal(t.children.find((c) => c.region.code === '331181')!.own[0]?.value, 626);
});

test('the latest value wins; within an article, confidence then text order', () => {
  const province = ds.facts.filter((f) => f.regionCode === '330000');
  assert.equal(latestFact(province, ds.articleById)?.value, 13.7);
});

test('a county without a shape is counted on its prefecture and listed', () => {
  const agg = aggregateMap(ds.facts, ds.articleById, REGION_TREE, '330000', teams, {}, 'prefecture');
  const hz = agg.children.find((c) => c.region.code === '330100')!;
  assert.equal(hz.measureFacts.length, 1);
  assert.deepEqual(hz.own, []);
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

test('buildMapView: defaults, fallbacks, levels, figures listed, no facts in the payload', () => {
  const v = mapOf('count', { level: 'prefecture' });
  assert.equal(v.view.code, '330000');
  assert.equal(v.measure?.id, 'count', 'statistics per region, on request');
  assert.equal(v.measures.at(-1)!.id, 'count', 'offered last, after the indicators');
  assert.deepEqual(
    v.regions.filter((r) => r.value !== null).map((r) => [r.code, r.value, r.figure]),
    [['330100', 1, '1条统计'], ['330500', 2, '2条统计'], ['331100', 4, '4条统计']],
    'prefecture counts include counties, and 临平区 (no shape) on 杭州市',
  );
  assert.deepEqual(v.shapeless.map((s) => s.code), ['330113']);
  const p = mapOf('personnel.level.人');
  assert.equal(p.level, 'prefecture');
  const hz = p.regions.find((r) => r.code === '330500')!;
  assert.deepEqual([hz.figure, hz.compact, hz.label, hz.count], ['3000多人', '3000+', '湖州', 1]);
  assert.equal(p.measure?.indicatorName, '民警与警力');
  // The legend's period: the span of the figures shown, or the window.
  assert.equal(p.period, '2019年');
  assert.equal(mapOf('personnel.level.人', { from: '2018', to: '2019-06' }).period, '2018年—2019年6月');
  // At county level, 湖州市's own figure is kept apart, on the same scale.
  const counties = mapOf('personnel.level.人', { level: 'county' });
  assert.equal(counties.regions.length, 87);
  assert.deepEqual(counties.ownPrefectures.map((r) => [r.code, r.figure]), [['330500', '3000多人']]);
  assert.equal(mapOf('volunteers.level.人', { lang: 'en', level: 'county' }).regions.find((r) => r.code === '331181')!.label, 'Longquan', 'pinyin labels in English');

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
  assert.deepEqual(lq.figures.map((f) => [f.figure, f.subject, f.period]), [['1.3万多人', '平安志愿者', '2018年']]);
  assert.match(lq.figures[0]!.href, /^\/article\/.+#fact-/);

  const change = mapOf('police_calls.change.%', { region: '331100' });
  assert.equal(change.regions.find((r) => r.code === '331181')!.value, -22, 'decrease is negative');
  // Criminal cases and police calls are different measures: 龙泉市 shows each apart.
  assert.equal(mapOf('crime.change.%', { region: '331100' }).regions.find((r) => r.code === '331181')!.value, -61);

  // The payload carries aggregates: a region's latest figure with its sentence (for downloads),
  // never the articles' text or the figures it does not show.
  const json = JSON.stringify(county);
  assert.ok(json.includes('据悉'), 'the latest figure\'s sentence');
  assert.ok(!json.includes('俄罗斯世界杯'), 'no article text');
  assert.ok(json.length < 10000, `payload ${json.length} bytes`);
});
