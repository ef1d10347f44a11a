import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { guardCell, guardRow, unguardCell } from '../../lib/formula-guard';
import { parseCsv } from '../../lib/data/csv';

const cases: ReadonlyArray<{ input: string; expected: string }> = [
  { input: '=HYPERLINK("http://evil.example","点击")', expected: '\'=HYPERLINK("http://evil.example","点击")' },
  { input: '+86 0571', expected: "'+86 0571" },
  { input: '-13.7', expected: "'-13.7" },
  { input: '@SUM(A1:A9)', expected: "'@SUM(A1:A9)" },
  { input: '\tcmd', expected: "'\tcmd" },
  { input: '\rcmd', expected: "'\rcmd" },
  // A text that itself starts with an apostrophe gets one more, so reading can drop exactly one.
  { input: "'=1+2", expected: "''=1+2" },
  { input: "'quoted", expected: "''quoted" },
  { input: "'", expected: "''" },
  // Everything else is written as it is.
  { input: '全省刑事案件同比下降了13.7%', expected: '全省刑事案件同比下降了13.7%' },
  { input: 'a=b', expected: 'a=b' },
  { input: '', expected: '' },
];

describe('guardCell / unguardCell', () => {
  for (const { input, expected } of cases) {
    test(`writes ${JSON.stringify(input)} as ${JSON.stringify(expected)} and reads it back exactly`, () => {
      assert.equal(guardCell(input), expected);
      assert.equal(unguardCell(guardCell(input)), input);
    });
  }

  test('no guarded cell starts a formula, and every text round-trips (all short texts of these characters)', () => {
    const alphabet = ["'", '=', '+', '-', '@', '\t', '\r', 'a', '字'];
    const texts = [''];
    for (let len = 1; len <= 4; len++) for (const t of texts.filter((x) => x.length === len - 1)) for (const c of alphabet) texts.push(t + c);
    for (const t of texts) {
      const cell = guardCell(t);
      assert.ok(!/^[=+\-@\t\r]/.test(cell), JSON.stringify(cell));
      assert.equal(unguardCell(cell), t, JSON.stringify(t));
    }
  });

  test('files read by people (corrections, downloads) may keep plain numbers as numbers, and still round-trip', () => {
    for (const t of ['-13.7', '+5', '-0.5', '-1e3', '-x', "'-13.7", '=1']) {
      const cell = guardCell(t, { keepPlainNumbers: true });
      assert.equal(unguardCell(cell), t);
      assert.equal(cell === t, /^-?\d+(\.\d+)?$/.test(t), `${t} → ${cell}`);
    }
  });

  test('numeric columns are never guarded', () => {
    assert.deepEqual(guardRow({ subject: '-3起', value: '-13.7', start: '12' }, new Set(['value', 'start'])), { subject: "'-3起", value: '-13.7', start: '12' });
  });

  test('the app reads a guarded output back to its text; other CSVs are read as written', () => {
    const text = "title,value\n'=cmd(),-1\n'quoted,2\n";
    assert.deepEqual(parseCsv(text, 'x.csv', ['title', 'value'], { guarded: true }).records.map((r) => r.values), [
      { title: '=cmd()', value: '-1' }, { title: 'quoted', value: '2' },
    ]);
    assert.deepEqual(parseCsv(text, 'x.csv', ['title', 'value']).records.map((r) => r.values.title), ["'=cmd()", "'quoted"]);
  });
});
