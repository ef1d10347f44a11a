import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchRegions, normalise } from '../../components/dashboard/RegionPicker';
import { buildDashboard } from '../../lib/data/dashboard-view';
import { byPaper, listPapers, resolveMeasure, selectFacts } from '../../lib/data/filters';
import { regionChoices } from '../../lib/data/region-names';
import { REGION_TREE } from '../../lib/data/regions';
import { buildTable } from '../../lib/data/table-view';
import { parseViewState } from '../../lib/view-state';
import { fixtureDataset } from './helpers';

const ds = fixtureDataset();
const links = { fact: (a: string, f: string) => `/article/${a}#fact-${f}`, region: (c: string) => `/region/${c}` };
const crime = resolveMeasure(ds, REGION_TREE, { metric: 'crime.change.%' });

test('filters: measure, region scope (the region and below), window, paper', () => {
  assert.equal(resolveMeasure(ds, REGION_TREE, { metric: 'count' }), null);
  assert.equal(crime?.id, 'criminal_cases.change.%');
  assert.equal(selectFacts(ds, REGION_TREE, { measure: crime, region: '330000' }).length, 2);
  assert.deepEqual(selectFacts(ds, REGION_TREE, { measure: crime, region: '331100' }).map((f) => f.regionCode), ['331181']);
  const windowed = selectFacts(ds, REGION_TREE, { measure: crime, region: '330000', window: { from: '2018-01', to: '2018-06' } });
  assert.deepEqual(windowed.map((f) => f.regionCode), ['330000']);
  assert.equal(selectFacts(ds, REGION_TREE, { measure: null, region: '330000' }).length, ds.facts.length);
  const papers = listPapers(ds);
  assert.ok(papers.length >= 1);
  assert.equal(byPaper(ds, 'no such paper').facts.length, 0);
  assert.equal(byPaper(ds, papers[0]!.name).facts.length, ds.facts.filter((f) => ds.articleById.get(f.articleId)?.paper === papers[0]!.name).length);
});

test('table: sorted, paginated on the server, deterministic, every row links to its sentence', () => {
  const base = { measure: null, region: '330000', window: {}, sort: 'value', dir: 'desc', page: 1, lang: 'zh', pageSize: 4 } as const;
  const p1 = buildTable(ds, REGION_TREE, base);
  assert.equal(p1.total, ds.facts.length);
  assert.equal(p1.rows.length, 4);
  assert.equal(p1.pages, Math.ceil(ds.facts.length / 4));
  const values = p1.rows.map((r) => r.value);
  assert.deepEqual(values, [...values].sort((a, b) => b - a));
  assert.ok(p1.rows.every((r) => r.href === `/article/${encodeURIComponent(r.articleId)}#fact-${r.factId}`));
  const all = Array.from({ length: p1.pages }, (_, i) => buildTable(ds, REGION_TREE, { ...base, page: i + 1 }).rows.map((r) => r.factId)).flat();
  assert.equal(new Set(all).size, ds.facts.length, 'pages cover every fact once');
  assert.deepEqual(buildTable(ds, REGION_TREE, base).rows, p1.rows, 'same query, same rows');
  // A page past the end shows the last page.
  assert.equal(buildTable(ds, REGION_TREE, { ...base, page: 99 }).page, p1.pages);
  const asc = buildTable(ds, REGION_TREE, { ...base, sort: 'date', dir: 'asc', pageSize: 50 }).rows.map((r) => r.date);
  assert.deepEqual(asc, [...asc].sort());
  const en = buildTable(ds, REGION_TREE, { ...base, lang: 'en', measure: resolveMeasure(ds, REGION_TREE, { metric: 'volunteers.level.人' }) });
  assert.equal(en.rows[0]!.figure, 'more than 13,000 people');
});

test('dashboard: one payload per URL state, no more rows than a page, fallbacks for unknown values', () => {
  const state = parseViewState({ metric: 'crime.change.%', from: '2018-01', to: '2018-06' });
  const d = buildDashboard(ds, REGION_TREE, state, links);
  assert.equal(d.metric, 'criminal_cases.change.%', 'the old form names the family\'s widest measure');
  assert.equal(d.table.total, 1);
  assert.equal(d.table.rows[0]!.measure, '刑事案件 · 增减（%）');
  assert.equal(d.windowText, '2018年1月—6月');
  assert.deepEqual(d.kinds?.choices.map((c) => c.kind), ['level', 'change']);
  assert.equal(d.kinds?.choices.find((c) => c.kind === 'level')?.id, null, 'no levels of criminal cases in the fixture');
  // The picker: indicators under their metric family, with counts; statistics per region last.
  assert.deepEqual(d.measureGroups.map((g) => g.label), ['案件与警情', '志愿者', '人员力量', '统计条数']);
  assert.deepEqual(d.measureGroups[0]!.options.map((o) => o.label), ['刑事案件 · 增减（%）', '命案 · 增减（%）', '电信网络诈骗 · 增减（%）', '警情与报警 · 增减（%）']);
  assert.deepEqual(d.measureGroups.at(-1)!.options.map((o) => [o.id, o.factCount]), [['count', ds.facts.length]]);
  assert.equal(d.map.window.from, '2018-01');
  const unknown = buildDashboard(ds, REGION_TREE, parseViewState({ metric: 'crime.level.件' }), links);
  assert.equal(unknown.metric, 'volunteer_teams.level.支', 'unknown: the widest coverage, as without a parameter');
  assert.equal(buildDashboard(ds, REGION_TREE, parseViewState({}), links).metric, 'volunteer_teams.level.支');
  assert.equal(buildDashboard(ds, REGION_TREE, parseViewState({ metric: 'count' }), links).metric, 'count');
  assert.ok(unknown.table.rows.length <= unknown.table.pageSize);
  const en = buildDashboard(ds, REGION_TREE, parseViewState({ lang: 'en', region: '331100' }), links);
  assert.equal(en.map.view.name, '丽水市 Lishui');
  assert.equal(en.regionName, '丽水市 Lishui');
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
