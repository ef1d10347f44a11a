import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { oneCaseOf, oneCaseSentences } from '../../lib/extract/one-case';
import { splitSentences } from '../../lib/extract/split-sentences';

/** `input`: paragraphs (folded text); `expected`: for each sentence, whether it tells one case or one person's story. */
const cases: ReadonlyArray<{ input: string; expected: readonly boolean[]; note: string }> = [
  { input: '3月8日,警方在滨江区一举捣毁一个诈骗窝点,抓获嫌疑人17名。', expected: [true], note: 'one arrest on one day' },
  { input: '3月8日,警方一举捣毁一个诈骗窝点,抓获嫌疑人17名。现场查获手机52部、银行卡300余张。', expected: [true, true], note: 'the haul of that arrest, in the next sentence' },
  { input: '3月8日,警方抓获嫌疑人17名。\n今年以来,全市共破获诈骗案件1200起。', expected: [true, false], note: 'a story ends with its paragraph' },
  { input: '3月8日,警方抓获嫌疑人17名。今年以来,全市共破获诈骗案件1200起。', expected: [true, false], note: 'a story ends where a period is named again' },
  { input: '市民李女士被骗走存款12万元。', expected: [true], note: 'one victim\'s money' },
  { input: '民警帮助一名老人追回被骗的3.5万元。', expected: [true], note: 'one person helped' },
  { input: '警方抓获钱某等6名犯罪嫌疑人。', expected: [true], note: 'suspects of one case, named' },
  { input: '打掉一个盘踞城郊多年的“车匪路霸”团伙,破获案件46起。', expected: [true], note: 'one gang\'s cases' },
  { input: '他说,自己去年参加了20多次培训。', expected: [true], note: 'one person\'s doings' },
  { input: '成功破获一起特大跨境赌博案,涉案金额3亿元。', expected: [true], note: 'one case' },
  { input: '该志愿服务队向山区学校捐赠图书2000册、现金3万元。', expected: [true], note: 'one team\'s gift' },
  // statistics
  { input: '共抓获犯罪嫌疑人12名,其中一名为在逃人员。', expected: [false], note: '其中一名: part of a count' },
  { input: '本报杭州5月6日讯 今年一季度,全省共破获刑事案件1.2万起。', expected: [false], note: 'a dateline\'s day is not an event' },
  { input: '5月6日,省公安厅通报:全省刑事案件同比下降9.5%。', expected: [false], note: 'a day with a whole place: a statistic reported that day' },
  { input: '6月1日至7日,全市开展集中清查,查处违法行为320起。', expected: [false], note: 'a period of days' },
  { input: '他介绍,目前全县共有平安志愿者2.1万人。', expected: [false], note: 'an official reporting' },
  { input: '未发生一起重大刑事案件,破获积案13起。', expected: [false], note: 'not one case: none' },
  { input: '全县十一起命案全部告破。', expected: [false], note: '十一起 is eleven cases' },
  { input: '当中有1,581名专职网格员。', expected: [false], note: '581名 is not one person' },
  { input: '组建女子巡逻队,队员48名。', expected: [false], note: '女子 naming a team' },
  { input: '他们累计调解纠纷2300余起。', expected: [false], note: '他们: a group' },
];

describe('oneCaseSentences', () => {
  for (const { input, expected, note } of cases) {
    test(`${expected.map((e) => (e ? 'story' : 'statistics')).join(', ')}: ${input} (${note})`, () => {
      assert.deepEqual(oneCaseSentences(splitSentences(input)), expected);
    });
  }
});

describe('oneCaseOf', () => {
  const text = [
    '3月8日,警方一举捣毁一个诈骗窝点。现场查获手机52部。银行卡300余张。今年以来,全市共破获诈骗案件1200起。其中电信诈骗800起。',
    '市民李女士被骗走存款12万元。',
    '全县十一起命案全部告破。她参加了培训20次。又追回赃款50万元。',
  ].join('\n');
  const sentences = splitSentences(text);
  const inOrder = oneCaseSentences(sentences);

  test('the sample has stories that go on and stories that end', () => {
    assert.deepEqual(inOrder, [true, true, true, false, false, true, false, true, true]);
  });

  test('asked about one sentence only, it reads back as far as the story goes', () => {
    sentences.forEach((_, i) => assert.equal(oneCaseOf(sentences)(i), inOrder[i], `sentence ${i}: ${sentences[i]!.text}`));
  });

  test('asked in any order, every answer is the one read in order', () => {
    const isOneCase = oneCaseOf(sentences);
    const order = [8, 2, 4, 0, 7, 5, 1, 6, 3];
    for (const i of order) assert.equal(isOneCase(i), inOrder[i], `sentence ${i}`);
  });

  test('a paragraph of 100,000 sentences, asked about its last: read in one pass, no deep recursion', () => {
    const long = splitSentences(`3月8日,警方捣毁窝点。${'查获手机52部。'.repeat(100_000)}`);
    assert.equal(oneCaseOf(long)(long.length - 1), true);
  });
});
