import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyMetric } from '../../lib/extract/classify-metric';
import type { MetricKey } from '../../lib/schema';

/** `input` is the clause text before the figure; `context` the unit, the text after it and what earlier text decided. */
const cases: ReadonlyArray<{ input: string; context: { unit: string; after?: string; inherited?: MetricKey }; expected: MetricKey }> = [
  // crime
  { input: '今年以来,全市共破获刑事案件', context: { unit: '起' }, expected: 'crime' },
  { input: '全市110接警量同比下降', context: { unit: '%' }, expected: 'crime' },
  { input: '雨天发生交通事故', context: { unit: '起' }, expected: 'crime' },
  { input: '事故共造成死亡', context: { unit: '人' }, expected: 'crime' },
  { input: '共批准逮捕电信网络诈骗犯罪嫌疑人', context: { unit: '人' }, expected: 'crime' },
  { input: '破获刑事案件', context: { unit: '次' }, expected: 'crime' },
  // volunteers
  { input: '龙泉目前有', context: { unit: '支', after: '平安志愿者队伍' }, expected: 'volunteers' },
  { input: '“红枫义警”现有正式成员', context: { unit: '人' }, expected: 'volunteers' },
  { input: '组建平安巡逻队', context: { unit: '支' }, expected: 'volunteers' },
  { input: '全年参与志愿服务的群众达', context: { unit: '人' }, expected: 'volunteers' },
  // satisfaction
  { input: '群众安全感满意率达', context: { unit: '%' }, expected: 'satisfaction' },
  { input: '平安建设知晓率', context: { unit: '%' }, expected: 'satisfaction' },
  // personnel
  { input: '湖州市', context: { unit: '人', after: '公安民警当起“家园卫士”' }, expected: 'personnel' },
  { input: '全县共有专职人民调解员', context: { unit: '人' }, expected: 'personnel' },
  { input: '全市共配备专职网格员', context: { unit: '人' }, expected: 'personnel' },
  // services
  { input: '现场解决各类矛盾纠纷及办实事', context: { unit: '件' }, expected: 'services' },
  { input: '共调处矛盾纠纷', context: { unit: '起' }, expected: 'services' },
  { input: '民警开展上门走访', context: { unit: '次' }, expected: 'services' },
  { input: '开展法治讲座', context: { unit: '次' }, expected: 'services' },
  { input: '成功劝阻群众', context: { unit: '人' }, expected: 'services' },
  // other
  { input: '其中电信诈骗案件占全市刑事案件总数的', context: { unit: '%' }, expected: 'other' },
  { input: '全省法院审结金融纠纷案件', context: { unit: '件' }, expected: 'other' },
  { input: '为群众挽回经济损失', context: { unit: '元' }, expected: 'other' },
  { input: '在', context: { unit: '平方公里', after: '的龙泉大地' }, expected: 'other' },
  { input: '安全感测评得分', context: { unit: '分' }, expected: 'other' },
  { input: '全市共有', context: { unit: '个', after: '村(社区)' }, expected: 'other' },
  // inherited from earlier text when the clause says nothing
  { input: '其中', context: { unit: '起', inherited: 'crime' }, expected: 'crime' },
  { input: '其中', context: { unit: '人', inherited: 'volunteers' }, expected: 'volunteers' },
];

describe('classifyMetric', () => {
  for (const { input, context, expected } of cases) {
    const name = `classifies "${input}…${context.unit}${context.after ?? ''}" as ${expected}${context.inherited ? ' (inherited)' : ''}`;
    test(name, () => {
      assert.equal(classifyMetric({ before: input, after: context.after ?? '', unit: context.unit, inherited: context.inherited ?? null }), expected);
    });
  }
});
