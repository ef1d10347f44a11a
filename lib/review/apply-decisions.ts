/**
 * Decisions applied to extracted facts (pure): rejected facts are marked, edited fields replace the
 * extracted ones, added facts are built from their article, and decisions whose fact is gone (or
 * whose article text changed under them) come back as orphans, never dropped in silence.
 */
import {
  EDITABLE_FIELDS,
  type ArticleId, type Decision, type DecisionStatus, type EditableField, type FactId, type FactRow,
  type InputProblem, type OrphanedDecisions, type RegionCode, type ReviewedFact,
} from '../schema';
import { FALLBACK_INDICATOR, isIndicatorId, metricOfIndicator } from '../indicators';
import { isMetricKey } from '../schema';
import { getDivision } from '../regions/divisions';
import { splitSentences } from '../extract/split-sentences';
import { inFileOrder, standingDecisions, type FactSlots } from './standing-decisions';

/** What an added statistic needs of its article. */
export interface ArticleText {
  readonly articleId: ArticleId;
  readonly source: string;
  readonly text: string;
}

export interface ReviewResult {
  /** Every fact with its status (rejected ones too): the extracted in their order, then the added. */
  readonly facts: readonly ReviewedFact[];
  /** The standing decisions of each fact that has any, in file order. */
  readonly standing: ReadonlyMap<string, readonly Decision[]>;
  readonly orphans: readonly OrphanedDecisions[];
  readonly problems: readonly InputProblem[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Sets one field, as written in corrections.csv, on a fact. */
function setField(row: Mutable<FactRow>, field: EditableField, value: string): void {
  switch (field) {
    case 'region_code': {
      const d = getDivision(value);
      row.regionCode = value as RegionCode;
      row.regionName = d?.name ?? '';
      row.regionLevel = d?.level ?? 'none';
      return;
    }
    case 'indicator': if (isIndicatorId(value)) row.indicator = value; return;
    case 'metric': if (isMetricKey(value)) row.metric = value; return;
    case 'value': row.value = Number(value); return;
    case 'unit': row.unit = value; return;
    case 'qualifier': row.qualifier = value as FactRow['qualifier']; return;
    case 'direction': row.direction = value as FactRow['direction']; return;
    case 'period_start': row.periodStart = value; return;
    case 'period_end': row.periodEnd = value; return;
    case 'subject': row.subject = value; return;
  }
}

/**
 * The fact with its standing edits. The indicator decides the metric (its family); a metric
 * changed alone moves the indicator to that metric's catch-all.
 */
export function withEdits(fact: FactRow, slots: FactSlots): FactRow {
  const row: Mutable<FactRow> = { ...fact };
  for (const field of EDITABLE_FIELDS) {
    const d = slots.get(field);
    if (d && (d.action === 'edit' || d.action === 'add')) setField(row, field, d.value);
  }
  if (slots.has('indicator')) row.metric = metricOfIndicator(row.indicator);
  else if (row.metric !== metricOfIndicator(row.indicator)) row.indicator = FALLBACK_INDICATOR[row.metric];
  return row;
}

const SAME: Readonly<Record<EditableField, (a: FactRow, b: FactRow) => boolean>> = {
  region_code: (a, b) => a.regionCode === b.regionCode,
  indicator: (a, b) => a.indicator === b.indicator,
  metric: (a, b) => a.metric === b.metric,
  value: (a, b) => a.value === b.value,
  unit: (a, b) => a.unit === b.unit,
  qualifier: (a, b) => a.qualifier === b.qualifier,
  direction: (a, b) => a.direction === b.direction,
  period_start: (a, b) => a.periodStart === b.periodStart,
  period_end: (a, b) => a.periodEnd === b.periodEnd,
  subject: (a, b) => a.subject === b.subject,
};

function statusOf(slots: FactSlots | undefined, changed: boolean): DecisionStatus {
  if (!slots) return 'unreviewed';
  if (slots.get('')?.action === 'reject') return 'rejected';
  return changed ? 'corrected' : 'confirmed';
}

/** A statistic the extractor missed, built from its add rows, or why it cannot be. */
function addedFact(factId: string, slots: FactSlots, articleOf: (id: string) => ArticleText | undefined): ReviewedFact | string {
  const span = (f: 'article_id' | 'start' | 'end' | 'text') => slots.get(f)?.value;
  const articleId = span('article_id');
  if (articleId === undefined || span('start') === undefined || span('end') === undefined) {
    return 'the statistic is no longer extracted (its article text may have changed)';
  }
  const article = articleOf(articleId);
  if (!article) return `article ${articleId} of the added statistic is no longer extracted`;
  const start = Number(span('start'));
  const end = Number(span('end'));
  if (!(end > start && end <= article.text.length)) return `offsets ${start}–${end} are outside article ${articleId} (${article.text.length} characters)`;
  const now = article.text.slice(start, end);
  const text = span('text');
  if (text !== undefined && now !== text) return `the article text changed: characters ${start}–${end} are now "${now}", were "${text}"`;
  if (!slots.has('region_code') || !slots.has('value') || !(slots.has('indicator') || slots.has('metric'))) {
    return 'an added statistic needs region_code, indicator and value';
  }
  const sentence = splitSentences(article.text).find((s) => s.start <= start && end <= s.end);
  const base: FactRow = {
    factId: factId as FactId, articleId: article.articleId, source: article.source,
    regionCode: '000000' as RegionCode, regionName: '', regionLevel: 'none',
    metric: 'other', indicator: 'other', subject: '', value: 0, unit: '', qualifier: 'exact', direction: 'none',
    comparison: '', periodStart: '', periodEnd: '', sentence: sentence?.text ?? now, start, end, confidence: 1,
  };
  return { ...withEdits(base, slots), status: slots.get('')?.action === 'reject' ? 'rejected' : 'added' };
}

const byPlace = (a: FactRow, b: FactRow) =>
  a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start || a.end - b.end || (a.factId < b.factId ? -1 : 1);

export function applyDecisions(
  facts: readonly FactRow[],
  articleOf: (id: string) => ArticleText | undefined,
  decisions: readonly Decision[],
  file = 'corrections.csv',
): ReviewResult {
  const { byFact, problems } = standingDecisions(decisions, file);
  const out: ReviewedFact[] = [];
  const extracted = new Set<string>();
  for (const fact of facts) {
    extracted.add(fact.factId);
    const slots = byFact.get(fact.factId);
    if (!slots) {
      out.push({ ...fact, status: 'unreviewed' });
      continue;
    }
    const row = withEdits(fact, slots);
    const changed = EDITABLE_FIELDS.some((f) => !SAME[f](fact, row));
    out.push({ ...row, status: statusOf(slots, changed) });
  }
  const added: ReviewedFact[] = [];
  const orphans: OrphanedDecisions[] = [];
  const standing = new Map<string, readonly Decision[]>();
  for (const [factId, slots] of byFact) {
    standing.set(factId, inFileOrder(slots));
    if (extracted.has(factId)) continue;
    const a = addedFact(factId, slots, articleOf);
    if (typeof a === 'string') orphans.push({ factId: factId as FactId, reason: a, decisions: inFileOrder(slots) });
    else added.push(a);
  }
  orphans.sort((a, b) => a.decisions[0]!.line - b.decisions[0]!.line);
  return { facts: [...out, ...added.sort(byPlace)], standing, orphans, problems };
}
