import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PaperSummary } from '../../lib/db/queries';
import { formatSourceLine, summarise } from '../../lib/data/source-line';
import { sourceLineData, type SourceAsk } from '../../lib/data/view-data';
import { useFixtureDb } from '../app/helpers';

const db = useFixtureDb();
const sourceLineFor = (q: SourceAsk, scope: 'map' | 'region' = 'map') => sourceLineData(db(), q, scope);

test('the whole province: every paper, first and last publication date, articles with facts', async () => {
  const line = await sourceLineFor({});
  assert.deepEqual(line, { papers: ['浙江法制报'], firstDate: '2018-07-18', lastDate: '2021-06-01', articles: 4, facts: 9 });
  assert.equal(formatSourceLine(line), '来源：浙江法制报 · 2018年7月18日—2021年6月1日 · 4篇报道');
  assert.equal(formatSourceLine(line, 'en'), 'Source: 浙江法制报 (Zhejiang Legal Daily) · 18 Jul 2018 – 1 Jun 2021 · 4 articles');
});

test('only the facts in view count: measure, window, region (a county shows its prefecture on the map)', async () => {
  assert.equal((await sourceLineFor({ metric: 'volunteers' })).articles, 1, 'the volunteers indicator: 龙泉市 only');
  assert.equal((await sourceLineFor({ metric: 'volunteer_teams' })).articles, 2, '龙泉市 and 临平区');
  assert.equal((await sourceLineFor({ metric: '' })).articles, 2, 'no parameter: the dashboard\'s default measure');
  assert.deepEqual(await sourceLineFor({ from: '2019', to: '2019' }), { papers: ['浙江法制报'], firstDate: '2019-03-21', lastDate: '2019-03-21', articles: 1, facts: 2 });
  const lishui = await sourceLineFor({ region: '331100' });
  assert.equal(lishui.facts, 4);
  assert.deepEqual(await sourceLineFor({ region: '331181' }, 'map'), lishui);
  assert.equal((await sourceLineFor({ region: '331181', metric: 'crime.change' }, 'region')).facts, 1, 'criminal cases, not police calls');
  // Malformed values fall back: an unknown region is the province, a bad date no bound.
  assert.equal((await sourceLineFor({ region: '999999', from: '20x9' })).facts, 9);
  assert.equal(formatSourceLine(await sourceLineFor({ from: '2030' })), '来源：暂无报道');
  // A paper, and exactly the regions a timeline draws.
  assert.equal((await sourceLineFor({ paper: '浙江法制报' })).facts, 9);
  assert.equal((await sourceLineFor({ paper: '钱江晚报' })).articles, 0);
  assert.deepEqual(await sourceLineFor({ codes: ['330000', '330113'] }, 'region'), { papers: ['浙江法制报'], firstDate: '2018-07-18', lastDate: '2021-06-01', articles: 2, facts: 3 });
});

/** One paper's articles with their publication dates ('' unknown), summarised as the database does. */
const paper = (name: string, dates: string[], facts = 1): PaperSummary => {
  const known = dates.filter(Boolean).sort();
  return { paper: name, articles: dates.length, facts, first: known[0] ?? '', last: known.at(-1) ?? '' };
};

test('papers by number of articles, then name (code-point order, the same everywhere); at most three named', () => {
  const line = summarise([paper('乙报', ['2019-01-02', '2020-12-31']), paper('甲报', ['2018-05-01']), paper('丙报', ['']), paper('丁报', ['2019-06-01']), paper('', [''])]);
  assert.deepEqual(line.papers, ['乙报', '丁报', '丙报', '甲报']);
  assert.equal(line.firstDate, '2018-05-01');
  assert.equal(line.lastDate, '2020-12-31');
  assert.equal(line.articles, 6);
  assert.equal(formatSourceLine(line), '来源：乙报、丁报、丙报等4家报纸 · 2018年5月1日—2020年12月31日 · 6篇报道');
  assert.equal(formatSourceLine(line, 'en'), 'Source: 乙报, 丁报, 丙报 and 1 more · 1 May 2018 – 31 Dec 2020 · 6 articles');
  assert.equal(formatSourceLine(summarise([paper('甲报', [''])]), 'en'), 'Source: 甲报 · date unknown · 1 article');
});
