import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keywordIndex } from '../../lib/extract/keyword-index';

const text = '今年全市发生命案5起。全市公安机关破获刑事案件300起,抓获犯罪嫌疑人200名。发生事故10起。';

test('the last kind or whole of a family before a position, within a range', () => {
  const index = keywordIndex(text);
  const at = (s: string) => text.indexOf(s);
  assert.equal(index.lastObjectBefore(at('5起'), 0, 'crime')?.k.word, '命案');
  assert.equal(index.lastObjectBefore(at('200名'), 0, 'crime')?.k.word, '刑事案件', 'an action (抓获) is no object');
  assert.equal(index.lastObjectBefore(at('10起'), at('发生事故'), 'crime'), null, 'nothing named since the range start');
  assert.equal(index.lastObjectBefore(at('5起'), 0, 'volunteers'), null);
});

test('the last keyword before a position, and what its clause is about', () => {
  const index = keywordIndex(text);
  const o = index.lastBefore(text.indexOf('300起'), 0);
  assert.equal(o?.k.word, '刑事案件');
  assert.equal(index.clauseKeyword(o!).indicator, 'cases_solved', '破获刑事案件: what was done is more specific than the whole');
  assert.equal(index.lastBefore(text.indexOf('5起'), text.indexOf('5起')), null);
});
