import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromText } from '../../lib/extract/page-date';

const filler = '全市共破获刑事案件1200起,同比下降8.5%。'.repeat(20);

const cases: ReadonlyArray<{ name: string; input: string; expected: string }> = [
  { name: 'a masthead date with the weekday', input: `浙江法制报 2018年7月18日 星期三\n${filler}`, expected: '2018-07-18' },
  { name: 'an ISO masthead date', input: `2019-03-21 第1版\n${filler}`, expected: '2019-03-21' },
  { name: 'a dotted date', input: '2018.07.18 要闻', expected: '2018-07-18' },
  { name: 'a slashed date', input: '2019/3/21', expected: '2019-03-21' },
  { name: 'a date in the footer', input: `${filler}\n本版编辑 2019年3月21日`, expected: '2019-03-21' },
  { name: 'no date from the body (an event, not the issue)', input: `${filler}2017年4月1日${filler}`, expected: '' },
  { name: 'no date without a year', input: '本报讯 7月17日,全省会议召开', expected: '' },
  { name: 'no impossible date', input: '2018年2月30日 星期五', expected: '' },
  { name: 'no date in an empty text', input: '', expected: '' },
];

describe('dateFromText', () => {
  for (const { name, input, expected } of cases) test(`reads ${name}${expected ? ` as ${expected}` : ''}`, () => assert.equal(dateFromText(input), expected));
});
