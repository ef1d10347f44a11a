import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CLAUSE_REACH, QUOTE_MAX, clauseEnd, clauseStart, quoteSpan, splitSentences } from '../../lib/extract/split-sentences';

type Expected = readonly [text: string, paragraph: number];

const cases: ReadonlyArray<{ name: string; input: string; expected: readonly Expected[] }> = [
  {
    name: 'splits at 。 and !',
    input: '全市共破获刑事案件1200起。同比下降8.5%!',
    expected: [['全市共破获刑事案件1200起。', 0], ['同比下降8.5%!', 0]],
  },
  {
    name: 'keeps closing quotes with the sentence they close',
    input: '夏文星说:“实现矛盾不上交、服务不缺位。”随后离开。',
    expected: [['夏文星说:“实现矛盾不上交、服务不缺位。”', 0], ['随后离开。', 0]],
  },
  {
    name: 'splits at semicolons',
    input: '在金坞村现场商议解决方案;在城南社区开展网格巡查。',
    expected: [['在金坞村现场商议解决方案;', 0], ['在城南社区开展网格巡查。', 0]],
  },
  {
    name: 'keeps a run of stops together',
    input: '经常问一问群众?!这是关键。',
    expected: [['经常问一问群众?!', 0], ['这是关键。', 0]],
  },
  {
    name: 'does not split at an ellipsis or a comma',
    input: '在安泰社区调解居民纠纷……这一天,虎山街道办实事25件。',
    expected: [['在安泰社区调解居民纠纷……这一天,虎山街道办实事25件。', 0]],
  },
  {
    name: 'ends a sentence at a line break and counts paragraphs',
    input: '龙泉有个“红色星期三”\n本报讯 据悉,龙泉目前有626支平安志愿者队伍。共1.3万余人。\n据统计,总接警量同比下降了22%',
    expected: [['龙泉有个“红色星期三”', 0], ['本报讯 据悉,龙泉目前有626支平安志愿者队伍。', 1], ['共1.3万余人。', 1], ['据统计,总接警量同比下降了22%', 2]],
  },
  {
    name: 'counts an empty line as a paragraph',
    input: '第一段。\n\n第三段。',
    expected: [['第一段。', 0], ['第三段。', 2]],
  },
  { name: 'trims leading blanks, offsets follow', input: '  没有句号的一行', expected: [['没有句号的一行', 0]] },
  { name: 'gives nothing for empty text', input: '', expected: [] },
  { name: 'gives nothing for blank lines', input: '\n \n', expected: [] },
];

describe('splitSentences', () => {
  for (const { name, input, expected } of cases) {
    test(name, () => {
      const sentences = splitSentences(input);
      assert.deepEqual(sentences.map((s): Expected => [s.text, s.paragraph]), expected);
      for (const s of sentences) assert.equal(input.slice(s.start, s.end), s.text, 'offsets index the text');
    });
  }
});

const clauses: ReadonlyArray<{ input: string; at: string; expected: string }> = [
  { input: '1-6月,全省刑事案件同比下降了13.7%,命案同比下降8.22%。', at: '13.7%', expected: '全省刑事案件同比下降了13.7%' },
  { input: '1-6月,全省刑事案件同比下降了13.7%,命案同比下降8.22%。', at: '8.22%', expected: '命案同比下降8.22%' },
  { input: '据悉:龙泉目前有626支平安志愿者队伍', at: '626支', expected: '龙泉目前有626支平安志愿者队伍' },
  { input: '命案、七类恶性案件同比分别下降8.22%、2.5%', at: '2.5%', expected: '命案、七类恶性案件同比分别下降8.22%、2.5%' },
];

describe('clauseStart / clauseEnd', () => {
  for (const { input, at, expected } of clauses) {
    test(`finds the clause "${expected}" around ${at}`, () => {
      const i = input.indexOf(at);
      assert.equal(input.slice(clauseStart(input, i), clauseEnd(input, i)), expected);
    });
  }
});

test('a clause without punctuation reaches CLAUSE_REACH characters either side of the figure, no further', () => {
  const text = '案'.repeat(5000);
  assert.equal(clauseStart(text, 3000), 3000 - CLAUSE_REACH);
  assert.equal(clauseEnd(text, 3000), 3000 + CLAUSE_REACH);
  assert.equal(clauseStart(text, 50), 0);
  assert.equal(clauseEnd(text, 4950), 5000);
});

describe('quoteSpan', () => {
  test('quotes a sentence of news length whole', () => {
    assert.deepEqual(quoteSpan('x'.repeat(400), 10, 10 + QUOTE_MAX, 100, 104), { start: 10, end: 10 + QUOTE_MAX });
  });

  test('quotes QUOTE_MAX characters of a long sentence around the figure, most of them before it', () => {
    const text = `${'全市平安'.repeat(500)}共破获刑事案件1200起${'同比下降'.repeat(500)}`;
    const at = text.indexOf('1200起');
    const q = quoteSpan(text, 0, text.length, at, at + 5);
    assert.equal(q.end - q.start, QUOTE_MAX);
    assert.ok(q.start <= at && at + 5 <= q.end, 'the figure is inside the quote');
    assert.ok(at - q.start > q.end - at - 5, 'more text before the figure than after it');
  });

  test('stays inside the sentence at its edges', () => {
    const text = '案'.repeat(1000);
    assert.deepEqual(quoteSpan(text, 100, 900, 102, 104), { start: 100, end: 100 + QUOTE_MAX });
    assert.deepEqual(quoteSpan(text, 100, 900, 896, 900), { start: 900 - QUOTE_MAX, end: 900 });
  });

  test('never cuts a character outside the basic plane in two', () => {
    const text = '𠀀'.repeat(1000); // each is a surrogate pair
    for (const at of [400, 401, 800, 801]) {
      const q = quoteSpan(text, 0, text.length, at, at + 1);
      const quote = text.slice(q.start, q.end);
      assert.equal(quote.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''), '', `no lone surrogate around ${at}`);
    }
  });
});
