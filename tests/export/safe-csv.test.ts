import assert from 'node:assert/strict';
import { test } from 'node:test';
import Papa from 'papaparse';
import { toSafeCsv } from '../../lib/export/safe-csv';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;

test('no cell starts a formula, whatever the text says', () => {
  const csv = toSafeCsv(['quote'], [['=HYPERLINK("http://x","y")'], ['+1+2'], ['@SUM(A1)'], ['-2+3'], ['\tTAB'], ['\rCR']]);
  for (const [cell] of parse(csv).slice(1)) assert.match(cell!, /^'/, `${JSON.stringify(cell)} is escaped`);
});

test('negative numbers stay numbers, as numbers or as plain numeric text', () => {
  const rows = parse(toSafeCsv(['value', 'text'], [[-13.7, '-13.7'], [626, '626']])).slice(1);
  assert.deepEqual(rows, [['-13.7', '-13.7'], ['626', '626']]);
});

test('Chinese text, commas, quotes and newlines survive a round trip; BOM and CRLF for Excel', () => {
  const text = '全省刑事案件同比下降13.7%，"平安"\n第二行, 逗号';
  const csv = toSafeCsv(['region', 'sentence'], [['龙泉市', text]]);
  assert.ok(csv.startsWith('\ufeffregion,sentence\r\n'));
  assert.ok(csv.endsWith('\r\n'));
  assert.deepEqual(parse(csv)[1], ['龙泉市', text]);
});

test('empty, missing and non-finite cells are empty; a short row is an error', () => {
  assert.deepEqual(parse(toSafeCsv(['a', 'b', 'c'], [[null, undefined, Number.NaN]]))[1], ['', '', '']);
  assert.throws(() => toSafeCsv(['a', 'b'], [['x']]), /row 1 has 1 cells/);
});
