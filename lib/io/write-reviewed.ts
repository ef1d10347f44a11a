/**
 * After an extraction run: the decisions of corrections.csv applied to the new facts.csv, written
 * (atomically) as facts.reviewed.csv beside it, with the decisions that no longer apply to any
 * statistic (orphans) for the summary. Articles are read only when a decision adds a statistic.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import {
  ARTICLE_COLUMNS, FACT_COLUMNS, REVIEWED_FACT_COLUMNS,
  type DecisionStatus, type FactRow, type InputProblem, type OrphanedDecisions, type ReviewedFact, type ReviewedFactCsvRow,
} from '../schema';
import { parseCsv } from '../data/csv';
import { toArticle, toFact } from '../data/rows';
import { FACT_NUMBER_COLUMNS, formatValue } from '../extract/csv-rows';
import { guardRow } from '../formula-guard';
import { applyDecisions, type ArticleText } from '../review/apply-decisions';
import { parseCorrections } from '../review/parse-corrections';
import { writeFileAtomic } from './write-atomic';

export const REVIEWED_FACTS_FILE = 'facts.reviewed.csv';

export interface ReviewedSummary {
  readonly correctionsFile: string;
  readonly decisions: number;
  readonly byStatus: Readonly<Record<DecisionStatus, number>>;
  readonly orphans: readonly OrphanedDecisions[];
  /** Bad rows of corrections.csv (and of the outputs read back, which should have none). */
  readonly problems: readonly InputProblem[];
}

function readRows<C extends string>(file: string, columns: readonly C[], problems: InputProblem[]) {
  const parsed = parseCsv(readFileSync(file, 'utf8'), file, columns, { guarded: true });
  problems.push(...parsed.problems);
  return parsed.records;
}

function factCsvRow(f: ReviewedFact): ReviewedFactCsvRow {
  return guardRow({
    fact_id: f.factId, article_id: f.articleId, source: f.source,
    region_code: f.regionCode, region_name: f.regionName, region_level: f.regionLevel,
    metric: f.metric, indicator: f.indicator, subject: f.subject, value: formatValue(f.value), unit: f.unit, qualifier: f.qualifier,
    direction: f.direction, comparison: f.comparison, period_start: f.periodStart, period_end: f.periodEnd,
    sentence: f.sentence, start: String(f.start), end: String(f.end), confidence: f.confidence.toFixed(2),
    review_status: f.status,
  }, FACT_NUMBER_COLUMNS);
}

export function writeReviewedFacts(outDir: string, correctionsFile: string): ReviewedSummary {
  const problems: InputProblem[] = [];
  const corrections = parseCorrections(existsSync(correctionsFile) ? readFileSync(correctionsFile, 'utf8') : null, correctionsFile);
  problems.push(...corrections.problems);

  const facts: FactRow[] = [];
  for (const { line, values } of readRows(path.join(outDir, 'facts.csv'), FACT_COLUMNS, problems)) {
    const f = toFact(values);
    if (typeof f === 'string') problems.push({ file: path.join(outDir, 'facts.csv'), line, reason: f });
    else facts.push(f);
  }
  const articles = new Map<string, ArticleText>();
  if (corrections.decisions.some((d) => d.action === 'add')) {
    for (const { values } of readRows(path.join(outDir, 'articles.csv'), ARTICLE_COLUMNS, problems)) {
      const a = toArticle(values);
      if (typeof a !== 'string') articles.set(a.articleId, a);
    }
  }
  const review = applyDecisions(facts, (id) => articles.get(id), corrections.decisions, correctionsFile);
  problems.push(...review.problems);

  const byStatus: Record<DecisionStatus, number> = { unreviewed: 0, confirmed: 0, corrected: 0, added: 0, rejected: 0 };
  for (const f of review.facts) byStatus[f.status]++;
  const rows = review.facts.filter((f) => f.status !== 'rejected').map(factCsvRow);
  const body = rows.length === 0 ? '' : `${Papa.unparse(rows, { columns: [...REVIEWED_FACT_COLUMNS], header: false, newline: '\n' })}\n`;
  writeFileAtomic(path.join(outDir, REVIEWED_FACTS_FILE), `${REVIEWED_FACT_COLUMNS.join(',')}\n${body}`);
  return { correctionsFile, decisions: corrections.decisions.length, byStatus, orphans: review.orphans, problems };
}

/** The summary's lines: counts by status, then every orphaned decision with its reason. */
export function reviewedSummaryLines(s: ReviewedSummary, outDir: string): string[] {
  const b = s.byStatus;
  const lines = [
    `reviewed: ${s.decisions} decision(s) in ${s.correctionsFile} → ${b.confirmed} confirmed, ${b.corrected} corrected, ${b.added} added, ${b.rejected} rejected, ${b.unreviewed} unreviewed; wrote ${path.join(outDir, REVIEWED_FACTS_FILE)}`,
    `orphaned ${s.orphans.length} decision group(s)${s.orphans.length ? ' (their statistic is gone; the decisions stay in the file):' : ''}`,
  ];
  for (const o of s.orphans) {
    const what = o.decisions.map((d) => `${d.action}${d.field ? ` ${d.field}` : ''} (line ${d.line}, ${d.decidedAt})`).join(', ');
    lines.push(`  ${o.factId}: ${o.reason}: ${what}`);
  }
  return lines;
}
