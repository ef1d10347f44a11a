/**
 * The measured quality the /about page shows: the scores of one `npm run eval` run, with the
 * date it ran and the corpus it scored, as data/quality.json (written by `npm run quality`,
 * read by the page; never typed by hand).
 */
import type { Score } from './score-facts';

/** The scores of the run (rates rounded to three decimals). */
type ReportedScores = Pick<Score, 'precision' | 'recall' | 'f1' | 'metricAccuracy' | 'indicatorAccuracy' | 'tp' | 'fp' | 'fn' | 'required'>;

export interface QualityReport extends ReportedScores {
  /** YYYY-MM-DD (UTC) of the run. */
  readonly date: string;
  /** Which gold set: "dev". */
  readonly corpus: string;
  readonly texts: number;
  /** The command that reproduces it. */
  readonly command: string;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function qualityReport(score: Score, meta: { date: string; corpus: string; texts: number; command: string }): QualityReport {
  return {
    date: meta.date, corpus: meta.corpus, texts: meta.texts,
    precision: round(score.precision), recall: round(score.recall), f1: round(score.f1),
    metricAccuracy: round(score.metricAccuracy), indicatorAccuracy: round(score.indicatorAccuracy),
    tp: score.tp, fp: score.fp, fn: score.fn, required: score.required, command: meta.command,
  };
}

/** The report read back, checked field by field (a malformed file is an error naming it). */
export function parseQualityReport(text: string, file: string): QualityReport {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`);
  }
  return checkQualityReport(v, file);
}

/** `v` as a report, or an error naming `file` and the first bad field. */
export function checkQualityReport(v: unknown, file: string): QualityReport {
  const o = (v ?? {}) as Record<string, unknown>;
  const nums = ['texts', 'precision', 'recall', 'f1', 'metricAccuracy', 'indicatorAccuracy', 'tp', 'fp', 'fn', 'required'];
  for (const k of nums) if (typeof o?.[k] !== 'number' || !Number.isFinite(o[k])) throw new Error(`${file}: "${k}" is not a number`);
  for (const k of ['date', 'corpus', 'command']) if (typeof o[k] !== 'string') throw new Error(`${file}: "${k}" is not a string`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.date as string)) throw new Error(`${file}: "date" is not YYYY-MM-DD`);
  return o as unknown as QualityReport;
}
