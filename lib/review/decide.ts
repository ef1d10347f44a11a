/**
 * A reviewer's request → the rows to append, checked against the current state: the fact must
 * exist, fields must hold allowed values, an added figure must lie inside its article and not be
 * a statistic already, and an undo may only take back the reviewer's own decision while it still
 * stands. Pure: the caller appends the rows (one decision at a time) and answers.
 */
import { EDITABLE_FIELDS, REVIEW_ACTIONS, type CorrectionCsvRow, type DecisionField, type ReviewAction } from '../schema';
import { factId as makeFactId } from '../extract/ids';
import { decisionRows, withdrawalRows, type FieldValues } from './decision-rows';
import { ID_PATTERN, fieldValueProblem, isEditableField, isSpanField, MAX_TEXT } from './field-values';
import type { ReviewState } from './review-state';

export type DecisionRequest =
  | { readonly action: 'confirm' | 'reject'; readonly factId: string; readonly note?: string }
  | { readonly action: 'edit'; readonly factId: string; readonly fields: FieldValues; readonly note?: string }
  | { readonly action: 'add'; readonly articleId: string; readonly start: number; readonly end: number; readonly fields: FieldValues; readonly note?: string };

export interface UndoRequest {
  readonly factId: string;
  readonly action: ReviewAction;
  readonly fields: readonly DecisionField[];
}

export type Plan = { readonly rows: CorrectionCsvRow[]; readonly factId: string } | { readonly status: 404 | 409 | 422; readonly error: string };

/** The longest figure a reviewer may select: a number with its unit, not a sentence. */
export const MAX_ADD_LENGTH = 40;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

function parseNote(b: Obj): string | undefined | Error {
  if (b.note === undefined || b.note === '') return undefined;
  if (typeof b.note !== 'string' || b.note.length > MAX_TEXT) return new Error(`note must be text of at most ${MAX_TEXT} characters`);
  return b.note.trim();
}

function parseFields(x: unknown): FieldValues | string {
  if (!isObj(x)) return 'fields must be an object';
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(x)) {
    if (!isEditableField(k)) return `"${k}" is not an editable field (${EDITABLE_FIELDS.join(', ')})`;
    if (typeof v !== 'string') return `${k} must be text`;
    const value = v.trim();
    const problem = fieldValueProblem(k, value);
    if (problem) return problem;
    out[k] = value;
  }
  return out;
}

/** The request body, checked: a DecisionRequest, or why it is not one. */
export function parseDecisionRequest(body: unknown): DecisionRequest | string {
  if (!isObj(body)) return 'the body must be a JSON object';
  const note = parseNote(body);
  if (note instanceof Error) return note.message;
  const action = body.action;
  if (action === 'confirm' || action === 'reject' || action === 'edit') {
    if (typeof body.factId !== 'string' || !ID_PATTERN.test(body.factId)) return 'factId is missing or not an id';
    if (action !== 'edit') return { action, factId: body.factId, note };
    const fields = parseFields(body.fields);
    if (typeof fields === 'string') return fields;
    if (Object.keys(fields).length === 0) return 'an edit needs at least one field';
    return { action, factId: body.factId, fields, note };
  }
  if (action === 'add') {
    if (typeof body.articleId !== 'string' || !ID_PATTERN.test(body.articleId)) return 'articleId is missing or not an id';
    const { start, end } = body;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) return 'start and end must be offsets with end after start';
    const fields = parseFields(body.fields);
    if (typeof fields === 'string') return fields;
    if (!fields.region_code || !fields.value || !(fields.indicator || fields.metric)) return 'an added statistic needs region_code, indicator and value';
    return { action, articleId: body.articleId, start: start as number, end: end as number, fields, note };
  }
  return `action must be one of ${REVIEW_ACTIONS.join(', ')}`;
}

export function parseUndoRequest(body: unknown): UndoRequest | string {
  if (!isObj(body)) return 'the body must be a JSON object';
  const { factId, action, fields } = body;
  if (typeof factId !== 'string' || !ID_PATTERN.test(factId)) return 'factId is missing or not an id';
  if (typeof action !== 'string' || !(REVIEW_ACTIONS as readonly string[]).includes(action)) return `action must be one of ${REVIEW_ACTIONS.join(', ')}`;
  if (!Array.isArray(fields) || fields.length === 0 || fields.length > 20) return 'fields must list the fields of the decision';
  for (const f of fields) {
    const ok = action === 'confirm' || action === 'reject' ? f === '' : typeof f === 'string' && (isEditableField(f) || (action === 'add' && isSpanField(f)));
    if (!ok) return `"${String(f)}" is not a field of a ${action}`;
  }
  return { factId, action: action as ReviewAction, fields: [...new Set(fields as DecisionField[])] };
}

const CURRENT: Readonly<Record<(typeof EDITABLE_FIELDS)[number], (f: import('../schema').FactRow) => string>> = {
  region_code: (f) => f.regionCode, indicator: (f) => f.indicator, metric: (f) => f.metric, value: (f) => String(f.value),
  unit: (f) => f.unit, qualifier: (f) => f.qualifier, direction: (f) => f.direction,
  period_start: (f) => f.periodStart, period_end: (f) => f.periodEnd, subject: (f) => f.subject,
};

export function planDecision(req: DecisionRequest, state: ReviewState, reviewer: string, decidedAt: string): Plan {
  if (req.action !== 'add') {
    const fact = state.byId.get(req.factId);
    if (!fact) return { status: 404, error: `no statistic ${req.factId}` };
    if (req.action !== 'edit') return { factId: fact.factId, rows: decisionRows({ factId: fact.factId, action: req.action, note: req.note }, reviewer, decidedAt) };
    const changed: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.fields) as [keyof typeof CURRENT, string][]) {
      if (k === 'value' ? Number(v) !== fact.value : v !== CURRENT[k](fact)) changed[k] = v;
    }
    if (Object.keys(changed).length === 0) return { status: 422, error: 'the edit changes nothing (confirm the statistic instead)' };
    return { factId: fact.factId, rows: decisionRows({ factId: fact.factId, action: 'edit', fields: changed, note: req.note }, reviewer, decidedAt) };
  }
  const article = state.dataset.articleById.get(req.articleId);
  if (!article) return { status: 404, error: `no article ${req.articleId}` };
  if (req.end > article.text.length) return { status: 422, error: `end ${req.end} is beyond the article (${article.text.length} characters)` };
  if (req.end - req.start > MAX_ADD_LENGTH) return { status: 422, error: `select the figure only (at most ${MAX_ADD_LENGTH} characters)` };
  const text = article.text.slice(req.start, req.end);
  const problem = fieldValueProblem('text', text);
  if (problem) return { status: 422, error: `the selection cannot be added: ${problem} (select within one paragraph, without spaces at the ends)` };
  const ids = [makeFactId(article.articleId, req.start, req.end), makeFactId(article.articleId, req.start, req.end, req.fields.region_code)];
  const id = ids.find((x) => !state.byId.has(x));
  if (!id) return { status: 409, error: `this figure is already statistic ${ids[0]}: correct that one instead` };
  const span = { articleId: article.articleId, start: req.start, end: req.end, text };
  return { factId: id, rows: decisionRows({ factId: id, action: 'add', span, fields: req.fields, note: req.note }, reviewer, decidedAt) };
}

/** Withdraws the reviewer's own standing decision on each field; refused when any is not theirs or not standing. */
export function planUndo(req: UndoRequest, state: ReviewState, reviewer: string, decidedAt: string): Plan {
  const standing = state.result.standing.get(req.factId) ?? [];
  const rows: CorrectionCsvRow[] = [];
  for (const field of req.fields) {
    const d = standing.find((x) => x.field === field);
    const what = field === '' ? req.action : `${req.action} of ${field}`;
    if (!d || d.action !== req.action) return { status: 409, error: `no standing ${what} on ${req.factId} to undo` };
    if (d.reviewer !== reviewer) return { status: 409, error: `${what} on ${req.factId} was changed since by another reviewer` };
    rows.push({ fact_id: req.factId, action: d.action, field, value: d.value, reviewer, decided_at: decidedAt, note: '' });
  }
  return { factId: req.factId, rows: withdrawalRows(rows, reviewer, decidedAt) };
}
