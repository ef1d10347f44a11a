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
  type DecisionStatus, type FactCsvRow, type FactRow, type InputProblem, type OrphanedDecisions, type ReviewedFact, type ReviewedFactCsvRow,
} from '../schema';
import { parseCsv } from '../data/csv';
import { toArticle, toFact } from '../data/rows';
import { FACT_NUMBER_COLUMNS, formatValue } from '../extract/csv-rows';
import { guardRow, unguardCell } from '../formula-guard';
import { applyDecisions, type ArticleText } from '../review/apply-decisions';
import { parseCorrections } from '../review/parse-corrections';
import { standingDecisions } from '../review/standing-decisions';
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

/** A row of CSV bytes: [start, end) without its line break, and the line it starts on. */
export interface RowSpan {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

/**
 * The rows of CSV bytes (UTF-8), each with the line it starts on, found by quote parity (a line
 * break inside quotes does not end a row): one linear scan, no parsing and no decoding. Rows keep
 * their bytes exactly; empty rows are left out.
 */
export function csvRowSpans(bytes: Uint8Array): RowSpan[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: RowSpan[] = [];
  const from = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  let start = from;
  let line = 1;
  let startLine = 1;
  let quotes = 0;
  for (let pos = from; pos <= b.length;) {
    const nl = b.indexOf(0x0a, pos);
    const end = nl < 0 ? b.length : nl;
    for (let q = b.indexOf(0x22, pos); q >= 0 && q < end; q = b.indexOf(0x22, q + 1)) quotes++;
    if (quotes % 2 === 0) {
      const rowEnd = end > start && b[end - 1] === 0x0d ? end - 1 : end;
      if (rowEnd > start) out.push({ start, end: rowEnd, line: startLine });
      start = end + 1;
      startLine = line + 1;
      quotes = 0;
    }
    if (nl < 0) break;
    pos = nl + 1;
    line++;
  }
  return out;
}

/** The rows of a CSV text, each with the line it starts on (csvRowSpans, decoded). */
export function csvRecords(text: string): { readonly text: string; readonly line: number }[] {
  const bytes = Buffer.from(text, 'utf8');
  return csvRowSpans(bytes).map((r) => ({ text: bytes.toString('utf8', r.start, r.end), line: r.line }));
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

const unparse = (rows: ReviewedFactCsvRow[]) => (rows.length === 0 ? '' : Papa.unparse(rows, { columns: [...REVIEWED_FACT_COLUMNS], header: false, newline: '\n' }));

/** One row of facts.csv, typed (only rows that decisions touch are parsed). */
function typedFact(row: string, line: number, file: string, problems: InputProblem[]): FactRow | null {
  const fields = Papa.parse<string[]>(row, { delimiter: ',' }).data[0] ?? [];
  if (fields.length !== FACT_COLUMNS.length) {
    problems.push({ file, line, reason: `${fields.length} fields, expected ${FACT_COLUMNS.length}` });
    return null;
  }
  const f = toFact(Object.fromEntries(FACT_COLUMNS.map((c, i) => [c, unguardCell(fields[i]!)])) as FactCsvRow);
  if (typeof f === 'string') {
    problems.push({ file, line, reason: f });
    return null;
  }
  return f;
}

const UNREVIEWED = Buffer.from(',unreviewed\n');

/** The fact id of a row of facts.csv: its first field (the row less its last character if it has no comma, as ever). */
function factIdOf(bytes: Buffer, r: RowSpan): string {
  const comma = bytes.indexOf(0x2c, r.start);
  if (comma >= 0 && comma < r.end) return bytes.toString('utf8', r.start, comma);
  return bytes.toString('utf8', r.start, r.end).slice(0, -1);
}

/**
 * Rows no decision touches are copied as they are (with their status), so the pass costs one scan
 * of facts.csv; the rows a decision touches are parsed, corrected (lib/review/apply-decisions.ts)
 * and written again; rejected ones are left out; added statistics come after the extracted ones.
 */
export function writeReviewedFacts(outDir: string, correctionsFile: string): ReviewedSummary {
  const problems: InputProblem[] = [];
  const corrections = parseCorrections(existsSync(correctionsFile) ? readFileSync(correctionsFile, 'utf8') : null, correctionsFile);
  problems.push(...corrections.problems);
  const decided = standingDecisions(corrections.decisions, correctionsFile).byFact;

  const factsFile = path.join(outDir, 'facts.csv');
  const bytes = readFileSync(factsFile);
  const [header, ...records] = csvRowSpans(bytes);
  const headerText = header ? bytes.toString('utf8', header.start, header.end) : undefined;
  if (headerText !== FACT_COLUMNS.join(',')) problems.push({ file: factsFile, line: 1, reason: `header is "${headerText ?? ''}", expected "${FACT_COLUMNS.join(',')}"` });
  const touched: FactRow[] = [];
  const order: (number | FactRow)[] = []; // a row no decision touches: its index in records, copied as bytes
  for (const [i, r] of (headerText === FACT_COLUMNS.join(',') ? records : []).entries()) {
    if (decided.size === 0 || !decided.has(factIdOf(bytes, r))) {
      order.push(i);
      continue;
    }
    const f = typedFact(bytes.toString('utf8', r.start, r.end), r.line, factsFile, problems);
    if (f) {
      touched.push(f);
      order.push(f);
    }
  }
  const articles = new Map<string, ArticleText>();
  if (corrections.decisions.some((d) => d.action === 'add')) {
    const parsed = parseCsv(readFileSync(path.join(outDir, 'articles.csv'), 'utf8'), path.join(outDir, 'articles.csv'), ARTICLE_COLUMNS, { guarded: true });
    problems.push(...parsed.problems);
    for (const { values } of parsed.records) {
      const a = toArticle(values);
      if (typeof a !== 'string') articles.set(a.articleId, a);
    }
  }
  const review = applyDecisions(touched, (id) => articles.get(id), corrections.decisions, correctionsFile);
  problems.push(...review.problems);
  const reviewedById = new Map(review.facts.map((f) => [f.factId as string, f]));

  const byStatus: Record<DecisionStatus, number> = { unreviewed: 0, confirmed: 0, corrected: 0, added: 0, rejected: 0 };
  // Each line ends in a line break; untouched rows are copied as bytes, their status appended.
  const parts: Uint8Array[] = [Buffer.from(`${REVIEWED_FACT_COLUMNS.join(',')}\n`)];
  for (const x of order) {
    if (typeof x === 'number') {
      byStatus.unreviewed++;
      parts.push(bytes.subarray(records[x]!.start, records[x]!.end), UNREVIEWED);
      continue;
    }
    const f = reviewedById.get(x.factId)!;
    byStatus[f.status]++;
    if (f.status !== 'rejected') parts.push(Buffer.from(`${unparse([factCsvRow(f)])}\n`));
  }
  const extracted = new Set(touched.map((t) => t.factId as string));
  const added = review.facts.filter((f) => !extracted.has(f.factId));
  for (const f of added) byStatus[f.status]++;
  const shownAdded = added.filter((f) => f.status !== 'rejected').map(factCsvRow);
  if (shownAdded.length > 0) parts.push(Buffer.from(`${unparse(shownAdded)}\n`));
  writeFileAtomic(path.join(outDir, REVIEWED_FACTS_FILE), Buffer.concat(parts));
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
