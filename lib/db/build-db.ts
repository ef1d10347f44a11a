/**
 * Builds data/processed/stats.duckdb from the extractor's CSVs (which stay the contract and the
 * portable export). The CSVs are read as streams and checked row by row as the app always did
 * (lib/data/rows.ts: a bad row is a problem with its file and line, kept in the database for the
 * pages to mention); the database is written to a temporary file and renamed into place, so a
 * reader sees the old database or the new one, never half, and a failed build leaves the old one.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DuckDBDataChunkWriter, DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ARTICLE_COLUMNS, FACT_COLUMNS, type InputProblem } from '../schema';
import { ARTICLES_FILE, FACTS_FILE, publishedDir } from '../data/config';
import { streamCsv } from '../data/csv-stream';
import { quoteWindow } from '../data/quote';
import { toArticle, toFact } from '../data/rows';
import { SOURCES_FILE, parseSourcesFile } from '../data/sources';
import { DB_FILE, csvStamps } from './data-stamp';
import { FACT_TABLE_COLUMNS, factCells } from './fact-columns';

/** Changes whenever the tables change shape: an older database is rebuilt. */
export const DB_SCHEMA_VERSION = '2';
/** Problems kept in the database (the first ones by file and line; the count is exact). */
const MAX_PROBLEMS = 1000;

export interface BuildResult {
  readonly file: string;
  readonly articles: number;
  readonly facts: number;
  readonly problems: readonly InputProblem[];
  readonly problemCount: number;
}

const FACT_DDL = FACT_TABLE_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ');

async function createTables(c: DuckDBConnection): Promise<void> {
  await c.run(`CREATE TABLE build_info (key VARCHAR, value VARCHAR)`);
  await c.run(`CREATE TABLE articles (article_id VARCHAR, source VARCHAR, paper VARCHAR, date VARCHAR, page VARCHAR,
    title VARCHAR, byline VARCHAR, text VARCHAR, text_length INTEGER, seq INTEGER)`);
  await c.run(`CREATE TABLE facts_in (${FACT_DDL})`);
  await c.run(`CREATE TABLE sources (source VARCHAR, paper VARCHAR, date VARCHAR, date_basis VARCHAR, page VARCHAR,
    url VARCHAR, title VARCHAR, region_code VARCHAR, region_basis VARCHAR)`);
  await c.run(`CREATE TABLE problems (file VARCHAR, line INTEGER, reason VARCHAR, seq INTEGER)`);
}

/** Facts ordered by measure and region, so the filters every view has skip whole row groups. */
async function finish(c: DuckDBConnection): Promise<void> {
  await c.run(`CREATE TABLE facts AS SELECT * FROM facts_in ORDER BY measure_id, region_code, window_last, fact_id`);
  await c.run(`DROP TABLE facts_in`);
  await c.run(`CREATE INDEX facts_by_article ON facts (article_id)`);
  await c.run(`CREATE UNIQUE INDEX articles_by_id ON articles (article_id)`);
  await c.run(`CHECKPOINT`);
}

interface ArticleInfo {
  readonly paper: string;
  readonly date: string;
  readonly text: string;
}

async function loadArticles(c: DuckDBConnection, file: string, problems: InputProblem[]): Promise<Map<string, ArticleInfo>> {
  const byId = new Map<string, ArticleInfo>();
  const appender = await c.createAppender('articles');
  const writer = DuckDBDataChunkWriter.forAppender(appender);
  await streamCsv(file, ARTICLE_COLUMNS, ({ line, values }) => {
    const a = toArticle(values);
    if (typeof a === 'string') return problems.push({ file, line, reason: a });
    if (byId.has(a.articleId)) return problems.push({ file, line, reason: `duplicate article_id ${a.articleId}` });
    byId.set(a.articleId, { paper: a.paper, date: a.date, text: a.text });
    writer.appendRow([a.articleId, a.source, a.paper, a.date, a.page, a.title, a.byline, a.text, a.text.length, byId.size]);
  }, (p) => problems.push(p));
  writer.flush();
  appender.closeSync();
  return byId;
}

async function loadFacts(c: DuckDBConnection, file: string, articles: ReadonlyMap<string, ArticleInfo>, problems: InputProblem[]): Promise<number> {
  const seen = new Set<string>();
  const appender = await c.createAppender('facts_in');
  const writer = DuckDBDataChunkWriter.forAppender(appender);
  await streamCsv(file, FACT_COLUMNS, ({ line, values }) => {
    const f = toFact(values);
    const problem = (reason: string) => problems.push({ file, line, reason });
    if (typeof f === 'string') return problem(f);
    const article = articles.get(f.articleId);
    if (seen.has(f.factId)) return problem(`duplicate fact_id ${f.factId}`);
    if (!article) return problem(`article_id ${f.articleId} is not in the articles file`);
    if (f.end > article.text.length) return problem(`end ${f.end} is beyond the article text (${article.text.length} characters)`);
    seen.add(f.factId);
    writer.appendRow(factCells(f, article, quoteWindow(f.sentence, article.text, f.start, f.end)));
  }, (p) => problems.push(p));
  writer.flush();
  appender.closeSync();
  return seen.size;
}

async function loadSources(c: DuckDBConnection, file: string, problems: InputProblem[]): Promise<void> {
  const parsed = parseSourcesFile(file);
  if (!parsed) return; // optional: an older extractor wrote none
  problems.push(...parsed.problems);
  const appender = await c.createAppender('sources');
  const writer = DuckDBDataChunkWriter.forAppender(appender);
  for (const s of parsed.bySource.values()) {
    writer.appendRow([s.source, s.paper, s.date, s.dateBasis, s.page, s.url, s.title, s.place.code, s.place.basis]);
  }
  writer.flush();
  appender.closeSync();
}

async function saveProblems(c: DuckDBConnection, problems: readonly InputProblem[]): Promise<void> {
  const appender = await c.createAppender('problems');
  const writer = DuckDBDataChunkWriter.forAppender(appender);
  problems.slice(0, MAX_PROBLEMS).forEach((p, i) => writer.appendRow([p.file, p.line, p.reason, i]));
  writer.flush();
  appender.closeSync();
}

/**
 * Builds `<dir>/stats.duckdb` (or `target`) from `<dir>`'s CSVs. Problems of articles.csv come
 * first, then facts.csv's, then sources.csv's, each in line order (as the app has always listed them).
 */
export async function buildStatsDb(dir: string, target: string = path.join(dir, DB_FILE)): Promise<BuildResult> {
  // Every file from the same run, even while the extractor publishes a new one (DIR/current).
  const run = publishedDir(dir);
  const stamps = csvStamps(run);
  const tmp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const instance = await DuckDBInstance.create(tmp, { threads: '2' });
  const c = await instance.connect();
  const articleProblems: InputProblem[] = [];
  const factProblems: InputProblem[] = [];
  const sourceProblems: InputProblem[] = [];
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    c.closeSync();
    instance.closeSync();
  };
  try {
    await createTables(c);
    const articles = await loadArticles(c, path.join(run, ARTICLES_FILE), articleProblems);
    const facts = await loadFacts(c, path.join(run, FACTS_FILE), articles, factProblems);
    await loadSources(c, path.join(run, SOURCES_FILE), sourceProblems);
    const byLine = (x: InputProblem, y: InputProblem) => x.line - y.line;
    const problems = [...articleProblems.sort(byLine), ...factProblems.sort(byLine), ...sourceProblems];
    await saveProblems(c, problems);
    await c.run(`INSERT INTO build_info VALUES ('schema', $1), ('stamps', $2), ('problems', $3)`, [DB_SCHEMA_VERSION, stamps, String(problems.length)]);
    await finish(c);
    close();
    renameSync(tmp, target);
    return { file: target, articles: articles.size, facts, problems: problems.slice(0, MAX_PROBLEMS), problemCount: problems.length };
  } catch (e) {
    close();
    rmSync(tmp, { force: true });
    rmSync(`${tmp}.wal`, { force: true });
    throw e;
  }
}
