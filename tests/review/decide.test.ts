import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDecisionRequest, parseUndoRequest, planDecision, planUndo, type DecisionRequest } from '../../lib/review/decide';
import { buildReviewState } from '../../lib/review/review-state';
import { fixtureDataset } from '../app/helpers';
import { LONGQUAN, PEOPLE, TEAMS, correctionsText } from './helpers';

const AT = '2026-11-24T09:30:00Z';
const state = (rows: Parameters<typeof correctionsText>[0] = []) => buildReviewState(fixtureDataset(), rows.length ? correctionsText(rows) : null, 'corrections.csv');
const req = (body: unknown) => {
  const r = parseDecisionRequest(body);
  assert.equal(typeof r, 'object', String(r));
  return r as DecisionRequest;
};

describe('decision requests', () => {
  const refused: [string, unknown, RegExp][] = [
    ['not an object', [1], /JSON object/],
    ['unknown action', { action: 'approve', factId: TEAMS }, /action must be one of/],
    ['bad id', { action: 'confirm', factId: '../x' }, /factId/],
    ['edit without fields', { action: 'edit', factId: TEAMS, fields: {} }, /at least one field/],
    ['edit of a field that is not editable', { action: 'edit', factId: TEAMS, fields: { confidence: '1' } }, /not an editable field/],
    ['edit with a bad value', { action: 'edit', factId: TEAMS, fields: { value: '1e9' } }, /not a plain number/],
    ['edit with the undo word', { action: 'edit', factId: TEAMS, fields: { subject: 'undo' } }, /marks an undo/],
    ['add without its offsets', { action: 'add', articleId: LONGQUAN, fields: { region_code: '331181', indicator: 'other', value: '1' } }, /offsets/],
    ['add without a value', { action: 'add', articleId: LONGQUAN, start: 1, end: 3, fields: { region_code: '331181', indicator: 'other' } }, /needs region_code, indicator and value/],
    ['a long note', { action: 'confirm', factId: TEAMS, note: 'x'.repeat(201) }, /note/],
  ];
  for (const [name, body, reason] of refused) test(`refused: ${name}`, () => assert.match(String(parseDecisionRequest(body)), reason));

  test('undo requests name the fields of a decision of that action', () => {
    assert.deepEqual(parseUndoRequest({ factId: TEAMS, action: 'confirm', fields: [''] }), { factId: TEAMS, action: 'confirm', fields: [''] });
    assert.match(String(parseUndoRequest({ factId: TEAMS, action: 'confirm', fields: ['value'] })), /not a field of a confirm/);
    assert.match(String(parseUndoRequest({ factId: TEAMS, action: 'edit', fields: ['start'] })), /not a field of a edit/);
    assert.deepEqual(parseUndoRequest({ factId: 'x1', action: 'add', fields: ['start', 'value', 'start'] }), { factId: 'x1', action: 'add', fields: ['start', 'value'] });
  });
});

describe('planDecision', () => {
  test('a verdict on a statistic that exists is one row with the reviewer and time', () => {
    const plan = planDecision(req({ action: 'reject', factId: TEAMS, note: ' 不是统计 ' }), state(), '王芳', AT);
    assert.deepEqual(plan, { factId: TEAMS, rows: [{ fact_id: TEAMS, action: 'reject', field: '', value: '', reviewer: '王芳', decided_at: AT, note: '不是统计' }] });
  });

  test('a statistic that does not exist is 404', () => {
    assert.deepEqual(planDecision(req({ action: 'confirm', factId: 'nope' }), state(), 'a', AT), { status: 404, error: 'no statistic nope' });
  });

  test('an edit writes only the fields that change; one that changes nothing is refused', () => {
    const plan = planDecision(req({ action: 'edit', factId: TEAMS, fields: { value: '626.0', unit: '个', region_code: '331181' } }), state(), 'a', AT);
    assert.ok('rows' in plan);
    assert.deepEqual(plan.rows.map((r) => [r.field, r.value]), [['unit', '个']]);
    assert.deepEqual(planDecision(req({ action: 'edit', factId: TEAMS, fields: { value: '626' } }), state(), 'a', AT), { status: 422, error: 'the edit changes nothing (confirm the statistic instead)' });
  });

  test('an add gets the id the extractor would give the figure, and its rows carry the span and the fields', () => {
    const text = fixtureDataset().articleById.get(LONGQUAN)!.text;
    const start = text.indexOf('22%');
    const plan = planDecision(req({ action: 'add', articleId: LONGQUAN, start, end: start + 3, fields: { region_code: '331181', indicator: 'police_calls', value: '22', unit: '%' } }), state(), 'a', AT);
    assert.ok('rows' in plan);
    assert.match(plan.factId, /^[0-9a-f]{12}$/);
    assert.deepEqual(plan.rows.map((r) => [r.fact_id === plan.factId, r.action, r.field, r.value]), [
      [true, 'add', 'article_id', LONGQUAN], [true, 'add', 'start', String(start)], [true, 'add', 'end', String(start + 3)], [true, 'add', 'text', '22%'],
      [true, 'add', 'region_code', '331181'], [true, 'add', 'indicator', 'police_calls'], [true, 'add', 'value', '22'], [true, 'add', 'unit', '%'],
    ]);
    const added = buildReviewState(fixtureDataset(), correctionsText(plan.rows), 'corrections.csv');
    assert.equal(added.byId.get(plan.factId)!.status, 'added');
    const again = planDecision(req({ action: 'add', articleId: LONGQUAN, start, end: start + 3, fields: { region_code: '331181', indicator: 'police_calls', value: '22' } }), added, 'a', AT);
    assert.ok('rows' in again && again.factId !== plan.factId, 'the same figure for the same region again gets an id of its own once');
    const third = planDecision(req({ action: 'add', articleId: LONGQUAN, start, end: start + 3, fields: { region_code: '331181', indicator: 'police_calls', value: '22' } }), buildReviewState(fixtureDataset(), correctionsText([...plan.rows, ...('rows' in again ? again.rows : [])]), 'c'), 'a', AT);
    assert.equal('status' in third && third.status, 409);
  });

  test('an add outside the article, across paragraphs or longer than a figure is refused', () => {
    const text = fixtureDataset().articleById.get(LONGQUAN)!.text;
    const fields = { region_code: '331181', indicator: 'other', value: '1' };
    const nl = text.indexOf('\n');
    assert.equal((planDecision(req({ action: 'add', articleId: LONGQUAN, start: text.length - 1, end: text.length + 1, fields }), state(), 'a', AT) as { status: number }).status, 422);
    assert.match((planDecision(req({ action: 'add', articleId: LONGQUAN, start: nl - 1, end: nl + 2, fields }), state(), 'a', AT) as { error: string }).error, /within one paragraph/);
    assert.match((planDecision(req({ action: 'add', articleId: LONGQUAN, start: 0, end: 41, fields }), state(), 'a', AT) as { error: string }).error, /at most 40 characters/);
    assert.equal((planDecision(req({ action: 'add', articleId: 'nosuch', start: 0, end: 2, fields }), state(), 'a', AT) as { status: number }).status, 404);
  });
});

describe('planUndo', () => {
  test("takes back the reviewer's own standing decision", () => {
    const s = state([{ fact_id: TEAMS, action: 'edit', field: 'value', value: '600', reviewer: 'alice' }]);
    const plan = planUndo({ factId: TEAMS, action: 'edit', fields: ['value'] }, s, 'alice', AT);
    assert.ok('rows' in plan);
    assert.deepEqual(plan.rows, [{ fact_id: TEAMS, action: 'edit', field: 'value', value: 'undo', reviewer: 'alice', decided_at: AT, note: '' }]);
  });

  test("refuses when another reviewer decided since, or nothing stands", () => {
    const s = state([
      { fact_id: TEAMS, action: 'confirm', reviewer: 'alice' },
      { fact_id: TEAMS, action: 'reject', reviewer: 'bob' },
    ]);
    assert.deepEqual(planUndo({ factId: TEAMS, action: 'confirm', fields: [''] }, s, 'alice', AT), { status: 409, error: `no standing confirm on ${TEAMS} to undo` });
    assert.deepEqual(planUndo({ factId: TEAMS, action: 'reject', fields: [''] }, s, 'alice', AT), { status: 409, error: `reject on ${TEAMS} was changed since by another reviewer` });
    assert.equal((planUndo({ factId: PEOPLE, action: 'confirm', fields: [''] }, s, 'alice', AT) as { status: number }).status, 409);
  });
});
