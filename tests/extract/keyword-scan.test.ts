import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mostSpecific, occurrences } from '../../lib/extract/keyword-scan';
import type { MetricKey } from '../../lib/schema';

/** `input`: text; `expected`: the keywords found, as word:indicator. */
const found: ReadonlyArray<{ input: string; expected: readonly string[] }> = [
  { input: '全市刑事发案下降', expected: ['刑事发案:criminal_cases'] },
  { input: '全市安全感满意率', expected: ['安全感满意率:safety_satisfaction'] },
  { input: '入室盗窃案件', expected: ['入室:property_crime', '盗窃:property_crime', '案件:crime_other'] },
  { input: '“五类”案件和‘两抢’案件', expected: ['五类案件:serious_crime', '两抢:property_crime', '案件:crime_other'] },
  { input: '区矛盾纠纷调处化解中心受理纠纷', expected: ['受理:services_other', '纠纷:disputes'] },
  { input: '老李调解室调处纠纷', expected: ['调处:disputes', '纠纷:disputes'] },
];

describe('occurrences', () => {
  for (const { input, expected } of found) {
    test(`finds ${expected.join(', ') || 'nothing'} in ${input}`, () => {
      assert.deepEqual([...occurrences(input)].map((o) => `${o.k.word}:${o.k.indicator}`), expected);
    });
  }
  test('offsets index the text, quotes included', () => {
    const text = '全省“五类”案件';
    const [o] = [...occurrences(text)];
    assert.equal(text.slice(o!.start, o!.end), '五类”案件');
  });
});

const specific: ReadonlyArray<{ input: string; context: MetricKey; expected: string | null }> = [
  { input: '破获电信诈骗案件', context: 'crime', expected: 'telecom_fraud' },
  { input: '抓获赌博犯罪嫌疑人', context: 'crime', expected: 'crime_other' },
  { input: '化解矛盾纠纷及办实事', context: 'services', expected: 'services_other' },
  { input: '摸排矛盾纠纷和信访问题', context: 'services', expected: 'disputes' },
  { input: '安全感和满意度', context: 'satisfaction', expected: 'safety_satisfaction' },
  { input: '全市专职网格员', context: 'crime', expected: null },
];

describe('mostSpecific', () => {
  for (const { input, context, expected } of specific) {
    test(`reads ${input} as ${expected ?? 'nothing'} (${context})`, () => assert.equal(mostSpecific(input, context), expected));
  }
});
