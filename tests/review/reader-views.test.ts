import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as Q from '../../lib/db/queries';
import { tableCsv } from '../../lib/export/figure-csv';
import { pointTooltipHtml } from '../../lib/charts/timeline-option';
import { articlePageData, embedTimelineData, regionPageData, tableData } from '../../lib/data/view-data';
import { fixtureDataset, links, state, useFixtureDb } from '../app/helpers';
import { CALLS, LONGQUAN, PEOPLE, TEAMS, correctionsText } from './helpers';

function decided() {
  const text = fixtureDataset().articleById.get(LONGQUAN)!.text;
  const start = text.indexOf('61%');
  const add = (field: string, value: string) => ({ fact_id: 'added0000001', action: 'add' as const, field, value });
  return [
    { fact_id: TEAMS, action: 'confirm' as const },
    { fact_id: PEOPLE, action: 'reject' as const },
    { fact_id: CALLS, action: 'edit' as const, field: 'value', value: '23' },
    add('article_id', LONGQUAN), add('start', String(start)), add('end', String(start + 3)), add('text', '61%'),
    add('region_code', '331181'), add('indicator', 'criminal_cases'), add('value', '61'), add('unit', '%'), add('direction', 'decrease'),
  ];
}

const db = useFixtureDb(correctionsText(decided()));

describe('what readers see of the reviewers\' decisions', () => {
  test('rejected statistics are gone, corrections in place, added ones in their article, in text order; each fact has its status', async () => {
    const page = (await articlePageData(db(), LONGQUAN, 'zh', false))!;
    const status = new Map(page.facts.map((f) => [f.factId, f.status]));
    assert.equal(status.has(PEOPLE), false);
    assert.equal(status.get(TEAMS), 'confirmed');
    assert.equal(status.get(CALLS), 'corrected');
    assert.equal(page.facts.find((f) => f.factId === CALLS)!.value, -23);
    assert.equal(status.get('added0000001'), 'added');
    assert.equal(await Q.countFacts(db(), {}), 9, 'one rejected, one added');
    const starts = page.facts.map((f) => f.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  test('reviewed=1 keeps only confirmed, corrected and added statistics; the article stays readable', async () => {
    const all = await tableData(db(), state({ reviewed: '1' }), null);
    assert.deepEqual(all.rows.map((r) => r.status).sort(), ['added', 'confirmed', 'corrected']);
    const page = (await articlePageData(db(), LONGQUAN, 'zh', true))!;
    assert.equal(page.facts.length, 3);
    assert.ok(page.article.text.length > 0);
    assert.equal((await regionPageData(db(), '331181', 'zh', true))!.factCount, 3);
  });

  test('tables, the CSV, the region view and the timeline hover text carry the status', async () => {
    const table = await tableData(db(), state({ region: '331181' }), null);
    const row = table.rows.find((x) => x.factId === CALLS)!;
    assert.deepEqual([row.status, row.statusLabel], ['corrected', '已更正']);
    // The CSV's column set is English whatever the page's language: the status as its code.
    assert.match(tableCsv([row], { sourceLine: '', viewUrl: 'http://x/', origin: 'http://x' }).split('\r\n')[1]!, /,corrected,/);
    const en = await tableData(db(), state({ region: '331181', lang: 'en' }), null);
    assert.equal(en.rows.find((x) => x.factId === 'added0000001')!.statusLabel, 'added');
    const region = (await regionPageData(db(), '331181', 'zh', false))!;
    assert.equal(region.groups.flatMap((g) => g.facts).find((f) => f.factId === TEAMS)!.status, 'confirmed');
    const tl = await embedTimelineData(db(), state({ metric: 'criminal_cases.change.%', region: '331181' }), links);
    const series = tl.series.find((s) => s.points.some((p) => p.factId === 'added0000001'));
    assert.ok(series, 'the added figure is on the timeline');
    const point = series.points.find((p) => p.factId === 'added0000001')!;
    assert.match(pointTooltipHtml(point, series, tl), /审核：\+ 已补充/);
  });
});
