import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchRegions, normalise } from '../../components/dashboard/RegionPicker';
import * as Q from '../../lib/db/queries';
import type { StatsDb } from '../../lib/db/stats-db';
import { regionChoices } from '../../lib/data/region-names';
import { dashboardData, resolveMeasure, tableData } from '../../lib/data/view-data';
import { links, state, useFixtureDb } from './helpers';

const db = useFixtureDb();

/** `inner` without its cache, each query first shown to `before` (which may hold it back). */
function watching(inner: StatsDb, before: (sql: string) => Promise<void>): StatsDb {
  const watched = Object.create(inner) as StatsDb;
  watched.cached = (_key, compute) => compute();
  watched.query = async (sql, ...rest) => {
    await before(sql);
    return inner.query(sql, ...rest);
  };
  return watched;
}

test('filters: measure, region scope (the region and below), window, paper', async () => {
  const crime = (await resolveMeasure(db(), {}, 'crime.change.%', '330000'))!;
  assert.equal(await resolveMeasure(db(), {}, 'count', '330000'), null);
  assert.equal(crime.id, 'criminal_cases.change.%');
  const rows = async (p: Record<string, string>) => (await tableData(db(), state(p), p.metric === 'count' ? null : crime)).rows;
  assert.equal((await rows({})).length, 2);
  assert.deepEqual((await rows({ region: '331100' })).map((r) => r.regionCode), ['331181']);
  assert.deepEqual((await rows({ from: '2018-01', to: '2018-06' })).map((r) => r.regionCode), ['330000']);
  assert.equal((await tableData(db(), state({}), null)).total, 9);
  const papers = await Q.paperCounts(db());
  assert.ok(papers.length >= 1);
  assert.equal(await Q.countFacts(db(), { paper: 'no such paper' }), 0);
  assert.equal((await tableData(db(), state({ paper: papers[0]!.name }), null)).total, 9);
});

test('table: page 1 is asked for beside its count, a later page after it (to clamp it)', async () => {
  const asked: string[] = [];
  let releaseCount = () => {};
  const countHeld = new Promise<void>((r) => (releaseCount = r));
  const watched = watching(db(), async (sql) => {
    const kind = /count\(\*\)/.test(sql) ? 'count' : 'page';
    asked.push(kind);
    if (kind === 'count') await countHeld;
  });
  const first = Q.factPage(watched, {}, 'date', 'desc', 1, 4, 'zh');
  await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(asked, ['count', 'page'], 'page 1 does not wait for the count');
  releaseCount();
  const p1 = await first;
  assert.equal(p1.page, 1);
  assert.equal(p1.rows.length, 4);
  asked.length = 0;
  const last = await Q.factPage(watched, {}, 'date', 'desc', 99, 4, 'zh');
  assert.deepEqual(asked, ['count', 'page']);
  assert.equal(last.page, 3, 'a page past the end is clamped by the count');
  assert.equal(last.rows.length, 1);
});

test('table: sorted, paginated in the database, deterministic, every row links to its sentence', async () => {
  const page = (p: Record<string, string> = {}) => tableData(db(), state({ sort: 'value', dir: 'desc', ...p }), null);
  const p1 = await page();
  assert.equal(p1.total, 9);
  assert.equal(p1.pageSize, 20);
  const values = p1.rows.map((r) => r.value);
  assert.deepEqual(values, [...values].sort((a, b) => b - a));
  assert.ok(p1.rows.every((r) => r.href === `/article/${encodeURIComponent(r.articleId)}#fact-${r.factId}`));
  // Pages of 4 (the query's own paging) cover every fact once, in one order.
  const size = 4;
  const f = {};
  const all = [];
  for (let n = 1; n <= 3; n++) all.push(...(await Q.factPage(db(), f, 'value', 'desc', n, size, 'zh')).rows.map((r) => r.factId));
  assert.equal(new Set(all).size, 9, 'pages cover every fact once');
  assert.deepEqual((await page()).rows, p1.rows, 'same query, same rows');
  // A page past the end shows the last page.
  assert.equal((await Q.factPage(db(), f, 'value', 'desc', 99, size, 'zh')).page, 3);
  assert.equal((await page({ page: '99' })).page, 1);
  const asc = (await page({ sort: 'date', dir: 'asc' })).rows.map((r) => r.date);
  assert.deepEqual(asc, [...asc].sort());
  const en = await tableData(db(), state({ lang: 'en', sort: 'value', dir: 'desc' }), await resolveMeasure(db(), {}, 'volunteers.level.人', '330000'));
  assert.equal(en.rows[0]!.figure, 'more than 13,000 people');
  // Region order is the order of the names readers see.
  const byRegion = (await page({ sort: 'region', dir: 'asc' })).rows.map((r) => r.region);
  assert.deepEqual(byRegion, [...byRegion].sort((a, b) => a.localeCompare(b, 'zh-CN')));
});

test('dashboard: the headline and totals are asked for while the measure is being resolved', async () => {
  const asked: string[] = [];
  let open = () => {};
  const gate = new Promise<void>((r) => (open = r));
  const watched = watching(db(), async (sql) => {
    asked.push(sql.replace(/\s+/g, ' '));
    await gate;
  });
  const view = dashboardData(watched, state({ from: '2018', to: '2019' }), links);
  await new Promise((r) => setTimeout(r, 20));
  assert.ok(asked.some((q) => q.includes('PARTITION BY measure_id')), 'the headline\'s latest figures are asked before the measure is known');
  assert.ok(!asked.some((q) => q.includes('PARTITION BY region_code')), 'the map\'s, which need the measure, are not');
  open();
  assert.deepEqual(await view, await dashboardData(db(), state({ from: '2018', to: '2019' }), links), 'the same view');
});

test('dashboard: one payload per URL state, no more rows than a page, fallbacks for unknown values', async () => {
  const d = await dashboardData(db(), state({ metric: 'crime.change.%', from: '2018-01', to: '2018-06' }), links);
  assert.equal(d.metric, 'criminal_cases.change.%', 'the old form names the family\'s widest measure');
  assert.equal(d.table.total, 1);
  assert.equal(d.table.rows[0]!.measure, '刑事案件 · 增减（%）');
  assert.equal(d.windowText, '2018年1月—6月');
  assert.deepEqual(d.kinds?.choices.map((c) => c.kind), ['level', 'change']);
  assert.equal(d.kinds?.choices.find((c) => c.kind === 'level')?.id, null, 'no levels of criminal cases in the fixture');
  // The picker: indicators under their metric family, with counts; statistics per region last.
  assert.deepEqual(d.measureGroups.map((g) => g.label), ['案件与警情', '志愿者', '人员力量', '统计条数']);
  assert.deepEqual(d.measureGroups[0]!.options.map((o) => o.label), ['刑事案件 · 增减（%）', '命案 · 增减（%）', '电信网络诈骗 · 增减（%）', '警情与报警 · 增减（%）']);
  assert.deepEqual(d.measureGroups.at(-1)!.options.map((o) => [o.id, o.factCount]), [['count', 9]]);
  assert.equal(d.map.window.from, '2018-01');
  const unknown = await dashboardData(db(), state({ metric: 'crime.level.件' }), links);
  assert.equal(unknown.metric, 'volunteer_teams.level.支', 'unknown: the widest coverage, as without a parameter');
  assert.equal((await dashboardData(db(), state({}), links)).metric, 'volunteer_teams.level.支');
  assert.equal((await dashboardData(db(), state({ metric: 'count' }), links)).metric, 'count');
  assert.ok(unknown.table.rows.length <= unknown.table.pageSize);
  const en = await dashboardData(db(), state({ lang: 'en', region: '331100' }), links);
  assert.equal(en.map.view.name, '丽水市 Lishui');
  assert.equal(en.regionName, '丽水市 Lishui');
  // One answer per URL state while the database is the same (the page's cache).
  assert.equal(await dashboardData(db(), state({ lang: 'en', region: '331100' }), links), en);
});

test('region picker: by Chinese name, short name, pinyin or initials; prefectures before counties', () => {
  const choices = regionChoices();
  assert.equal(normalise("Lin'an"), 'linan');
  assert.equal(matchRegions(choices, 'lishui')[0]!.code, '331100');
  assert.equal(matchRegions(choices, '龙泉')[0]!.code, '331181');
  assert.equal(matchRegions(choices, "lin'an")[0]!.code, '330112');
  assert.equal(matchRegions(choices, 'LONGQUAN')[0]!.code, '331181');
  assert.ok(matchRegions(choices, 'hz').some((c) => c.code === '330100'));
  assert.deepEqual(matchRegions(choices, ''), []);
  assert.deepEqual(matchRegions(choices, 'zzzz'), []);
  assert.ok(matchRegions(choices, 'a').length <= 12);
});
