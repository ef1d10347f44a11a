import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadDataset } from '../../lib/data/load';
import { REGION_TREE } from '../../lib/data/regions';
import { resolveMeasure } from '../../lib/data/filters';
import { factView } from '../../lib/data/region-view';
import { buildTable } from '../../lib/data/table-view';
import { tableCsv } from '../../lib/export/figure-csv';
import { buildTimeline } from '../../lib/data/timeline-view';
import { pointTooltipHtml } from '../../lib/charts/timeline-option';
import { readerDataset } from '../../lib/review/reviewed-dataset';
import { FIXTURE_DIR } from '../app/helpers';
import { CALLS, LONGQUAN, PEOPLE, TEAMS, correctionsText, reviewed, tempDir } from './helpers';

function decided() {
  const text = reviewed([]).ds.articleById.get(LONGQUAN)!.text;
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

describe('the dataset readers see', () => {
  test('rejected statistics are gone, corrections in place, added ones in their article; each fact has its status', () => {
    const r = reviewed(decided());
    const ds = readerDataset(r.ds, r, false);
    const status = new Map(ds.facts.map((f) => [f.factId as string, f.status]));
    assert.equal(status.has(PEOPLE), false);
    assert.equal(status.get(TEAMS), 'confirmed');
    assert.equal(status.get(CALLS), 'corrected');
    assert.equal(ds.facts.find((f) => f.factId === CALLS)!.value, 23);
    assert.equal(status.get('added0000001'), 'added');
    assert.equal(ds.facts.length, r.ds.facts.length, 'one rejected, one added');
    const inArticle = ds.factsByArticle.get(LONGQUAN)!.map((f) => f.factId as string);
    assert.ok(inArticle.includes('added0000001') && !inArticle.includes(PEOPLE));
    const starts = ds.factsByArticle.get(LONGQUAN)!.map((f) => f.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.equal(readerDataset(r.ds, r, false), ds, 'one dataset per review state');
  });

  test('reviewed=1 keeps only confirmed, corrected and added statistics', () => {
    const r = reviewed(decided());
    const ds = readerDataset(r.ds, r, true);
    assert.deepEqual(ds.facts.map((f) => f.status).sort(), ['added', 'confirmed', 'corrected']);
    assert.deepEqual([...ds.factsByArticle.values()].flat().length, 3);
    assert.equal(ds.articles, r.ds.articles, 'articles stay: their text is still readable');
  });

  test('tables, the CSV, the region view and the timeline hover text carry the status', () => {
    const r = reviewed(decided());
    const ds = readerDataset(r.ds, r, false);
    const table = buildTable(ds, REGION_TREE, { measure: null, region: '331181', window: {}, sort: 'date', dir: 'desc', page: 1, lang: 'zh' });
    const row = table.rows.find((x) => x.factId === CALLS)!;
    assert.deepEqual([row.status, row.statusLabel], ['corrected', '已更正']);
    // The CSV's column set is English whatever the page's language: the status as its code.
    assert.match(tableCsv([row], { sourceLine: '', viewUrl: 'http://x/', origin: 'http://x' }).split('\r\n')[1]!, /,corrected,/);
    const en = buildTable(ds, REGION_TREE, { measure: null, region: '331181', window: {}, sort: 'date', dir: 'desc', page: 1, lang: 'en' });
    assert.equal(en.rows.find((x) => x.factId === 'added0000001')!.statusLabel, 'added');
    assert.equal(factView(ds.facts.find((f) => f.factId === TEAMS)!, ds, REGION_TREE).status, 'confirmed');
    const measure = resolveMeasure(ds, REGION_TREE, { metric: 'criminal_cases.change.%' });
    const tl = buildTimeline(ds, REGION_TREE, { measure, region: '331181', lang: 'zh' });
    const series = tl.series.find((s) => s.points.some((p) => p.factId === 'added0000001'));
    assert.ok(series, 'the added figure is on the timeline');
    const point = series.points.find((p) => p.factId === 'added0000001')!;
    assert.match(pointTooltipHtml(point, series, tl), /审核：\+ 已补充/);
  });

  test('loadDataset applies REVIEW_DATA_DIR/corrections.csv, and again when it changes', () => {
    const dir = tempDir();
    const before = process.env.REVIEW_DATA_DIR;
    process.env.REVIEW_DATA_DIR = dir;
    try {
      const none = loadDataset(FIXTURE_DIR);
      assert.ok(none.facts.every((f) => f.status === 'unreviewed'));
      assert.equal(loadDataset(FIXTURE_DIR, { reviewed: true }).facts.length, 0);
      writeFileSync(path.join(dir, 'corrections.csv'), correctionsText([{ fact_id: TEAMS, action: 'confirm' }]));
      const one = loadDataset(FIXTURE_DIR, { reviewed: true });
      assert.deepEqual(one.facts.map((f) => [f.factId, f.status]), [[TEAMS, 'confirmed']]);
      assert.equal(loadDataset(FIXTURE_DIR, { reviewed: true }), one, 'cached until a file changes');
      writeFileSync(path.join(dir, 'corrections.csv'), correctionsText([{ fact_id: TEAMS, action: 'confirm' }, { fact_id: TEAMS, action: 'reject' }]));
      assert.equal(loadDataset(FIXTURE_DIR).facts.some((f) => f.factId === TEAMS), false);
    } finally {
      if (before === undefined) delete process.env.REVIEW_DATA_DIR;
      else process.env.REVIEW_DATA_DIR = before;
    }
  });
});
