/** Helpers for the review tests: corrections.csv text from rows, and the fixture facts. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CorrectionCsvRow } from '../../lib/schema';
import { CORRECTIONS_HEADER, correctionsCsv } from '../../lib/review/decision-rows';
import { parseCorrections } from '../../lib/review/parse-corrections';
import { applyDecisions } from '../../lib/review/apply-decisions';
import { fixtureDataset } from '../app/helpers';

export const LONGQUAN = '003_ca38a797cef3df5d-03';
export const TEAMS = '003_ca38a797cef3df5d-03-f01'; // 626支平安志愿者队伍
export const PEOPLE = '003_ca38a797cef3df5d-03-f02'; // 1.3万余人
export const CALLS = '003_ca38a797cef3df5d-03-f03'; // 总接警量 -22%

type Partial7 = Partial<CorrectionCsvRow> & Pick<CorrectionCsvRow, 'fact_id' | 'action'>;

/** A row with defaults: reviewer alice, a fixed time, no field, value or note. */
export function row(r: Partial7): CorrectionCsvRow {
  return { field: '', value: '', reviewer: 'alice', decided_at: '2026-11-24T09:30:00Z', note: '', ...r };
}

export function correctionsText(rows: readonly Partial7[]): string {
  return CORRECTIONS_HEADER + correctionsCsv(rows.map(row));
}

/** The fixture facts after `rows`. */
export function reviewed(rows: readonly Partial7[]) {
  const ds = fixtureDataset();
  const parsed = parseCorrections(correctionsText(rows), 'corrections.csv');
  const result = applyDecisions(ds.facts, (id) => ds.articleById.get(id), parsed.decisions);
  return { ...result, parseProblems: parsed.problems, byId: new Map(result.facts.map((f) => [f.factId as string, f])), ds };
}

export function tempDir(prefix = 'zj-review-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}
