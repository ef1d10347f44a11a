import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleRecord } from '../../lib/schema';
import { REGION_TREE } from '../../lib/data/regions';
import { formatSourceLine, sourceLineFor, summarise } from '../../lib/data/source-line';
import { fixtureDataset } from '../app/helpers';

const ds = fixtureDataset();

test('the whole province: every paper, first and last publication date, articles with facts', () => {
  const line = sourceLineFor(ds, REGION_TREE, {});
  assert.deepEqual(line, { papers: ['浙江法制报'], firstDate: '2018-07-18', lastDate: '2021-06-01', articles: 4, facts: 9 });
  assert.equal(formatSourceLine(line), '来源：浙江法制报 · 2018年7月18日—2021年6月1日 · 4篇报道');
  assert.equal(formatSourceLine(line, 'en'), 'Source: 浙江法制报 (Zhejiang Legal Daily) · 18 Jul 2018 – 1 Jun 2021 · 4 articles');
});

test('only the facts in view count: measure, window, region (a county shows its prefecture on the map)', () => {
  assert.equal(sourceLineFor(ds, REGION_TREE, { metric: 'volunteers' }).articles, 1, 'the volunteers indicator: 龙泉市 only');
  assert.equal(sourceLineFor(ds, REGION_TREE, { metric: 'volunteer_teams' }).articles, 2, '龙泉市 and 临平区');
  assert.equal(sourceLineFor(ds, REGION_TREE, { metric: '' }).articles, 2, 'no parameter: the dashboard\'s default measure');
  assert.deepEqual(sourceLineFor(ds, REGION_TREE, { from: '2019', to: '2019' }), { papers: ['浙江法制报'], firstDate: '2019-03-21', lastDate: '2019-03-21', articles: 1, facts: 2 });
  const lishui = sourceLineFor(ds, REGION_TREE, { region: '331100' });
  assert.equal(lishui.facts, 4);
  assert.deepEqual(sourceLineFor(ds, REGION_TREE, { region: '331181' }, 'map'), lishui);
  assert.equal(sourceLineFor(ds, REGION_TREE, { region: '331181', metric: 'crime.change' }, 'region').facts, 1, 'criminal cases, not police calls');
  // Malformed values fall back: an unknown region is the province, a bad date no bound.
  assert.equal(sourceLineFor(ds, REGION_TREE, { region: '999999', from: '20x9' }).facts, 9);
  assert.equal(formatSourceLine(sourceLineFor(ds, REGION_TREE, { from: '2030' })), '来源：暂无报道');
  // A paper, and exactly the regions a timeline draws.
  assert.equal(sourceLineFor(ds, REGION_TREE, { paper: '浙江法制报' }).facts, 9);
  assert.equal(sourceLineFor(ds, REGION_TREE, { paper: '钱江晚报' }).articles, 0);
  assert.deepEqual(sourceLineFor(ds, REGION_TREE, { codes: ['330000', '330113'] }, 'region'), { papers: ['浙江法制报'], firstDate: '2018-07-18', lastDate: '2021-06-01', articles: 2, facts: 3 });
});

const article = (paper: string, date: string): ArticleRecord => ({
  articleId: `${paper}-${date}`, source: 's', paper, date, page: '1', title: 't', byline: '', text: 'x',
} as ArticleRecord);

test('papers by number of articles, then name (code-point order, the same everywhere); at most three named', () => {
  const line = summarise([article('乙报', '2019-01-02'), article('甲报', '2018-05-01'), article('乙报', '2020-12-31'), article('丙报', ''), article('丁报', '2019-06-01'), undefined], 7);
  assert.deepEqual(line.papers, ['乙报', '丁报', '丙报', '甲报']);
  assert.equal(line.firstDate, '2018-05-01');
  assert.equal(line.lastDate, '2020-12-31');
  assert.equal(line.articles, 6);
  assert.equal(formatSourceLine(line), '来源：乙报、丁报、丙报等4家报纸 · 2018年5月1日—2020年12月31日 · 6篇报道');
  assert.equal(formatSourceLine(line, 'en'), 'Source: 乙报, 丁报, 丙报 and 1 more · 1 May 2018 – 31 Dec 2020 · 6 articles');
  assert.equal(formatSourceLine(summarise([article('甲报', '')], 1), 'en'), 'Source: 甲报 · date unknown · 1 article');
});
