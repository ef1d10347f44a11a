import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hasTraditional, toSimplified } from '../../lib/extract/traditional';

const cases: ReadonlyArray<{ input: string; expected: string; traditional: boolean }> = [
  { input: '龍泉市志願者隊伍共1.3萬餘人', expected: '龙泉市志愿者队伍共1.3万余人', traditional: true },
  { input: '臺州市椒江區', expected: '台州市椒江区', traditional: true },
  { input: '本報記者 陳佳妮 通訊員 吳正龍', expected: '本报记者 陈佳妮 通讯员 吴正龙', traditional: true },
  { input: '麗水市龍泉市', expected: '丽水市龙泉市', traditional: true },
  { input: '破獲案件12起', expected: '破获案件12起', traditional: true },
  { input: '總瀏覽量', expected: '总浏览量', traditional: true },
  { input: '台州市椒江区', expected: '台州市椒江区', traditional: false },
  { input: '著名的乡贤调解员', expected: '著名的乡贤调解员', traditional: false },
  { input: '全省刑事案件同比下降了13.7%', expected: '全省刑事案件同比下降了13.7%', traditional: false },
];

describe('toSimplified', () => {
  for (const { input, expected, traditional } of cases) {
    test(`${traditional ? 'converts' : 'leaves'} ${input}${traditional ? ` to ${expected}` : ' unchanged'}, same length`, () => {
      const out = toSimplified(input);
      assert.equal(out, expected);
      assert.equal(out.length, input.length);
      assert.equal(hasTraditional(input), traditional);
    });
  }
  test('returns the very same string when there is nothing to convert', () => {
    const text = '湖州市3000多位公安民警当起“家园卫士”';
    assert.equal(toSimplified(text), text);
  });
});
