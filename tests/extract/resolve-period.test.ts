import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PeriodIndex, resolvePeriod, type Period } from '../../lib/extract/resolve-period';

/** `input` is the text before the figure; `context` the publication date it is resolved against. */
const cases: ReadonlyArray<{ input: string; context: string; expected: Period }> = [
  { input: '1-6月,全省刑事案件同比下降了', context: '2018-07-18', expected: { start: '2018-01', end: '2018-06' } },
  { input: '1-6月,全省刑事案件同比下降了', context: '2021-03-05', expected: { start: '2021-01', end: '2021-06' } },
  { input: '今年1至9月,全市共破获', context: '2018-10-12', expected: { start: '2018-01', end: '2018-09' } },
  { input: '上半年,全市共破获', context: '2018-07-18', expected: { start: '2018-01', end: '2018-06' } },
  { input: '2014年下半年,全市共破获', context: '2018-07-18', expected: { start: '2014-07', end: '2014-12' } },
  { input: '今年以来,全省各地', context: '2018-07-18', expected: { start: '2018-01', end: '2018-07' } },
  { input: '今年以来,全省各地', context: '2019-03-21', expected: { start: '2019-01', end: '2019-03' } },
  { input: '去年,全市共破获', context: '2019-03-21', expected: { start: '2018', end: '2018' } },
  // 去年 as the yardstick of a change is not the figure's period
  { input: '全市群众安全感满意率达97.8%,较去年提高', context: '2019-10-15', expected: { start: '', end: '' } },
  { input: '今年全市满意率比上年提高', context: '2019-10-15', expected: { start: '2019', end: '2019' } },
  { input: '在省统计局测评中,2017年安吉人民群众安全感', context: '2019-03-21', expected: { start: '2017', end: '2017' } },
  { input: '2017年4月,安吉公安全警动员', context: '2019-03-21', expected: { start: '2017-04', end: '2017-04' } },
  { input: '截至三季度末,全市共有', context: '2018-10-20', expected: { start: '2018-01', end: '2018-09' } },
  { input: '前三季度,全市共破获', context: '2018-10-20', expected: { start: '2018-01', end: '2018-09' } },
  { input: '一季度,全市刑事案件', context: '2018-04-10', expected: { start: '2018-01', end: '2018-03' } },
  { input: '2019年至2021年,全省共破获', context: '2022-01-05', expected: { start: '2019', end: '2021' } },
  { input: '2019年1月至2021年12月,全省共破获', context: '2022-01-05', expected: { start: '2019-01', end: '2021-12' } },
  { input: '自2016年以来,全市共破获', context: '2018-07-18', expected: { start: '2016', end: '2018-07' } },
  { input: '据悉,龙泉目前有', context: '2018-07-18', expected: { start: '2018-07', end: '2018-07' } },
  { input: '7月10日,江山市虎山街道', context: '2018-07-18', expected: { start: '2018-07-10', end: '2018-07-10' } },
  { input: '2017年,全市共破获……今年1-6月,全市共破获', context: '2018-07-18', expected: { start: '2018-01', end: '2018-06' } },
  // relative phrases need a publication date; the clock is never used
  { input: '今年以来,全省各地', context: '', expected: { start: '', end: '' } },
  { input: '去年,全市共破获', context: '', expected: { start: '', end: '' } },
  { input: '据悉,龙泉目前有', context: '', expected: { start: '', end: '' } },
  { input: '2017年,安吉', context: '', expected: { start: '2017', end: '2017' } },
  // no period named
  { input: '据统计,龙泉市总接警量同比下降了', context: '2018-07-18', expected: { start: '', end: '' } },
];

describe('resolvePeriod', () => {
  for (const { input, context, expected } of cases) {
    const period = expected.start ? `${expected.start}/${expected.end}` : 'no period';
    test(`reads "${input}" published ${context || 'on an unknown date'} as ${period}`, () => assert.deepEqual(resolvePeriod(input, context), expected));
  }
});

test('earlier sentences give scopes (1-6月, 今年以来), not event dates (将于10月举行)', () => {
  assert.deepEqual(resolvePeriod('第十三届平安论坛将于10月举行。', '2019-09-10', true), { start: '', end: '' });
  assert.deepEqual(resolvePeriod('7月17日,会议在杭州召开。', '2019-09-10', true), { start: '', end: '' });
  assert.deepEqual(resolvePeriod('1-6月,全省刑事案件同比下降了13.7%。', '2019-09-10', true), { start: '2019-01', end: '2019-06' });
  assert.deepEqual(resolvePeriod('第十三届平安论坛将于10月举行。', '2019-09-10'), { start: '2019-10', end: '2019-10' });
});

describe('PeriodIndex', () => {
  const texts = [
    '据统计,2017年全市共破获刑事案件1200起,今年1-6月同比下降8.5%;自2016年10月开展专项行动以来,上半年命案下降3起!去年9月全市8起,截至三季度末共12起。',
    '较2017年的1210起,今年以来下降。一季度,全市发案18起,比去年同期减少3起,2019年至2021年累计破案99起;7月10日,目前现有1-9月数据',
  ];
  for (const text of texts) {
    for (const scopesOnly of [false, true]) {
      test(`answers for every offset what the text before it names${scopesOnly ? ' (scopes only)' : ''}`, () => {
        const index = new PeriodIndex(text, '2019-10-15', scopesOnly);
        for (let x = 0; x <= text.length; x++) assert.deepEqual(index.before(x), resolvePeriod(text.slice(0, x), '2019-10-15', scopesOnly), `at ${x}: ${text.slice(0, x)}`);
      });
    }
  }

  test('reads a long text once: the answer near its end does not depend on a rescan from its start', () => {
    const text = `${'全市安全平稳,'.repeat(20000)}今年1-6月,全市共破获`;
    assert.deepEqual(new PeriodIndex(text, '2019-10-15').before(text.length), { start: '2019-01', end: '2019-06' });
  });
});
