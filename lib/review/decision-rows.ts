/**
 * Decisions → rows of corrections.csv, and rows → CSV text (papaparse, every cell formula-escaped).
 * One decision may be several rows (an edit or an add has one per field); they share reviewer and
 * time and are appended together. Pure: the caller gives the time.
 */
import Papa from 'papaparse';
import {
  CORRECTION_COLUMNS, EDITABLE_FIELDS, WITHDRAW_VALUE,
  type CorrectionCsvRow, type EditableField, type ReviewAction,
} from '../schema';
import { guardCell } from '../formula-guard';

export type FieldValues = Partial<Readonly<Record<EditableField, string>>>;

/** Where a missed statistic stands: its article, offsets and the characters selected. */
export interface Span {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface DecisionInput {
  readonly factId: string;
  readonly action: ReviewAction;
  /** Edit and add: the fields given, written in the order of EDITABLE_FIELDS. */
  readonly fields?: FieldValues;
  /** Add only. */
  readonly span?: Span;
  readonly note?: string;
}

/** 2026-11-24T09:30:00Z: UTC, to the second. */
export function decisionTime(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function decisionRows(d: DecisionInput, reviewer: string, decidedAt: string): CorrectionCsvRow[] {
  const row = (field: string, value: string): CorrectionCsvRow => ({
    fact_id: d.factId, action: d.action, field, value, reviewer, decided_at: decidedAt, note: d.note ?? '',
  });
  if (d.action === 'confirm' || d.action === 'reject') return [row('', '')];
  const rows: CorrectionCsvRow[] = [];
  if (d.action === 'add') {
    if (!d.span) throw new Error('decisionRows: an add needs its span');
    rows.push(row('article_id', d.span.articleId), row('start', String(d.span.start)), row('end', String(d.span.end)), row('text', d.span.text));
  }
  for (const f of EDITABLE_FIELDS) {
    const v = d.fields?.[f];
    if (v !== undefined) rows.push(row(f, v));
  }
  return rows;
}

/** Rows that withdraw `rows` (same fact, action and field; the value "undo"). */
export function withdrawalRows(rows: readonly CorrectionCsvRow[], reviewer: string, decidedAt: string, note = ''): CorrectionCsvRow[] {
  return rows.map((r) => ({ ...r, value: WITHDRAW_VALUE, reviewer, decided_at: decidedAt, note }));
}

export const CORRECTIONS_HEADER = `${CORRECTION_COLUMNS.join(',')}\n`;

/** CSV text of `rows` (no header), each cell formula-escaped, one line per row unless a cell has a line break. */
export function correctionsCsv(rows: readonly CorrectionCsvRow[]): string {
  if (rows.length === 0) return '';
  const data = rows.map((r) => CORRECTION_COLUMNS.map((c) => guardCell(r[c], { keepPlainNumbers: true })));
  return `${Papa.unparse(data, { header: false, newline: '\n', escapeFormulae: false })}\n`;
}
