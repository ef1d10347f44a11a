/**
 * The dataset the app shows: articles and facts read back from the extractor's CSVs,
 * validated row by row and against each other. Pure (no file system): see load.ts for reading.
 */
import {
  ARTICLE_COLUMNS, FACT_COLUMNS,
  type ArticleRecord, type FactRow, type InputProblem,
} from '../schema';
import { parseCsv } from './csv';
import { toArticle, toFact } from './rows';

export interface Dataset {
  readonly articles: readonly ArticleRecord[];
  readonly facts: readonly FactRow[];
  readonly articleById: ReadonlyMap<string, ArticleRecord>;
  /** Facts of each article, in text order. */
  readonly factsByArticle: ReadonlyMap<string, readonly FactRow[]>;
  readonly problems: readonly InputProblem[];
}

export interface CsvInput {
  /** File name used in problem reports, e.g. "articles.csv". */
  readonly file: string;
  /** File content, or null when the file is missing. */
  readonly text: string | null;
}

export function parseArticles(input: CsvInput): { articles: ArticleRecord[]; problems: InputProblem[] } {
  if (input.text === null) return { articles: [], problems: [{ file: input.file, line: 0, reason: 'file not found' }] };
  const { records, problems } = parseCsv(input.text, input.file, ARTICLE_COLUMNS, { guarded: true });
  const articles: ArticleRecord[] = [];
  const seen = new Set<string>();
  for (const { line, values } of records) {
    const a = toArticle(values);
    if (typeof a === 'string') problems.push({ file: input.file, line, reason: a });
    else if (seen.has(a.articleId)) problems.push({ file: input.file, line, reason: `duplicate article_id ${a.articleId}` });
    else {
      seen.add(a.articleId);
      articles.push(a);
    }
  }
  return { articles, problems };
}

export function parseFacts(
  input: CsvInput,
  articleById: ReadonlyMap<string, ArticleRecord>,
): { facts: FactRow[]; problems: InputProblem[] } {
  if (input.text === null) return { facts: [], problems: [{ file: input.file, line: 0, reason: 'file not found' }] };
  const { records, problems } = parseCsv(input.text, input.file, FACT_COLUMNS, { guarded: true });
  const facts: FactRow[] = [];
  const seen = new Set<string>();
  for (const { line, values } of records) {
    const f = toFact(values);
    const problem = (reason: string) => problems.push({ file: input.file, line, reason });
    if (typeof f === 'string') {
      problem(f);
      continue;
    }
    const article = articleById.get(f.articleId);
    if (seen.has(f.factId)) problem(`duplicate fact_id ${f.factId}`);
    else if (!article) problem(`article_id ${f.articleId} is not in the articles file`);
    else if (f.end > article.text.length) problem(`end ${f.end} is beyond the article text (${article.text.length} characters)`);
    else {
      seen.add(f.factId);
      facts.push(f);
    }
  }
  return { facts, problems };
}

const byLine = (x: InputProblem, y: InputProblem) => x.line - y.line;

export function buildDataset(articlesInput: CsvInput, factsInput: CsvInput): Dataset {
  const a = parseArticles(articlesInput);
  const articleById = new Map(a.articles.map((x) => [x.articleId as string, x]));
  const f = parseFacts(factsInput, articleById);
  const factsByArticle = new Map<string, FactRow[]>();
  for (const fact of f.facts) {
    const list = factsByArticle.get(fact.articleId);
    if (list) list.push(fact);
    else factsByArticle.set(fact.articleId, [fact]);
  }
  for (const list of factsByArticle.values()) list.sort((x, y) => x.start - y.start || x.end - y.end);
  return {
    articles: a.articles,
    facts: f.facts,
    articleById,
    factsByArticle,
    problems: [...a.problems.sort(byLine), ...f.problems.sort(byLine)],
  };
}

export const EMPTY_DATASET: Dataset = {
  articles: [],
  facts: [],
  articleById: new Map(),
  factsByArticle: new Map(),
  problems: [],
};
