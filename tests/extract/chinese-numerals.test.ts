import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fractionToPercent, parseChineseNumeral } from '../../lib/extract/chinese-numerals';

const numerals: ReadonlyArray<{ input: string; expected: number | null; note?: string }> = [
  { input: '三千', expected: 3000 },
  { input: '两千', expected: 2000, note: '两 is 2 before a unit' },
  { input: '十', expected: 10, note: '十 alone' },
  { input: '十五', expected: 15, note: 'leading 十 means 1×10' },
  { input: '二十', expected: 20 },
  { input: '一百二十', expected: 120 },
  { input: '一千零五', expected: 1005, note: '零 bridges a missing place' },
  { input: '三万五千', expected: 35000 },
  { input: '五十万', expected: 500000 },
  { input: '百万', expected: 1000000, note: 'a bare unit before 万' },
  { input: '一亿', expected: 100000000 },
  { input: '三亿五千万', expected: 350000000, note: '万 below 亿 does not multiply the 亿 part' },
  { input: '一亿二千万', expected: 120000000 },
  { input: '一亿零五万', expected: 100050000 },
  { input: '一万亿', expected: 1000000000000, note: '亿 scales what came before it' },
  { input: '二〇一八', expected: 2018, note: 'a year read digit by digit' },
  { input: '二〇二一', expected: 2021 },
  { input: '零', expected: 0 },
  { input: '', expected: null, note: 'empty' },
  { input: '十十', expected: null, note: 'a unit repeated' },
  { input: '百百', expected: null, note: 'a unit repeated' },
  { input: '三百千', expected: null, note: 'units must fall' },
  { input: '万万', expected: null, note: '万 twice' },
  { input: '亿万', expected: null, note: 'the word 亿万 (countless)' },
  { input: '三十三三', expected: null, note: 'two digits in a row after a unit' },
  { input: '两两', expected: null, note: '两 twice' },
  { input: '三个', expected: null, note: 'not a numeral character' },
  { input: '1000', expected: null, note: 'Arabic digits are not Chinese numerals' },
];

describe('parseChineseNumeral', () => {
  for (const { input, expected, note } of numerals) {
    const name = expected === null ? `rejects "${input}" (${note})` : `reads ${input} as ${expected}${note ? ` (${note})` : ''}`;
    test(name, () => assert.equal(parseChineseNumeral(input), expected));
  }
});

const fractions: ReadonlyArray<{ input: readonly [denominator: number, numerator: number]; expected: number | null }> = [
  { input: [4, 3], expected: 75 },
  { input: [3, 1], expected: 33.3 },
  { input: [3, 2], expected: 66.7 },
  { input: [2, 1], expected: 50 },
  { input: [10, 1], expected: 10 },
  { input: [100, 99], expected: 99 },
  { input: [5, 5], expected: 100 },
  { input: [0, 1], expected: null },
  { input: [3, 4], expected: null },
  { input: [4, -1], expected: null },
];

describe('fractionToPercent', () => {
  for (const { input: [den, num], expected } of fractions) {
    const name = expected === null ? `rejects ${num}/${den}` : `turns ${num}/${den} into ${expected}%`;
    test(name, () => assert.equal(fractionToPercent(den, num), expected));
  }
});
