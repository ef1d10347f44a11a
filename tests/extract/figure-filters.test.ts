import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isLanguageNotStatistic } from '../../lib/extract/figure-filters';
import { findNumbers } from '../../lib/extract/find-numbers';
import { clauseEnd, clauseStart } from '../../lib/extract/split-sentences';

/** Whether the figure `context` of sentence `input` is language, not a statistic (judged in its clause, as extractArticle does). */
function judge(input: string, figure: string): boolean {
  const n = findNumbers(input).find((m) => m.raw === figure);
  assert.ok(n, `${figure} is found in ${input}`);
  return isLanguageNotStatistic(n, input.slice(clauseStart(input, n.start), n.start), input.slice(n.end, clauseEnd(input, n.end)), input);
}

const cases: ReadonlyArray<{ input: string; context: string; expected: boolean; note: string }> = [
  { input: '龙泉的一名党员叶立新,当晚严阵以待', context: '一名', expected: true, note: 'one of something' },
  { input: '1个无会日办妥 25件百姓实事', context: '1个', expected: true, note: 'one of something' },
  { input: '从去年9月起,老朱多了2个身份', context: '2个', expected: true, note: 'an anecdote\'s small count' },
  { input: '他们俩一起去古街巡一圈', context: '一起', expected: true, note: '一起 = together' },
  { input: '为我省“两个高水平”建设保驾护航', context: '两个', expected: true, note: 'a slogan in short quotes' },
  { input: '牢记“3个不放过”的要求', context: '3个', expected: true, note: 'a slogan in short quotes' },
  { input: '今年以来,多地出现了零命案', context: '零', expected: true, note: 'a figure about unnamed places' },
  { input: '部分地区盗窃案件上升12%', context: '12%', expected: true, note: 'a figure about unnamed places' },
  { input: '在全省11个设区市、90个县(市、区)开展专项行动', context: '11个', expected: true, note: 'the map of the province' },
  { input: '在全省11个设区市、90个县(市、区)开展专项行动', context: '90个', expected: true, note: 'the map of the province' },
  { input: '重点开展4个方面的整治', context: '4个', expected: true, note: 'the parts of a plan' },
  { input: '全省共有18个县(市、区)被命名为“平安金鼎”县', context: '18个', expected: false, note: 'some of the counties: news' },
  { input: '全市已建成平安村(社区)980个', context: '980个', expected: false, note: 'a count of places made safe' },
  { input: '1个无会日办妥 25件百姓实事', context: '25件', expected: false, note: 'a count' },
  { input: '雨天发生事故106起,死亡3人', context: '3人', expected: false, note: 'deaths, however few' },
  { input: '当晚发生2起命案', context: '2起', expected: false, note: 'a small count of crimes' },
  { input: '事故造成2人受伤', context: '2人', expected: false, note: 'injuries, however few' },
  { input: '全市实现零命案', context: '零', expected: false, note: 'a zero count for a named place' },
  { input: '据悉,龙泉目前有626支平安志愿者队伍', context: '626支', expected: false, note: 'a count' },
  { input: '他说:“今年全市共破获刑事案件1200起,同比下降8.5%,成绩来之不易。”', context: '1200起', expected: false, note: 'a figure in a long quotation' },
  { input: '“平安志愿者”达到626支', context: '626支', expected: false, note: 'a figure after a quoted name' },
  { input: '全县重大亡人火灾仅1起', context: '1起', expected: false, note: 'one case, counted' },
  { input: '党的十九届四次全会精神', context: '四次', expected: true, note: 'an ordinal session' },
  { input: '该县连续6次捧得平安金鼎', context: '6次', expected: true, note: 'a streak' },
  { input: '盗窃案件数排名前5位的乡镇', context: '5位', expected: true, note: 'a rank' },
  { input: '来源:县公安局 浏览量 2851次', context: '2851次', expected: true, note: 'a page\'s view counter' },
  { input: '点击数(1.2万次)', context: '1.2万次', expected: true, note: 'a page\'s view counter' },
  { input: '视频播放量达到3.6万次', context: '3.6万次', expected: false, note: 'views counted in the text: a statistic' },
  { input: '现场查获作案用手机35部、银行卡120张', context: '120张', expected: true, note: 'one case\'s haul' },
  { input: '先后破获6个诈骗团伙,缴获一批作案工具', context: '6个', expected: false, note: 'gangs, not the haul' },
  { input: '2023-05-06 来源:平安台州 2.1万次阅读', context: '2.1万次', expected: true, note: 'a page\'s view counter after the figure' },
  { input: '对涉案金额50万元以上的案件挂牌督办', context: '50万元以上', expected: true, note: 'a threshold naming a kind of case' },
  { input: '打掉5人以上团伙27个', context: '5人以上', expected: true, note: 'a threshold naming a kind of gang' },
  { input: '组织1000人以上规模的活动', context: '1000人以上', expected: true, note: 'a threshold naming a kind of event' },
  { input: '全市95%以上的村建立了巡防队', context: '95%以上', expected: false, note: 'a share: how many' },
  { input: '参加巡防的群众达到3000人以上', context: '3000人以上', expected: false, note: 'how many, at least' },
];

describe('isLanguageNotStatistic', () => {
  test('a bare number after a view counter is no figure at all', () => assert.deepEqual(findNumbers('阅读 3.6万 点赞 120'), []));
  for (const { input, context, expected, note } of cases) {
    test(`${expected ? 'drops' : 'keeps'} ${context} in "${input}" (${note})`, () => assert.equal(judge(input, context), expected));
  }
});
