import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineTitle, type TimelineLike } from '../../lib/export/timeline-export';

const data: TimelineLike = {
  mode: 'values',
  measure: { id: 'criminal_cases.change.%', label: '刑事案件 · 增减（%）', unit: '%' },
  series: [{ code: '331181', name: '龙泉市', points: [] }],
};

test('the timeline title: place, measure, and the window when there is one', () => {
  assert.equal(timelineTitle('龙泉市', data), '龙泉市 · 刑事案件 · 增减（%） · 时间线');
  assert.equal(timelineTitle('龙泉市', { ...data, window: { from: '2019', to: '2019' } }), '龙泉市 · 刑事案件 · 增减（%） · 时间线 · 2019年');
  assert.equal(timelineTitle('Longquan', { ...data, window: { from: '2018-01' } }, 'en'), 'Longquan · 刑事案件 · 增减（%） · timeline · Jan 2018');
});
