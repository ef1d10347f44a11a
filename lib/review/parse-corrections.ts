/**
 * corrections.csv → typed decisions, in file order. A row that fails a check is reported by file
 * and line and left out; every other row is kept. Pure (the caller reads the file).
 */
import {
  CORRECTION_COLUMNS, REVIEW_ACTIONS, WITHDRAW_VALUE,
  type CorrectionCsvRow, type Decision, type DecisionField, type FactId, type InputProblem, type ReviewAction,
} from '../schema';
import { parseCsv } from '../data/csv';
import { unguardCell } from '../formula-guard';
import { ID_PATTERN, fieldValueProblem, isEditableField, isSpanField } from './field-values';

/** When a decision was made: 2026-11-24T09:30:00Z (milliseconds allowed). */
const DECIDED_AT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/;
/** Control characters and Unicode format characters (bidi overrides). */
const CONTROL = /[\p{Cc}\p{Cf}]/u;

export interface ParsedCorrections {
  readonly decisions: readonly Decision[];
  readonly problems: readonly InputProblem[];
}

function isAction(s: string): s is ReviewAction {
  return (REVIEW_ACTIONS as readonly string[]).includes(s);
}

/** The reviewer's name as stored: 1–64 characters, no control characters, no spaces at its ends. */
export function reviewerNameProblem(name: string): string | null {
  if (name.trim() === '') return 'the reviewer name is empty';
  if (name !== name.trim()) return 'the reviewer name has spaces at its ends';
  if ([...name].length > 64) return 'the reviewer name is longer than 64 characters';
  if (CONTROL.test(name)) return 'the reviewer name has control characters';
  return null;
}

/** The decision a row holds, or why it cannot be one. */
export function toDecision(r: CorrectionCsvRow, line: number): Decision | string {
  const factId = r.fact_id.trim();
  if (!ID_PATTERN.test(factId)) return `fact_id "${r.fact_id}" is not a valid id`;
  const action = r.action.trim();
  if (!isAction(action)) return `action "${r.action}" is not one of ${REVIEW_ACTIONS.join(', ')}`;
  const field = r.field.trim();
  const value = unguardCell(r.value);
  const withdraws = value === WITHDRAW_VALUE;
  if (action === 'confirm' || action === 'reject') {
    if (field !== '') return `a ${action} has no field (found "${field}")`;
    if (value !== '' && !withdraws) return `a ${action} has no value (found "${value}"; "${WITHDRAW_VALUE}" withdraws it)`;
  } else if (action === 'edit' && !isEditableField(field)) {
    return `an edit's field "${field}" is not one of the editable fields`;
  } else if (action === 'add' && !isEditableField(field) && !isSpanField(field)) {
    return `an add's field "${field}" is neither an editable field nor article_id, start, end or text`;
  }
  if ((action === 'edit' || action === 'add') && !withdraws) {
    const problem = fieldValueProblem(field as Exclude<DecisionField, ''>, value);
    if (problem) return problem;
  }
  const reviewer = unguardCell(r.reviewer);
  const nameProblem = reviewerNameProblem(reviewer);
  if (nameProblem) return nameProblem;
  const decidedAt = r.decided_at.trim();
  if (!DECIDED_AT.test(decidedAt)) return `decided_at "${r.decided_at}" is not an ISO 8601 UTC time (2026-11-24T09:30:00Z)`;
  return { line, factId: factId as FactId, action, field: field as DecisionField, value: withdraws ? '' : value, withdraws, reviewer, decidedAt, note: unguardCell(r.note) };
}

const isHeaderAgain = (r: CorrectionCsvRow) => CORRECTION_COLUMNS.every((c) => r[c] === c);

/** `text`: the file's content, or null when there is no file yet (no decisions, no problem). */
export function parseCorrections(text: string | null, file: string): ParsedCorrections {
  if (text === null || text.trim() === '') return { decisions: [], problems: [] };
  const { records, problems } = parseCsv(text, file, CORRECTION_COLUMNS);
  const decisions: Decision[] = [];
  for (const { line, values } of records) {
    if (isHeaderAgain(values)) continue; // two files joined by hand: harmless
    const d = toDecision(values, line);
    if (typeof d === 'string') problems.push({ file, line, reason: d });
    else decisions.push(d);
  }
  return { decisions, problems: problems.sort((a, b) => a.line - b.line) };
}
