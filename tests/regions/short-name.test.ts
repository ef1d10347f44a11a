import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { shortName } from '../../lib/regions/short-name';

const cases: ReadonlyArray<{ input: string; expected: string }> = [
  { input: '龙泉市', expected: '龙泉' },
  { input: '安吉县', expected: '安吉' },
  { input: '景宁畲族自治县', expected: '景宁' },
  { input: '湖州市', expected: '湖州' },
  { input: '江苏省', expected: '江苏' },
  { input: '内蒙古自治区', expected: '内蒙古' },
  { input: '广西壮族自治区', expected: '广西' },
  { input: '新疆维吾尔自治区', expected: '新疆' },
  { input: '西藏自治区', expected: '西藏' },
  { input: '香港特别行政区', expected: '香港' },
  { input: '延边朝鲜族自治州', expected: '延边' },
  { input: '恩施土家族苗族自治州', expected: '恩施' },
  { input: '博尔塔拉蒙古自治州', expected: '博尔塔拉' },
  { input: '大兴安岭地区', expected: '大兴安岭' },
  { input: '阿拉善盟', expected: '阿拉善' },
  { input: '浦东新区', expected: '浦东' },
  { input: '六枝特区', expected: '六枝' },
  { input: '神农架林区', expected: '神农架' },
  { input: '梅里斯达斡尔族区', expected: '梅里斯' },
  // names whose last characters only look like a suffix
  { input: '万柏林区', expected: '万柏林' },
  { input: '清新区', expected: '清新' },
  // too short to lose their suffix, or with none
  { input: '城区', expected: '城区' },
  { input: '和县', expected: '和县' },
  { input: '杭锦旗', expected: '杭锦旗' },
];

describe('shortName', () => {
  for (const { input, expected } of cases) test(`${input} → ${expected}`, () => assert.equal(shortName(input), expected));
});
