/**
 * With an extraction run: the decisions of corrections.csv applied to the new facts.csv, written
 * as facts.reviewed.csv beside it, with the decisions that no longer apply to any statistic
 * (orphans) for the summary. Articles are read only when a decision adds a statistic. The file is
 * written while the run writes facts.csv (ReviewedFactsWriter), not read back after it: rows no
 * decision touches go out as they come, so what is left when the run ends is the few touched rows.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs';
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
import { tempPathFor, writeAll } from './write-atomic';

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
  return rowSpansFrom(bytes, bomLength(bytes));
}

/** 3 when `bytes` start with UTF-8's byte order mark, else 0. */
const bomLength = (bytes: Uint8Array): number => (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);

/** csvRowSpans from byte `from` on (no byte order mark looked for). */
function rowSpansFrom(bytes: Uint8Array, from: number): RowSpan[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: RowSpan[] = [];
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
const FACTS_HEADER = FACT_COLUMNS.join(',');

/** The fact id of a row of facts.csv: its first field (the row less its last character if it has no comma, as ever). */
function factIdOf(bytes: Buffer, r: RowSpan): string {
  const comma = bytes.indexOf(0x2c, r.start);
  if (comma >= 0 && comma < r.end) return bytes.toString('utf8', r.start, comma);
  return bytes.toString('utf8', r.start, r.end).slice(0, -1);
}

/**
 * facts.reviewed.csv written along with facts.csv: `add` takes each text appended to facts.csv (whole
 * rows, its header first), `finish` completes the file once facts.csv and articles.csv are complete.
 * Rows no decision touches are copied as they are (with their status), so the pass costs one scan
 * of facts.csv; the rows a decision touches are parsed, corrected (lib/review/apply-decisions.ts)
 * and written again when the run ends, in their place (so the rows after the first of them wait in
 * memory); rejected ones are left out; added statistics come after the extracted ones. The corrections
 * are read when the writer is made, before the run.
 */
export class ReviewedFactsWriter {
  private readonly problems: InputProblem[] = [];
  private readonly corrections: ReturnType<typeof parseCorrections>;
  private readonly decided: ReadonlyMap<string, unknown>;
  private target: string | null = null;
  private fd: number | null = null;
  /** Lines of facts.csv seen so far. */
  private lines = 0;
  /** Whether the header was seen (and was facts.csv's: if not, no row is taken). */
  private header: 'none' | 'right' | 'wrong' = 'none';
  private readonly touched: FactRow[] = [];
  /** From the first touched row on: the rows to write when the run ends (bytes, or a touched row). */
  private held: (Uint8Array | FactRow)[] | null = null;
  private unreviewed = 0;

  constructor(private readonly correctionsFile: string) {
    this.corrections = parseCorrections(existsSync(correctionsFile) ? readFileSync(correctionsFile, 'utf8') : null, correctionsFile);
    this.problems.push(...this.corrections.problems);
    this.decided = standingDecisions(this.corrections.decisions, correctionsFile).byFact;
  }

  /** Takes `bytes`, the next rows of facts.csv (in the run's folder `outDir`) as written, each ending in a line break. */
  add(outDir: string, bytes: Uint8Array): void {
    if (this.fd === null) {
      this.target = path.join(outDir, REVIEWED_FACTS_FILE);
      const tmp = tempPathFor(this.target);
      rmSync(tmp, { force: true });
      this.fd = openSync(tmp, 'wx');
      writeAll(this.fd, Buffer.from(`${REVIEWED_FACT_COLUMNS.join(',')}\n`));
    }
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const spans = rowSpansFrom(b, this.lines === 0 ? bomLength(b) : 0);
    const file = path.join(outDir, 'facts.csv');
    const out: Uint8Array[] = [];
    for (const s of spans) {
      const r = { start: s.start, end: s.end, line: s.line + this.lines };
      if (this.header === 'none') {
        const headerText = b.toString('utf8', r.start, r.end);
        this.header = headerText === FACTS_HEADER ? 'right' : 'wrong';
        if (this.header === 'wrong') this.problems.push({ file, line: 1, reason: `header is "${headerText}", expected "${FACTS_HEADER}"` });
        continue;
      }
      if (this.header === 'wrong') continue;
      if (this.decided.size === 0 || !this.decided.has(factIdOf(b, r))) {
        this.unreviewed++;
        if (this.held) this.held.push(b.subarray(r.start, r.end), UNREVIEWED);
        else out.push(b.subarray(r.start, r.end), UNREVIEWED);
        continue;
      }
      const f = typedFact(b.toString('utf8', r.start, r.end), r.line, file, this.problems);
      if (f) {
        this.touched.push(f);
        (this.held ??= []).push(f);
      }
    }
    for (let at = b.indexOf(0x0a); at >= 0; at = b.indexOf(0x0a, at + 1)) this.lines++;
    if (out.length > 0) writeAll(this.fd, Buffer.concat(out));
  }

  /** Writes what waited (the touched rows corrected, the added ones), flushes and names the file; the summary. */
  finish(outDir: string): ReviewedSummary {
    if (this.fd === null) this.add(outDir, new Uint8Array());
    if (this.header === 'none') this.problems.push({ file: path.join(outDir, 'facts.csv'), line: 1, reason: `header is "", expected "${FACTS_HEADER}"` });
    const fd = this.fd!;
    const { decisions } = this.corrections;
    const articles = new Map<string, ArticleText>();
    if (decisions.some((d) => d.action === 'add')) {
      const parsed = parseCsv(readFileSync(path.join(outDir, 'articles.csv'), 'utf8'), path.join(outDir, 'articles.csv'), ARTICLE_COLUMNS, { guarded: true });
      this.problems.push(...parsed.problems);
      for (const { values } of parsed.records) {
        const a = toArticle(values);
        if (typeof a !== 'string') articles.set(a.articleId, a);
      }
    }
    const review = applyDecisions(this.touched, (id) => articles.get(id), decisions, this.correctionsFile);
    this.problems.push(...review.problems);
    const reviewedById = new Map(review.facts.map((f) => [f.factId as string, f]));

    const byStatus: Record<DecisionStatus, number> = { unreviewed: this.unreviewed, confirmed: 0, corrected: 0, added: 0, rejected: 0 };
    const parts: Uint8Array[] = [];
    for (const x of this.held ?? []) {
      if (x instanceof Uint8Array) {
        parts.push(x);
        continue;
      }
      const f = reviewedById.get(x.factId)!;
      byStatus[f.status]++;
      if (f.status !== 'rejected') parts.push(Buffer.from(`${unparse([factCsvRow(f)])}\n`));
    }
    const extracted = new Set(this.touched.map((t) => t.factId as string));
    const added = review.facts.filter((f) => !extracted.has(f.factId));
    for (const f of added) byStatus[f.status]++;
    const shownAdded = added.filter((f) => f.status !== 'rejected').map(factCsvRow);
    if (shownAdded.length > 0) parts.push(Buffer.from(`${unparse(shownAdded)}\n`));
    try {
      for (const chunk of inChunks(parts)) writeAll(fd, chunk);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
      this.fd = null;
    }
    renameSync(tempPathFor(this.target!), this.target!);
    return { correctionsFile: this.correctionsFile, decisions: decisions.length, byStatus, orphans: review.orphans, problems: this.problems };
  }

  /** Closes the file, if one was opened, without finishing it (the run failed). */
  abandon(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** `parts` joined into chunks of about a megabyte: few writes, and no second copy of the whole file. */
function* inChunks(parts: readonly Uint8Array[]): Generator<Uint8Array> {
  let from = 0;
  let size = 0;
  for (let i = 0; i < parts.length; i++) {
    size += parts[i]!.length;
    if (size < 1 << 20 && i < parts.length - 1) continue;
    yield Buffer.concat(parts.slice(from, i + 1));
    from = i + 1;
    size = 0;
  }
}

/** facts.reviewed.csv for the facts.csv of `outDir` as it is (ReviewedFactsWriter, given the file at once). */
export function writeReviewedFacts(outDir: string, correctionsFile: string): ReviewedSummary {
  const w = new ReviewedFactsWriter(correctionsFile);
  w.add(outDir, readFileSync(path.join(outDir, 'facts.csv')));
  return w.finish(outDir);
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
