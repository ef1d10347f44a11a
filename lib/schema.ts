/**
 * The one schema module: every type shared by the extractor, the data layer and the app.
 *
 * Types name how far data has travelled:
 *   extractor: PageText → Article → Sentence → NumberMention → Statistic → FactRow
 *   display:   FactRow → RegionValue / TimelineSeries → ECharts option
 */

import type { IndicatorId } from './indicators';

export type { IndicatorId } from './indicators';

/** A brand keeps two strings of the same shape from being mixed up. */
type Brand<T, B extends string> = T & { readonly __brand: B };

/** 6-digit GB/T 2260 code: 330000 Zhejiang, 330500 湖州市, 331181 龙泉市; 000000 = no place in Zhejiang. */
export type RegionCode = Brand<string, 'RegionCode'>;
export type ArticleId = Brand<string, 'ArticleId'>;
export type FactId = Brand<string, 'FactId'>;

export const PROVINCE_CODE = '330000' as RegionCode;
export const NO_REGION_CODE = '000000' as RegionCode;

export const REGION_LEVELS = ['province', 'prefecture', 'county', 'none'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const METRIC_KEYS = ['crime', 'volunteers', 'satisfaction', 'personnel', 'services', 'other'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export const QUALIFIERS = ['exact', 'more_than', 'at_least', 'less_than', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const DIRECTIONS = ['none', 'increase', 'decrease'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** What a change is measured against: 同比 (year on year), 环比 (period on period), or none. */
export const COMPARISONS = ['', 'yoy', 'mom', 'vs_last_year'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export interface MetricInfo {
  readonly zh: string;
  readonly en: string;
  /** Colour used for the metric in charts (Okabe–Ito, safe for colour-blind readers). */
  readonly color: string;
}

export const METRICS: Readonly<Record<MetricKey, MetricInfo>> = {
  crime: { zh: '案件与警情', en: 'Crime & incidents', color: '#D55E00' },
  volunteers: { zh: '志愿者', en: 'Volunteers', color: '#009E73' },
  satisfaction: { zh: '安全感与满意度', en: 'Safety & satisfaction', color: '#0072B2' },
  personnel: { zh: '人员力量', en: 'Personnel', color: '#CC79A7' },
  services: { zh: '调解与服务', en: 'Mediation & services', color: '#E69F00' },
  other: { zh: '其他', en: 'Other', color: '#999999' },
};

export function isMetricKey(s: string): s is MetricKey {
  return (METRIC_KEYS as readonly string[]).includes(s);
}

/* ───────────── measures: what one chart shows ───────────── */

/** Levels (626 teams) and changes (down 13.7%) are different measures, never on one axis. */
export type MeasureKind = 'level' | 'change';

/**
 * What one chart or colour scale shows: one indicator, its levels or its changes, in one unit
 * class (lib/data/measures.ts). `metric` is the indicator's family, for grouping and colour.
 */
export interface Measure {
  readonly indicator: IndicatorId;
  readonly metric: MetricKey;
  readonly kind: MeasureKind;
  /** Unit class: the unit, with synonyms folded (起/宗 → 件). */
  readonly unit: string;
}

/* ───────────── extractor stages ───────────── */

/** A source file, decoded and normalised, before it is split into articles. */
export interface PageText {
  readonly source: string;
  /** Text for display: the original characters (Traditional kept), whitespace tidied. */
  readonly text: string;
  readonly meta: SourceMeta;
}

/** What the manifest (or the text itself) says about a source file. */
export interface SourceMeta {
  readonly source: string;
  readonly paper: string;
  /** ISO date YYYY-MM-DD, or '' when unknown. */
  readonly date: string;
  /** Where the date came from: the manifest, the text, or nowhere. */
  readonly dateBasis: 'manifest' | 'text' | 'none';
  readonly page: string;
  readonly url: string;
  readonly title: string;
  /** The manifest's `region` column: a GB/T 2260 code for every article of the file, or ''. */
  readonly region: string;
}

/**
 * Where an article's own place (for 全市/全区/全县/该市 and figures that name no place) was read:
 * the manifest's region column, the headline, the dateline (中新网杭州12月19日电), the publishing
 * body (嘉兴市公安局), the web host (www.yuhuan.gov.cn), or nowhere.
 */
export const REGION_BASES = ['manifest', 'headline', 'dateline', 'publisher', 'url', 'none'] as const;
export type RegionBasis = (typeof REGION_BASES)[number];

/** An article's own place: a code (000000 for a place outside Zhejiang), '' when the basis is none. */
export interface ArticlePlace {
  readonly code: RegionCode | '';
  readonly basis: RegionBasis;
}

export interface Article {
  readonly id: ArticleId;
  readonly source: string;
  /** Index of the article on its page, in reading order. */
  readonly index: number;
  readonly meta: SourceMeta;
  readonly title: string;
  readonly byline: string;
  /** Display text (original characters). Offsets of facts index into this string. */
  readonly text: string;
}

/** A sentence of an article, with its offsets into the article text. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph the sentence is in. */
  readonly paragraph: number;
}

/** A figure found in a sentence, before it is given a region, metric and period. */
export interface NumberMention {
  /** Offsets into the sentence text. */
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  /** Written in digits (1.3万) or in words (三成, 十余): words need more care (一起 is "together"). */
  readonly written: 'digits' | 'words';
}

/** A resolved statistic, ready to become a row. */
export interface Statistic {
  readonly articleId: ArticleId;
  readonly source: string;
  readonly regionCode: RegionCode;
  readonly regionName: string;
  readonly regionLevel: RegionLevel;
  readonly metric: MetricKey;
  /** What the figure measures (lib/indicators.ts); `metric` is this indicator's family. */
  readonly indicator: IndicatorId;
  readonly subject: string;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly direction: Direction;
  readonly comparison: Comparison;
  /** ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), '' when the text does not say. */
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly sentence: string;
  /** Offsets of the figure in the article text. */
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  /**
   * Set when one figure speaks for several places (永康市、东阳市义警人数均超过3000人) on every
   * statistic but the first: its region, so each keeps an id of its own.
   */
  readonly alsoFor?: RegionCode;
}

/* ───────────── CSV contracts (column order is the contract) ───────────── */

export const ARTICLE_COLUMNS = ['article_id', 'source', 'paper', 'date', 'page', 'title', 'byline', 'text'] as const;
export type ArticleRow = Record<(typeof ARTICLE_COLUMNS)[number], string>;

export const FACT_COLUMNS = [
  'fact_id', 'article_id', 'source', 'region_code', 'region_name', 'region_level', 'metric', 'indicator', 'subject',
  'value', 'unit', 'qualifier', 'direction', 'comparison', 'period_start', 'period_end',
  'sentence', 'start', 'end', 'confidence',
] as const;
export type FactCsvRow = Record<(typeof FACT_COLUMNS)[number], string>;

/**
 * One row per file read: what the manifest (or the text) says about it, with the article URL, and
 * the file's own place with where it was read (its lead article's: ArticlePlace).
 */
export const SOURCE_COLUMNS = ['source', 'paper', 'date', 'date_basis', 'page', 'url', 'title', 'region_code', 'region_basis'] as const;
export type SourceRow = Record<(typeof SOURCE_COLUMNS)[number], string>;

export const SKIPPED_COLUMNS = ['source', 'reason'] as const;
export type SkippedRow = Record<(typeof SKIPPED_COLUMNS)[number], string>;

/**
 * Every download of figures (the table's CSV, the map's, the timeline's) has these columns, in
 * English snake_case whatever the page's language: one row per statistic (or per region, for the
 * map). `url` is the statistic in its article on the dashboard; `review_status` whether a person has
 * checked it (unreviewed, confirmed, corrected, added); `figures` how many the region has
 * in the view (map); `source_line` and `view_url` cite the chart.
 */
export const FIGURE_CSV_COLUMNS = [
  'region_code', 'region_name', 'indicator', 'indicator_name', 'kind', 'value', 'unit', 'qualifier', 'figure', 'subject',
  'period_start', 'period_end', 'date', 'date_basis', 'paper', 'published', 'quote', 'url', 'review_status', 'figures', 'source_line', 'view_url',
] as const;

/** A fact as the app reads it back: typed, validated. */
export interface FactRow {
  readonly factId: FactId;
  readonly articleId: ArticleId;
  readonly source: string;
  readonly regionCode: RegionCode;
  readonly regionName: string;
  readonly regionLevel: RegionLevel;
  readonly metric: MetricKey;
  readonly indicator: IndicatorId;
  readonly subject: string;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: Qualifier;
  readonly direction: Direction;
  readonly comparison: Comparison;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  /** What a reviewer decided (lib/review/); absent: unreviewed. Readers never see rejected facts. */
  readonly status?: DecisionStatus;
}

/** An article as the app reads it back. */
export interface ArticleRecord {
  readonly articleId: ArticleId;
  readonly source: string;
  readonly paper: string;
  readonly date: string;
  readonly page: string;
  readonly title: string;
  readonly byline: string;
  readonly text: string;
}

/** A problem with an input, reported by file and line, never swallowed. */
export interface InputProblem {
  readonly file: string;
  /** 1-based line, 0 when the problem is with the whole file. */
  readonly line: number;
  readonly reason: string;
}

/* ───────────── review decisions (data/corrections.csv; data/README.md) ───────────── */

/** One row per decision, appended, never rewritten: the latest standing decision per fact and field wins. */
export const CORRECTION_COLUMNS = ['fact_id', 'action', 'field', 'value', 'reviewer', 'decided_at', 'note'] as const;
export type CorrectionCsvRow = Record<(typeof CORRECTION_COLUMNS)[number], string>;

export const REVIEW_ACTIONS = ['confirm', 'reject', 'edit', 'add'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The fields a reviewer may correct (`edit`) or give for a missed statistic (`add`), as in facts.csv. */
export const EDITABLE_FIELDS = [
  'region_code', 'indicator', 'metric', 'value', 'unit', 'qualifier', 'direction', 'period_start', 'period_end', 'subject',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Where a missed statistic stands (`add` rows only): its article, offsets, and the characters there. */
export const SPAN_FIELDS = ['article_id', 'start', 'end', 'text'] as const;
export type SpanField = (typeof SPAN_FIELDS)[number];

/** The `field` of a row: '' for confirm and reject (the verdict on the whole fact). */
export type DecisionField = '' | EditableField | SpanField;

/** A row whose value is this word withdraws (undoes) the standing decision of its fact, action and field. */
export const WITHDRAW_VALUE = 'undo';

/** What readers see: every statistic shown has one of these. */
export const REVIEW_STATUSES = ['unreviewed', 'confirmed', 'corrected', 'added'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** What reviewers see besides: a rejected statistic, hidden from readers. */
export type DecisionStatus = ReviewStatus | 'rejected';

/** A row of corrections.csv, read back and checked. */
export interface Decision {
  /** 1-based line of corrections.csv on which the row starts. */
  readonly line: number;
  readonly factId: FactId;
  readonly action: ReviewAction;
  readonly field: DecisionField;
  /** The field's new value (edit, add); '' for confirm and reject. */
  readonly value: string;
  /** True when the row undoes the standing decision of its fact, action and field. */
  readonly withdraws: boolean;
  readonly reviewer: string;
  /** ISO 8601 UTC, to the second: 2026-11-24T09:30:00Z. */
  readonly decidedAt: string;
  readonly note: string;
}

/** A statistic after the decisions: its fields as corrected, and its status. */
export interface ReviewedFact extends FactRow {
  readonly status: DecisionStatus;
}

/** A fact's status as readers see it. */
export function reviewStatusOf(f: Pick<FactRow, 'status'>): ReviewStatus {
  return f.status === undefined || f.status === 'rejected' ? 'unreviewed' : f.status;
}

/** Decisions that no longer apply to anything (the fact is no longer extracted, its text changed). */
export interface OrphanedDecisions {
  readonly factId: FactId;
  readonly reason: string;
  /** The decisions still standing for the fact, in file order. */
  readonly decisions: readonly Decision[];
}

/** facts.reviewed.csv: facts.csv after the decisions (rejected facts left out), with each one's status. */
export const REVIEWED_FACT_COLUMNS = [...FACT_COLUMNS, 'review_status'] as const;
export type ReviewedFactCsvRow = Record<(typeof REVIEWED_FACT_COLUMNS)[number], string>;

/* ───────────── what the server's database gives back (lib/db) ───────────── */

/** A sentence cut around its figure, for a quote with the figure highlighted (lib/data/quote.ts). */
export interface Quote {
  readonly before: string;
  readonly figure: string;
  readonly after: string;
}

/**
 * A statistic as the app reads it from the database (lib/db): the fact's fields without its whole
 * sentence, a bounded quote around the figure instead, its article's paper and publication date,
 * and what the reviewers decided (`unreviewed` without a decision).
 */
export interface FactRecord extends Omit<FactRow, 'sentence'> {
  readonly quote: Quote;
  readonly paper: string;
  /** The article's publication date (YYYY-MM-DD), '' when unknown. */
  readonly published: string;
  readonly status: DecisionStatus;
}
