import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Q from '../../lib/db/queries';
import { childOf } from '../../lib/data/region-tree';
import { matchMeasure, unitClass } from '../../lib/data/measures';
import { REGION_TREE } from '../../lib/data/regions';
import { formatCompact, formatFigure, formatLevel, formatNumber, formatPeriod } from '../../lib/data/format';
import { embedMapData, measureOptions, resolveMeasure } from '../../lib/data/view-data';
import { state, useFixtureDb } from './helpers';

const db = useFixtureDb();
/** The map of `metric` (a URL parameter) as the dashboard builds it. */
const mapOf = (metric: string, rest: Record<string, string> = {}) => embedMapData(db(), state({ metric, ...rest }));

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

test('the province map at prefecture level: county figures are below their prefecture', async () => {
  const v = await mapOf('volunteers.level.人', { level: 'prefecture' });
  assert.equal(v.view.code, '330000');
  assert.equal(v.level, 'prefecture');
  assert.equal(v.regions.length, 11);
  const lishui = v.regions.find((c) => c.code === '331100')!;
  assert.deepEqual([lishui.value, lishui.count, lishui.figures], [null, 0, []], 'no 丽水市-level figure of its own');
  assert.equal(lishui.belowFacts, 1);
});

test('the province map at county level: all counties with a shape, coloured by their own figures', async () => {
  const v = await mapOf('volunteers.level.人', { level: 'county' });
  assert.equal(v.level, 'county');
  assert.equal(v.regions.length, 87, '90 counties less the three without a shape');
  assert.ok(v.regions.every((c) => REGION_TREE.get(c.code)?.level === 'county'));
  assert.equal(v.regions.find((c) => c.code === '331181')!.value, 13000);
  assert.deepEqual(v.ownPrefectures, []);
  // 湖州市's own police count is marked apart at county level.
  const police = await mapOf('police.level.人', { level: 'county' });
  assert.deepEqual(police.ownPrefectures.map((p) => [p.code, p.value]), [['330500', 3000]]);
});

test('the province map\'s default level is the one with more regions with data (prefectures on a tie)', async () => {
  const at = async (metric: string, region?: string) => {
    const v = await mapOf(metric, region ? { region } : {});
    return [v.level, v.levels];
  };
  assert.deepEqual(await at('volunteers.level.人'), ['county', { prefecture: 0, county: 1 }]);
  assert.deepEqual(await at('police.level.人'), ['prefecture', { prefecture: 1, county: 0 }]);
  assert.deepEqual(await at('count'), ['county', { prefecture: 1, county: 2 }], 'counties without a shape do not count');
  assert.deepEqual(await at('homicide.change.%'), ['prefecture', { prefecture: 0, county: 0 }], 'a tie: prefectures');
  // A prefecture's map is always its counties.
  assert.deepEqual(await at('police.level.人', '331100'), ['county', null]);
});

test('drilled into 丽水市, 龙泉市 shows its latest figure', async () => {
  const v = await mapOf('volunteers.level.人', { region: '331100' });
  assert.equal(v.regions.length, 9);
  const lq = v.regions.find((c) => c.code === '331181')!;
  assert.deepEqual([lq.value, lq.figure], [13000, '1.3万多人']);
  const t = await mapOf('volunteer_teams.level.支', { region: '331100' });
  assert.equal(t.regions.find((c) => c.code === '331181')!.value, 626);
});

test('the latest value wins; within an article, confidence then text order', async () => {
  const [latest] = await Q.latestPer(db(), { scope: { kind: 'own', code: '330000' } }, 'region_code', 1);
  assert.equal(latest?.value, 13.7);
});

test('a county without a shape is counted on its prefecture and listed', async () => {
  const v = await mapOf('volunteer_teams.level.支', { level: 'prefecture' });
  const hz = v.regions.find((c) => c.code === '330100')!;
  assert.deepEqual([hz.value, hz.belowFacts], [null, 1]);
  assert.deepEqual(v.shapeless.map((s) => [s.code, s.countedOnCode, s.figures.length]), [['330113', '330100', 1]]);
  assert.ok(!v.regions.some((c) => c.code === '330113'));
  const drilled = await mapOf('volunteer_teams.level.支', { region: '330100' });
  assert.ok(!drilled.regions.some((c) => c.code === '330113'), '临平区 has no shape to colour');
  assert.deepEqual(drilled.shapeless.map((s) => s.code), ['330113']);
});

test('time window filters by period, falling back to the article date', async () => {
  const calls = { measure: 'police_calls.change.%', scope: { kind: 'own', code: '331181' } } as const; // no period: article of 2018-07-18
  assert.equal(await Q.countFacts(db(), { ...calls, from: '2018', to: '2018' }), 1);
  assert.equal(await Q.countFacts(db(), { ...calls, from: '2019' }), 0);
  const v = await mapOf('criminal_cases.change.%', { region: '331100', from: '2019' });
  assert.ok(v.regions.every((c) => c.value === null && c.belowFacts === 0));
});

test('region helpers: childOf; the scope of a region and below', async () => {
  assert.equal(childOf('331181', '330000', REGION_TREE)?.code, '331100');
  assert.equal(childOf('331181', '331100', REGION_TREE)?.code, '331181');
  assert.equal(childOf('330000', '330000', REGION_TREE), undefined);
  assert.equal(await Q.countFacts(db(), { scope: { kind: 'prefecture', code: '331100' } }), 4);
  assert.equal(await Q.countFacts(db(), { scope: { kind: 'tree' } }), 9);
});

test('measures: one per indicator, kind and unit class; matched from the URL in new and old forms', async () => {
  const options = await measureOptions(db(), {}, '330000');
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

test('resolveMeasure: count on request; no parameter or an unknown one: the widest coverage where the map looks', async () => {
  const r = (metric: string, region = '330000', window = {}) => resolveMeasure(db(), {}, metric, region, window).then((m) => m?.id ?? null);
  assert.equal(await r('count'), null);
  assert.equal(await r(''), 'volunteer_teams.level.支');
  assert.equal(await r('crime.level.件'), 'volunteer_teams.level.支');
  // Inside 湖州市, only its own figures and 安吉县's count.
  assert.equal(await r('', '330500'), 'telecom_fraud.change.%');
  // In the first half of 2018, 临平区's teams (2021) are out of the window: the window's own default.
  assert.equal(await r('', '330000', { from: '2018-01', to: '2018-06' }), 'volunteers.level.人');
});

test('the map: defaults, fallbacks, levels, figures listed, no facts in the payload', async () => {
  const v = await mapOf('count', { level: 'prefecture' });
  assert.equal(v.view.code, '330000');
  assert.equal(v.measure?.id, 'count', 'statistics per region, on request');
  assert.equal(v.measures.at(-1)!.id, 'count', 'offered last, after the indicators');
  assert.deepEqual(
    v.regions.filter((r) => r.value !== null).map((r) => [r.code, r.value, r.figure]),
    [['330100', 1, '1条统计'], ['330500', 2, '2条统计'], ['331100', 4, '4条统计']],
    'prefecture counts include counties, and 临平区 (no shape) on 杭州市',
  );
  assert.equal(v.period, '2018年—2021年', 'count mode: the span of every figure counted');
  assert.deepEqual(v.shapeless.map((s) => s.code), ['330113']);
  const p = await mapOf('personnel.level.人');
  assert.equal(p.level, 'prefecture');
  const hz = p.regions.find((r) => r.code === '330500')!;
  assert.deepEqual([hz.figure, hz.compact, hz.label, hz.count], ['3000多人', '3000+', '湖州', 1]);
  assert.equal(p.measure?.indicatorName, '民警与警力');
  // The legend's period: the span of the figures shown, or the window.
  assert.equal(p.period, '2019年');
  assert.equal((await mapOf('personnel.level.人', { from: '2018', to: '2019-06' })).period, '2018年—2019年6月');
  // At county level, 湖州市's own figure is kept apart, on the same scale.
  const counties = await mapOf('personnel.level.人', { level: 'county' });
  assert.equal(counties.regions.length, 87);
  assert.deepEqual(counties.ownPrefectures.map((r) => [r.code, r.figure]), [['330500', '3000多人']]);
  assert.equal((await mapOf('volunteers.level.人', { lang: 'en', level: 'county' })).regions.find((r) => r.code === '331181')!.label, 'Longquan', 'pinyin labels in English');

  const bad = await mapOf('x.y', { region: '999999', from: 'soon' });
  assert.equal(bad.view.code, '330000');
  assert.equal(bad.measure?.id, 'volunteer_teams.level.支', 'unknown: the widest coverage');
  assert.deepEqual(bad.window, { from: undefined, to: undefined });

  const county = await mapOf('volunteers.level.人', { region: '331181' });
  assert.equal(county.view.code, '331100', 'a county falls back to its prefecture');
  assert.deepEqual(county.crumbs.map((c) => c.name), ['浙江省', '丽水市']);
  const lq = county.regions.find((r) => r.code === '331181')!;
  assert.equal(lq.value, 13000);
  assert.equal(lq.figure, '1.3万多人');
  assert.equal(lq.sourceCount, 1);
  assert.deepEqual(lq.figures.map((f) => [f.figure, f.subject, f.period]), [['1.3万多人', '平安志愿者', '2018年']]);
  assert.match(lq.figures[0]!.href, /^\/article\/.+#fact-/);

  const change = await mapOf('police_calls.change.%', { region: '331100' });
  assert.equal(change.regions.find((r) => r.code === '331181')!.value, -22, 'decrease is negative');
  // Criminal cases and police calls are different measures: 龙泉市 shows each apart.
  assert.equal((await mapOf('crime.change.%', { region: '331100' })).regions.find((r) => r.code === '331181')!.value, -61);

  // The payload carries aggregates: a region's latest figure with the words around it (for
  // downloads), never the articles' text or the figures it does not show.
  const json = JSON.stringify(county);
  assert.ok(json.includes('据悉'), 'the latest figure\'s sentence');
  assert.ok(!json.includes('俄罗斯世界杯'), 'no article text');
  assert.ok(json.length < 10000, `payload ${json.length} bytes`);
});
