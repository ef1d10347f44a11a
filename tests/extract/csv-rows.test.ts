import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { articleCells, articleRow, factCells, factRow, formatValue, sourceCells } from '../../lib/extract/csv-rows';
import { articleId, factId } from '../../lib/extract/ids';
import { ARTICLE_COLUMNS, FACT_COLUMNS, SOURCE_COLUMNS, type Article, type RegionCode, type Statistic } from '../../lib/schema';
import { testMeta } from './seed-pages';

const values: ReadonlyArray<{ input: number; expected: string }> = [
  { input: 3897000000, expected: '3897000000' },
  { input: 0.14, expected: '0.14' },
  { input: 13.7, expected: '13.7' },
  { input: 13000, expected: '13000' },
  { input: 0, expected: '0' },
  { input: -8.5, expected: '-8.5' },
  { input: 1e-7, expected: '0.0000001' },
  { input: 1.5e-10, expected: '0.00000000015' },
  { input: 123456789012345, expected: '123456789012345' },
  { input: 1e21, expected: '1000000000000000000000' },
  { input: 2.5e22, expected: '25000000000000000000000' },
];

describe('formatValue', () => {
  for (const { input, expected } of values) test(`prints ${input} as ${expected}, never an exponent`, () => assert.equal(formatValue(input), expected));
  for (const input of [NaN, Infinity, -Infinity]) test(`refuses ${input}`, () => assert.throws(() => formatValue(input)));
});

const id = articleId('t.txt', 0);
const article: Article = { id, source: 't.txt', index: 0, meta: testMeta('t.txt', '2018-07-18'), title: '龙泉', byline: '本报记者 陈佳妮', text: '龙泉\n共1.3万余人。' };
const stat: Statistic = {
  articleId: id, source: 't.txt', regionCode: '331181' as RegionCode, regionName: '龙泉市', regionLevel: 'county', metric: 'volunteers', indicator: 'volunteers',
  subject: '共', value: 13000, unit: '人', qualifier: 'more_than', direction: 'none', comparison: '', periodStart: '2018-07',
  periodEnd: '2018-07', sentence: '共1.3万余人。', start: 4, end: 10, confidence: 0.9,
};

describe('rows', () => {
  test('a fact row has the contract columns in order, the fact id from its offsets, and plain strings', () => {
    const row = factRow(stat);
    assert.deepEqual(Object.keys(row), [...FACT_COLUMNS]);
    assert.equal(row.fact_id, factId(id, 4, 10));
    assert.deepEqual([row.value, row.start, row.end, row.confidence, row.region_code], ['13000', '4', '10', '0.90', '331181']);
  });
  test('an article row has the contract columns in order', () => {
    const row = articleRow(article);
    assert.deepEqual(Object.keys(row), [...ARTICLE_COLUMNS]);
    assert.deepEqual([row.article_id, row.date, row.byline, row.text], [id, '2018-07-18', '本报记者 陈佳妮', '龙泉\n共1.3万余人。']);
  });
});

describe('cells (the rows as the CSV writer takes them)', () => {
  test('a fact is its row in FACT_COLUMNS order; text cells that would start a formula are guarded, numbers never', () => {
    const hostile: Statistic = { ...stat, subject: '=SUM(A1)', sentence: '-共1.3万余人', value: -8.5, start: 4, end: 10 };
    const cells = factCells(hostile);
    const row = factRow(hostile);
    assert.deepEqual(cells, FACT_COLUMNS.map((c) => row[c]));
    assert.equal(cells[FACT_COLUMNS.indexOf('subject')], "'=SUM(A1)");
    assert.equal(cells[FACT_COLUMNS.indexOf('sentence')], "'-共1.3万余人");
    assert.deepEqual([cells[FACT_COLUMNS.indexOf('value')], cells[FACT_COLUMNS.indexOf('confidence')]], ['-8.5', '0.90']);
  });
  test('an article and a source are their rows in column order; a file placed outside Zhejiang is written 000000', () => {
    assert.deepEqual(articleCells({ ...article, title: '+86' }), [id, 't.txt', article.meta.paper, '2018-07-18', article.meta.page, "'+86", '本报记者 陈佳妮', '龙泉\n共1.3万余人。']);
    const source = sourceCells(article.meta, { code: '320681' as RegionCode, basis: 'headline' });
    assert.equal(source.length, SOURCE_COLUMNS.length);
    assert.deepEqual([source[SOURCE_COLUMNS.indexOf('region_code')], source[SOURCE_COLUMNS.indexOf('region_basis')]], ['000000', 'headline']);
    assert.equal(sourceCells(article.meta, { code: '331181' as RegionCode, basis: 'headline' })[SOURCE_COLUMNS.indexOf('region_code')], '331181');
  });
});
