import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveComparison, resolveDirection } from '../../lib/extract/resolve-direction';
import type { Comparison, Direction } from '../../lib/schema';

/** `input` is the clause text before the figure (同比下降了|13.7%). */
const directions: ReadonlyArray<{ input: string; expected: Direction; note: string }> = [
  { input: '1-6月,全省刑事案件同比下降了', expected: 'decrease', note: '同比下降了13.7%' },
  { input: '电信网络诈骗案件同比增', expected: 'increase', note: '同比增三成' },
  { input: '下降幅度达到', expected: 'decrease', note: '下降幅度达到70%' },
  { input: '群众安全感满意率比上年提高', expected: 'increase', note: '提高0.14个百分点' },
  { input: '分别比去年同期上升', expected: 'increase', note: '上升186.5%' },
  { input: '同比减少', expected: 'decrease', note: '减少' },
  { input: '两抢案件大幅回落', expected: 'decrease', note: '回落' },
  { input: '发案数先上升后下降', expected: 'decrease', note: 'the verb nearest the figure wins' },
  { input: '群众安全感得分从850分增加到', expected: 'none', note: '增加到900分 is a level' },
  { input: '命案发案数降至', expected: 'none', note: '降至 is a level' },
  { input: '今年新增平安志愿者', expected: 'none', note: '新增 is a count' },
  { input: '提升了服务质量,共办理', expected: 'none', note: '提升了服务 is no change of the figure' },
  { input: '龙泉目前有', expected: 'none', note: 'no verb' },
];

describe('resolveDirection', () => {
  for (const { input, expected, note } of directions) test(`reads ${note} as ${expected}`, () => assert.equal(resolveDirection(input), expected));
});

const comparisons: ReadonlyArray<{ input: string; expected: Comparison }> = [
  { input: '全省刑事案件同比下降了', expected: 'yoy' },
  { input: '分别比去年同期上升', expected: 'yoy' },
  { input: '较上年同期减少', expected: 'yoy' },
  { input: '6月份警情环比下降', expected: 'mom' },
  { input: '发案数比去年下降', expected: 'vs_last_year' },
  { input: '满意率较上年提高', expected: 'vs_last_year' },
  { input: '与2017年相比下降', expected: 'vs_last_year' },
  { input: '下降幅度达到', expected: '' },
];

describe('resolveComparison', () => {
  for (const { input, expected } of comparisons) test(`reads "${input}" as ${expected || 'no comparison'}`, () => assert.equal(resolveComparison(input), expected));
});
