/**
 * Every question the reader's views ask of the data, as SQL over `reader_facts` (the database's
 * facts with the reviewers' decisions: overlay.ts) and the articles and sources tables. Filtering,
 * grouping, ordering and paging happen in the database; each function returns typed rows (at most
 * a bounded number: no answer grows with the corpus except counts), cached per database
 * generation. The view models are built from these rows by pure functions in lib/data/.
 */
import { INTEGER } from '@duckdb/node-api';
import type { ArticleRecord, FactRecord, InputProblem, MetricKey } from '../schema';
import type { IndicatorId } from '../indicators';
import { FACT_SELECT, num, str, toFactRecord } from './fact-rows';
import type { Row, StatsDb } from './stats-db';
import { factWhere, filterKey, type FactFilter } from './where';

/** Newest first; within one date, most confident, then first in the text (lib/data/aggregate.ts compareLatest). */
const LATEST = 'window_last DESC, published DESC, confidence DESC, fig_start, fact_id';

async function select(db: StatsDb, name: string, f: FactFilter, extra: string, body: (where: string) => string, more: Record<string, string | number> = {}): Promise<Row[]> {
  const w = factWhere(f);
  const key = `${name}|${filterKey(f)}|${extra}`;
  const types = { ...w.types };
  for (const [k, v] of Object.entries(more)) if (typeof v === 'number') types[k] = INTEGER;
  return db.cached(key, () => db.query(body(w.sql), { ...w.params, ...more }, types));
}

/* ───────────── measures ───────────── */

export interface MeasureStat {
  readonly id: string;
  readonly indicator: IndicatorId;
  readonly metric: MetricKey;
  readonly kind: 'level' | 'change';
  readonly unit: string;
  readonly facts: number;
  /** Distinct regions with a fact of the measure, leaving out `exclude`. */
  readonly regions: number;
}

/** Facts and regions per measure among the filtered facts; `exclude` is not counted as a region. */
export async function measureStats(db: StatsDb, f: FactFilter, exclude: string): Promise<MeasureStat[]> {
  const rows = await select(db, 'measures', f, exclude, (where) => `
    SELECT measure_id, any_value(indicator) AS indicator, any_value(metric) AS metric, any_value(kind) AS kind,
      any_value(unit_class) AS unit, count(*)::INTEGER AS facts,
      count(DISTINCT region_code) FILTER (WHERE region_code <> $ex)::INTEGER AS regions
    FROM reader_facts ${where} GROUP BY measure_id ORDER BY measure_id`, { ex: exclude });
  return rows.map((r) => ({
    id: str(r.measure_id), indicator: str(r.indicator) as IndicatorId, metric: str(r.metric) as MetricKey,
    kind: str(r.kind) === 'change' ? 'change' : 'level', unit: str(r.unit), facts: num(r.facts), regions: num(r.regions),
  }));
}

/* ───────────── counts ───────────── */

export async function countFacts(db: StatsDb, f: FactFilter): Promise<number> {
  const rows = await select(db, 'count', f, '', (where) => `SELECT count(*)::INTEGER AS n FROM reader_facts ${where}`);
  return num(rows[0]?.n);
}

export interface RegionCount {
  readonly code: string;
  readonly name: string;
  readonly facts: number;
  /** Distinct sources (newspaper pages) of those facts. */
  readonly sources: number;
  /** Facts with no place on a time axis (no period, no publication date). */
  readonly undated: number;
  /** First and last day on the time axis ('' without dated facts). */
  readonly first: string;
  readonly last: string;
  /** The earliest start and latest end as written (a period "2018-01", else the publication date); '' without dated facts. */
  readonly firstRaw: string;
  readonly lastRaw: string;
  /** A region of the region tree (lib/data/regions.ts); false for 000000 and codes the tree does not know. */
  readonly inTree: boolean;
}

function toRegionCount(r: Row, code: unknown): RegionCount {
  return {
    code: str(code), name: str(r.name), facts: num(r.n), sources: num(r.sources), undated: num(r.undated),
    first: str(r.first), last: str(r.last), firstRaw: str(r.first_raw), lastRaw: str(r.last_raw), inTree: r.in_tree === true,
  };
}

const REGION_AGGREGATES = `min(region_name) AS name, count(*)::INTEGER AS n, count(DISTINCT source)::INTEGER AS sources, bool_or(in_tree) AS in_tree,
  count(*) FILTER (WHERE axis_date = '')::INTEGER AS undated,
  min(axis_start) FILTER (WHERE axis_date <> '') AS first, max(axis_date) AS last,
  arg_min(CASE WHEN period_start <> '' THEN period_start WHEN period_end <> '' THEN period_end ELSE published END, axis_start) FILTER (WHERE axis_date <> '') AS first_raw,
  arg_max(CASE WHEN period_end <> '' THEN period_end WHEN period_start <> '' THEN period_start ELSE published END, axis_date) FILTER (WHERE axis_date <> '') AS last_raw`;

/** The filtered facts counted per region. */
export async function countByRegion(db: StatsDb, f: FactFilter): Promise<RegionCount[]> {
  const rows = await select(db, 'byRegion', f, '', (where) => `
    SELECT region_code, ${REGION_AGGREGATES} FROM reader_facts ${where} GROUP BY region_code ORDER BY region_code`);
  return rows.map((r) => toRegionCount(r, r.region_code));
}

/** The filtered facts of known regions counted per prefecture (a prefecture's own and its counties'). */
export async function countByPrefecture(db: StatsDb, f: FactFilter): Promise<RegionCount[]> {
  const rows = await select(db, 'byPrefecture', { ...f, scope: f.scope ?? { kind: 'tree' } }, '', (where) => `
    SELECT prefecture_code, ${REGION_AGGREGATES} FROM reader_facts ${where} ${where ? 'AND' : 'WHERE'} in_tree AND prefecture_code <> ''
    GROUP BY prefecture_code ORDER BY prefecture_code`);
  return rows.map((r) => toRegionCount(r, r.prefecture_code));
}

/** The filtered facts outside every known region (000000, codes not in the table). */
export async function countUnplaced(db: StatsDb, f: FactFilter): Promise<number> {
  const rows = await select(db, 'unplaced', f, '', (where) => `SELECT count(*)::INTEGER AS n FROM reader_facts ${where} ${where ? 'AND' : 'WHERE'} NOT in_tree`);
  return num(rows[0]?.n);
}

/** Years any filtered fact speaks for, oldest first. */
export async function factYears(db: StatsDb, f: FactFilter): Promise<string[]> {
  const rows = await select(db, 'years', f, '', (where) => `
    SELECT DISTINCT substr(fact_date, 1, 4) AS y FROM reader_facts ${where} ${where ? 'AND' : 'WHERE'} regexp_full_match(substr(fact_date, 1, 4), '\\d{4}')
    ORDER BY y`);
  return rows.map((r) => str(r.y));
}

/* ───────────── facts ───────────── */

/**
 * The latest `n` facts of each group (`region_code`, `measure_id` or `metric`), newest first within each.
 * The ranking reads only the ordering columns; the whole rows are fetched for the winners alone
 * (ranking whole rows, quotes and all, took about 2.5× as long at 100k articles).
 */
export async function latestPer(db: StatsDb, f: FactFilter, group: 'region_code' | 'measure_id' | 'metric', n: number): Promise<FactRecord[]> {
  const column = { region_code: 'region_code', measure_id: 'measure_id', metric: 'metric' }[group];
  const rows = await select(db, `latest:${column}`, f, String(n), (where) => `
    WITH top AS (
      SELECT fact_id FROM reader_facts ${where}
      QUALIFY row_number() OVER (PARTITION BY ${column} ORDER BY ${LATEST}) <= $n)
    SELECT ${FACT_SELECT} FROM reader_facts ${where} ${where ? 'AND' : 'WHERE'} fact_id IN (SELECT fact_id FROM top)
    ORDER BY ${column}, ${LATEST}`, { n });
  return rows.map(toFactRecord);
}

export type SortKey = 'date' | 'value' | 'region';

export interface FactPage {
  readonly total: number;
  /** The page shown: the one asked for, clamped to the pages there are. */
  readonly page: number;
  readonly rows: readonly FactRecord[];
}

const ORDER: Readonly<Record<SortKey, string>> = { date: 'axis_date', value: 'signed_value', region: 'name_rank' };

/**
 * One page of the filtered facts in the table's order (ties by fact id). Region order is by the
 * display name in `lang`, ranked once per generation in JavaScript (zh-CN collation) as region_rank.
 * `count`: how many facts the filter keeps, when the caller has it from another query.
 */
export async function factPage(
  db: StatsDb, f: FactFilter, sort: SortKey, dir: 'asc' | 'desc', page: number, size: number, lang: 'zh' | 'en',
  count: Promise<number> = countFacts(db, f),
): Promise<FactPage> {
  const order = `${ORDER[sort]} ${dir === 'asc' ? 'ASC' : 'DESC'}, fact_id ASC`;
  const rank = lang === 'en' ? 'rank_en' : 'rank_zh';
  const rowsOf = (shown: number) => select(db, 'page', f, `${sort}|${dir}|${shown}|${size}|${lang}`, (where) => `
    SELECT ${FACT_SELECT}, axis_date, signed_value, coalesce(r.${rank}, 0) AS name_rank
    FROM reader_facts LEFT JOIN region_rank r USING (region_code, region_name) ${where}
    ORDER BY ${order} LIMIT $size OFFSET $offset`, { size, offset: (shown - 1) * size });
  // Page 1 (nearly every view) is never clamped: asked for beside the count, not after it.
  const [total, first] = await Promise.all([count, page <= 1 ? rowsOf(1) : null]);
  const pages = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(Math.max(1, page), pages);
  const rows = first ?? await rowsOf(shown);
  return { total, page: shown, rows: rows.map(toFactRecord) };
}

/** Every filtered fact with a place on the time axis, in date order (callers bound the count first). */
export async function datedFacts(db: StatsDb, f: FactFilter): Promise<FactRecord[]> {
  const rows = await select(db, 'dated', f, '', (where) => `
    SELECT ${FACT_SELECT}, axis_date FROM reader_facts ${where} ${where ? 'AND' : 'WHERE'} axis_date <> ''
    ORDER BY region_code, axis_date, fact_id`);
  return rows.map(toFactRecord);
}

export interface Bin {
  readonly code: string;
  readonly measure: string;
  /** YYYY or YYYY-MM. */
  readonly bin: string;
  readonly facts: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** The filtered dated facts summarised per region, measure and month (`chars` 7) or year (4). */
export async function binnedFacts(db: StatsDb, f: FactFilter, chars: 4 | 7): Promise<Bin[]> {
  const rows = await select(db, 'bins', f, String(chars), (where) => `
    SELECT region_code, measure_id, substr(axis_date, 1, $chars) AS bin, count(*)::INTEGER AS n,
      median(signed_value) AS med, min(signed_value) AS lo, max(signed_value) AS hi
    FROM reader_facts ${where} ${where ? 'AND' : 'WHERE'} axis_date <> ''
    GROUP BY ALL ORDER BY region_code, measure_id, bin`, { chars });
  return rows.map((r) => ({
    code: str(r.region_code), measure: str(r.measure_id), bin: str(r.bin), facts: num(r.n),
    median: num(r.med), min: num(r.lo), max: num(r.hi),
  }));
}

/** Facts of one article in text order. */
export async function articleFacts(db: StatsDb, articleId: string, f: FactFilter = {}): Promise<FactRecord[]> {
  const rows = await select(db, 'articleFacts', f, articleId, (where) => `
    SELECT ${FACT_SELECT} FROM reader_facts ${where} ${where ? 'AND' : 'WHERE'} article_id = $article
    ORDER BY fig_start, fig_end, fact_id`, { article: articleId });
  return rows.map(toFactRecord);
}

/* ───────────── articles and sources ───────────── */

function toArticle(r: Row): ArticleRecord {
  return {
    articleId: str(r.article_id) as ArticleRecord['articleId'], source: str(r.source), paper: str(r.paper), date: str(r.date),
    page: str(r.page), title: str(r.title), byline: str(r.byline), text: str(r.text),
  };
}

/** One article with its text (read per article, never all at once), or undefined. */
export async function articleById(db: StatsDb, id: string): Promise<ArticleRecord | undefined> {
  const rows = await db.cached(`article|${id}`, () => db.query(
    `SELECT article_id, source, paper, date, page, title, byline, text FROM stats.articles WHERE article_id = $id`, { id }));
  return rows[0] ? toArticle(rows[0]) : undefined;
}

export interface SourceRecord {
  readonly source: string;
  readonly paper: string;
  readonly date: string;
  readonly dateBasis: string;
  readonly page: string;
  readonly url: string;
  readonly title: string;
  readonly regionCode: string;
  readonly regionBasis: string;
}

export async function sourceByName(db: StatsDb, source: string): Promise<SourceRecord | undefined> {
  const rows = await db.cached(`source|${source}`, () => db.query(`SELECT * FROM stats.sources WHERE source = $source`, { source }));
  const r = rows[0];
  return r ? {
    source: str(r.source), paper: str(r.paper), date: str(r.date), dateBasis: str(r.date_basis), page: str(r.page),
    url: str(r.url), title: str(r.title), regionCode: str(r.region_code), regionBasis: str(r.region_basis),
  } : undefined;
}

/** Papers with how many articles each (every article, with statistics or not). */
export async function paperCounts(db: StatsDb): Promise<{ name: string; articles: number }[]> {
  const rows = await db.cached('papers', () => db.query(`SELECT paper, count(*)::INTEGER AS n FROM stats.articles WHERE paper <> '' GROUP BY paper`));
  return rows.map((r) => ({ name: str(r.paper), articles: num(r.n) }));
}

/** Articles in the database, of one paper when given. */
export async function countArticles(db: StatsDb, paper: string | null): Promise<number> {
  const rows = await db.cached(`articles|${paper ?? ''}`, () => paper
    ? db.query(`SELECT count(*)::INTEGER AS n FROM stats.articles WHERE paper = $paper`, { paper })
    : db.query(`SELECT count(*)::INTEGER AS n FROM stats.articles`));
  return num(rows[0]?.n);
}

export interface ArticleRefRow {
  readonly articleId: string;
  readonly title: string;
  readonly paper: string;
  readonly date: string;
  readonly page: string;
  readonly facts: number;
}

/** Articles with filtered facts, newest first, one page of `size`, with how many there are. */
export async function articlesWithFacts(db: StatsDb, f: FactFilter, page: number, size: number): Promise<{ total: number; rows: ArticleRefRow[] }> {
  const [count] = await select(db, 'articleCount', f, '', (where) => `SELECT count(DISTINCT article_id)::INTEGER AS n FROM reader_facts ${where}`);
  const rows = await select(db, 'articleRefs', f, `${page}|${size}`, (where) => `
    WITH per AS (SELECT article_id, count(*)::INTEGER AS n FROM reader_facts ${where} GROUP BY article_id)
    SELECT a.article_id, a.title, a.paper, a.date, a.page, per.n FROM per JOIN stats.articles a USING (article_id)
    ORDER BY a.date DESC, a.article_id LIMIT $size OFFSET $offset`, { size, offset: (Math.max(1, page) - 1) * size });
  return {
    total: num(count?.n),
    rows: rows.map((r) => ({ articleId: str(r.article_id), title: str(r.title), paper: str(r.paper), date: str(r.date), page: str(r.page), facts: num(r.n) })),
  };
}

export interface PaperSummary {
  readonly paper: string;
  readonly articles: number;
  readonly facts: number;
  readonly first: string;
  readonly last: string;
}

/** The articles behind the filtered facts, per paper: how many, their first and last publication dates. */
export async function sourceSummary(db: StatsDb, f: FactFilter): Promise<PaperSummary[]> {
  const rows = await select(db, 'sourceSummary', f, '', (where) => `
    WITH per AS (SELECT article_id, any_value(paper) AS paper, any_value(published) AS published, count(*)::INTEGER AS n
                 FROM reader_facts ${where} GROUP BY article_id)
    SELECT paper, count(*)::INTEGER AS articles, sum(n)::INTEGER AS facts,
      coalesce(min(published) FILTER (WHERE published <> ''), '') AS first, coalesce(max(published), '') AS last
    FROM per GROUP BY paper ORDER BY paper`);
  return rows.map((r) => ({ paper: str(r.paper), articles: num(r.articles), facts: num(r.facts), first: str(r.first), last: str(r.last) }));
}

/** Problems found in the CSVs when the database was built: the first `limit`, and how many there are. */
export async function inputProblems(db: StatsDb, limit: number): Promise<{ total: number; shown: InputProblem[] }> {
  return db.cached(`problems|${limit}`, async () => {
    const info = await db.query(`SELECT value FROM stats.build_info WHERE key = 'problems'`);
    const rows = await db.query(`SELECT file, line, reason FROM stats.problems ORDER BY seq LIMIT $limit`, { limit }, { limit: INTEGER });
    return { total: num(info[0]?.value), shown: rows.map((r) => ({ file: str(r.file), line: num(r.line), reason: str(r.reason) })) };
  });
}
