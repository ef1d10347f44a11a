import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packRows, unpackRows } from '../../lib/io/packed-rows';

test('tables of rows come back as they went, whatever their cells hold', () => {
  const tables = [
    [['a1', '第一,"引号"\n第二行', ''], ['', '\u0000\u0001\r\n', '\ud800孤']],
    [],
    [['=1+2'], [], ['x'.repeat(5000), '平安建设'.repeat(300)]],
  ];
  const packed = packRows(tables);
  assert.equal(typeof packed.text, 'string');
  assert.deepEqual(unpackRows(packed, 3), tables);
});

test('no tables, and tables of empty rows', () => {
  assert.deepEqual(unpackRows(packRows([]), 0), []);
  assert.deepEqual(unpackRows(packRows([[[]], [[], ['']]]), 2), [[[]], [[], ['']]]);
});

test('a shape that does not fit its text is an error, not rows made up', () => {
  const packed = packRows([[['abc', 'de']]]);
  assert.throws(() => unpackRows({ ...packed, text: `${packed.text}x` }, 1), /does not match/);
  assert.throws(() => unpackRows(packed, 2), /ends early/);
});
