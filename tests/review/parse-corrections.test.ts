import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCorrections } from '../../lib/review/parse-corrections';
import { CORRECTIONS_HEADER } from '../../lib/review/decision-rows';
import { TEAMS, correctionsText } from './helpers';

describe('parseCorrections', () => {
  test('no file yet means no decisions and no problem', () => {
    assert.deepEqual(parseCorrections(null, 'corrections.csv'), { decisions: [], problems: [] });
  });

  test('reads each action into a typed decision with its line', () => {
    const text = correctionsText([
      { fact_id: TEAMS, action: 'confirm' },
      { fact_id: TEAMS, action: 'edit', field: 'value', value: '-13.7', note: '见原文' },
      { fact_id: 'abc123', action: 'add', field: 'start', value: '12' },
      { fact_id: TEAMS, action: 'confirm', value: 'undo' },
    ]);
    const { decisions, problems } = parseCorrections(text, 'corrections.csv');
    assert.deepEqual(problems, []);
    assert.deepEqual(decisions.map((d) => [d.line, d.action, d.field, d.value, d.withdraws, d.note]), [
      [2, 'confirm', '', '', false, ''],
      [3, 'edit', 'value', '-13.7', false, '见原文'],
      [4, 'add', 'start', '12', false, ''],
      [5, 'confirm', '', '', true, ''],
    ]);
  });

  test('reports each bad row by file and line and keeps the good ones', () => {
    const text = `${CORRECTIONS_HEADER}${[
      `${TEAMS},approve,,,alice,2026-11-24T09:30:00Z,`,
      `${TEAMS},edit,colour,red,alice,2026-11-24T09:30:00Z,`,
      `${TEAMS},edit,value,12千,alice,2026-11-24T09:30:00Z,`,
      `${TEAMS},edit,region_code,110000,alice,2026-11-24T09:30:00Z,`,
      `${TEAMS},confirm,,,alice,yesterday,`,
      `${TEAMS},confirm,,,,2026-11-24T09:30:00Z,`,
      `${TEAMS},confirm,,yes,alice,2026-11-24T09:30:00Z,`,
      `${TEAMS},reject,,,bob,2026-11-24T09:31:00Z,"a note`,
      `over two lines"`,
      `${TEAMS},confirm,,,alice,2026-11-24T09:30:00Z`,
      `${TEAMS},edit,period_end,2018-13,alice,2026-11-24T09:30:00Z,`,
    ].join('\n')}\n`;
    const { decisions, problems } = parseCorrections(text, 'data/corrections.csv');
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}: ${p.reason}`), [
      'data/corrections.csv:2: action "approve" is not one of confirm, reject, edit, add',
      'data/corrections.csv:3: an edit\'s field "colour" is not one of the editable fields',
      'data/corrections.csv:4: value "12千" is not a plain number',
      'data/corrections.csv:5: region_code "110000" is not a Zhejiang division (or 000000)',
      'data/corrections.csv:6: decided_at "yesterday" is not an ISO 8601 UTC time (2026-11-24T09:30:00Z)',
      'data/corrections.csv:7: the reviewer name is empty',
      'data/corrections.csv:8: a confirm has no value (found "yes"; "undo" withdraws it)',
      'data/corrections.csv:11: 6 fields, expected 7',
      'data/corrections.csv:12: period_end "2018-13" is not YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
    assert.deepEqual(decisions.map((d) => [d.line, d.action, d.reviewer, d.note]), [[9, 'reject', 'bob', 'a note\nover two lines']]);
  });

  test('a file with another header is reported, not guessed at', () => {
    const { decisions, problems } = parseCorrections('id,action\nx,confirm\n', 'corrections.csv');
    assert.equal(decisions.length, 0);
    assert.match(problems[0]!.reason, /header is "id,action", expected "fact_id,action,field,value,reviewer,decided_at,note"/);
  });

  test('formula-escaped cells read back as written by the reviewer; plain negative numbers stay numbers', () => {
    const text = correctionsText([
      { fact_id: TEAMS, action: 'edit', field: 'subject', value: '=1+1', reviewer: '=HYPERLINK("http://x")', note: "'quoted" },
      { fact_id: TEAMS, action: 'edit', field: 'value', value: '-22' },
    ]);
    assert.match(text, /,'=1\+1,"'=HYPERLINK\(""http:\/\/x""\)",/);
    assert.match(text, /,''quoted\n/);
    assert.match(text, /,value,-22,/);
    const { decisions, problems } = parseCorrections(text, 'corrections.csv');
    assert.deepEqual(problems, []);
    assert.deepEqual(decisions.map((d) => [d.value, d.reviewer, d.note]), [
      ['=1+1', '=HYPERLINK("http://x")', "'quoted"],
      ['-22', 'alice', ''],
    ]);
  });

  test('a header repeated where two files were joined is skipped', () => {
    const text = correctionsText([{ fact_id: TEAMS, action: 'confirm' }]) + CORRECTIONS_HEADER + correctionsText([{ fact_id: TEAMS, action: 'reject' }]).split('\n').slice(1).join('\n');
    const { decisions, problems } = parseCorrections(text, 'corrections.csv');
    assert.deepEqual(problems, []);
    assert.deepEqual(decisions.map((d) => d.action), ['confirm', 'reject']);
  });
});
