import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pinyinReadings } from '../../lib/extract/pinyin-readings';

/** `input`: folded text; `expected`: the readings found in it. */
const cases: ReadonlyArray<{ input: string; expected: readonly string[] }> = [
  { input: '临平区(qū)警方', expected: ['(qū)'] },
  { input: '电诈发(fā)案数下降', expected: ['(fā)'] },
  { input: '协(xié)调系统(tǒng)上线', expected: ['(xié)', '(tǒng)'] },
  { input: '共3万(wàn)人,下降1.2个(gè)百分点(diǎn)', expected: ['(wàn)', '(gè)', '(diǎn)'] },
  { input: '绿(lǜ)色通道', expected: ['(lǜ)'] },
  // Not readings: no tone mark, not after a Han character, not a syllable, or more than one word.
  { input: '下载手机应用(app)查询', expected: [] },
  { input: '余杭区(临平)派出所', expected: [] },
  { input: '共(10)起', expected: [] },
  { input: 'A(qū)', expected: [] },
  { input: '咖啡(café)', expected: [] },
  { input: '名称(xiéqū)', expected: [] },
];

describe('pinyinReadings', () => {
  for (const { input, expected } of cases) {
    test(`finds ${expected.length ? expected.join(' ') : 'no reading'} in ${input}`, () => {
      assert.deepEqual(pinyinReadings(input).map(([s, e]) => input.slice(s, e)), expected);
    });
  }
});
