import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { statsDb } from '../../lib/db/stats-db';
import { dashboardData, regionPageData, embedTimelineData } from '../../lib/data/view-data';
import { ARTICLE_COLUMNS, FACT_COLUMNS } from '../../lib/schema';
import { fixtureFolder } from '../db/helpers';
import { links, state } from './helpers';

test('a 1 MB paragraph does not grow the dashboard, the region page or the timeline: quotes are windows around the figure', async (t) => {
  const long = '很'.repeat(500_000);
  const text = `${long}全省刑事案件同比下降13.7%，龙泉市刑事立案同比下降61%。${long}`;
  const at = text.indexOf('13.7%');
  const lq = text.indexOf('61%');
  const articles = `${ARTICLE_COLUMNS.join(',')}\nA1,s,p,2018-07-18,1,T,,${text}\n`;
  const facts = [
    FACT_COLUMNS.join(','),
    `F1,A1,s,330000,浙江省,province,crime,criminal_cases,刑事案件,13.7,%,exact,decrease,yoy,2018,2018,${text},${at},${at + 5},0.9`,
    `F2,A1,s,331181,龙泉市,county,crime,criminal_cases,刑事立案,61,%,exact,decrease,yoy,2018,2018,${text},${lq},${lq + 3},0.9`,
  ].join('\n');
  const dir = fixtureFolder({ 'articles.csv': articles, 'facts.csv': `${facts}\n` });
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const db = await statsDb(dir, path.join(dir, 'corrections.csv'));
  const d = await dashboardData(db, state({}), links);
  assert.equal(d.table.total, 2, 'both figures are shown');
  assert.ok(d.table.rows.every((r) => r.quote.figure && r.fields.sentence.length < 200));
  const sizes = {
    dashboard: JSON.stringify(d).length,
    region: JSON.stringify(await regionPageData(db, '330000', 'zh', false)).length,
    timeline: JSON.stringify(await embedTimelineData(db, state({ metric: 'criminal_cases' }), links)).length,
  };
  for (const [view, n] of Object.entries(sizes)) assert.ok(n < 60_000, `${view}: ${n} characters`);
});
