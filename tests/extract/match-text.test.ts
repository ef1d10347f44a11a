import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { matchText, originSpan } from '../../lib/extract/match-text';
import { toSimplified } from '../../lib/extract/traditional';

const cases: ReadonlyArray<{ input: string; expected: string }> = [
  { input: '西湖區(qū)報(bào)案損失3萬(wàn)元', expected: '西湖区报案损失3万元' },
  { input: '共破獲案件１２起', expected: '共破获案件12起' },
  { input: '同比下降0.8個(gè)百分點(diǎn)。', expected: '同比下降0.8个百分点。' },
];

describe('matchText', () => {
  for (const { input, expected } of cases) {
    test(`reads ${input} as ${expected}`, () => {
      assert.equal(matchText(input, toSimplified).text, expected);
    });
  }
  test('maps every offset back to the same character of the display text', () => {
    const display = '下城區(qū)發(fā)案3起';
    const m = matchText(display, toSimplified);
    assert.equal(m.text, '下城区发案3起');
    assert.equal(m.origin(3), display.indexOf('發'));
    assert.equal(m.origin(m.text.length), display.length);
    const at = m.text.indexOf('3起');
    const [start, end] = originSpan(m, at, at + 2);
    assert.equal(display.slice(start, end), '3起');
  });
  test('a span that ends on a character with a reading leaves the reading out', () => {
    const display = '損失2萬(wàn)元';
    const m = matchText(display, toSimplified);
    const [start, end] = originSpan(m, m.text.indexOf('2'), m.text.indexOf('万') + 1);
    assert.equal(display.slice(start, end), '2萬');
  });
  test('text without readings is the folded text itself, offsets unchanged', () => {
    const m = matchText('全市共有１２名民警', toSimplified);
    assert.equal(m.text, '全市共有12名民警');
    assert.equal(m.origin(5), 5);
  });
});
