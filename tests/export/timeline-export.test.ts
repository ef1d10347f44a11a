import assert from 'node:assert/strict';
import { test } from 'node:test';
import Papa from 'papaparse';
import { TIMELINE_CSV_HEADER, timelineCsv, timelineTitle, type TimelineLike } from '../../lib/export/timeline-export';

const data: TimelineLike = {
  mode: 'values',
  measure: { id: 'crime.change.%', label: '案件与警情 · 增减（%）', unit: '%' },
  series: [
    { code: '331181', name: '龙泉市', points: [
      { date: '2018-06-30', basis: 'period', value: -22, figure: '同比下降22%', period: '2018年1月—6月', factId: 'a-f03' },
      { date: '2018-07-18', basis: 'published', value: -61, figure: '-61', period: '2018年7月18日报道', factId: 'a-f04' },
    ] },
    { code: '330000', name: '@浙江省', points: [{ date: '2018-06-30', basis: 'period', value: -13.7, figure: '=同比下降13.7%', period: '2018年上半年', factId: 'b-f01' }] },
  ],
};

test('the timeline CSV: one formula-safe row per point drawn, with the citation and the view', () => {
  const rows = Papa.parse<string[]>(timelineCsv(data, '来源：浙江法制报', 'http://x/#timeline').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
  assert.deepEqual(rows[0], [...TIMELINE_CSV_HEADER]);
  assert.equal(rows.length, 4);
  assert.deepEqual(rows[1], ['331181', '龙泉市', '2018-06-30', 'period', '案件与警情 · 增减（%）', '-22', '%', '同比下降22%', '2018年1月—6月', 'a-f03', '来源：浙江法制报', 'http://x/#timeline']);
  assert.equal(rows[2]![7], '-61', 'a plain negative number stays a number');
  assert.equal(rows[3]![1], "'@浙江省");
  assert.equal(rows[3]![7], "'=同比下降13.7%");
  assert.equal(timelineTitle('龙泉市', data), '龙泉市 · 案件与警情 · 增减（%） · 时间线');
});

test('count mode: the unit is 条 and points have no fact id', () => {
  const count: TimelineLike = { mode: 'count', measure: { id: 'count', label: '全部统计 · 条数', unit: '条' }, series: [{ code: '331100', name: '丽水市', points: [{ date: '2018-07-31', basis: 'period', value: 4, figure: '4条统计', period: '2018-07', factId: '331100-2018-07' }] }] };
  const rows = Papa.parse<string[]>(timelineCsv(count, 'c', 'u').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
  assert.equal(rows[1]![6], '条');
  assert.equal(rows[1]![9], '');
});
