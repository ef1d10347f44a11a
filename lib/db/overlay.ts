/**
 * The reviewers' decisions over the read-only database: corrections.csv is parsed, the facts it
 * names (and the articles of added ones) are read from the database, lib/review's pure
 * applyDecisions works out each one's fields and status, and the results go into a small
 * in-memory `overlay` table with the facts table's columns (derived the same way: fact-columns.ts).
 * Views put the two together:
 *
 *   facts_all     every fact with its status (rejected ones too): what reviewers see
 *   reader_facts  facts_all without the rejected: what every reader's view queries
 *
 * The file stays read-only and every server computes the same overlay from the same corrections.csv.
 */
import { DuckDBDataChunkWriter, listValue, LIST, VARCHAR, type DuckDBConnection } from '@duckdb/node-api';
import type { FactRow, InputProblem, OrphanedDecisions, ReviewStatus } from '../schema';
import { quoteWindow } from '../data/quote';
import { applyDecisions, type ArticleText } from '../review/apply-decisions';
import { parseCorrections } from '../review/parse-corrections';
import { standingDecisions } from '../review/standing-decisions';
import { factCells } from './fact-columns';
import { FACT_SELECT, str, toFactRecord } from './fact-rows';

export interface OverlaySummary {
  /** Statistics with a standing decision, by status. */
  readonly counts: Readonly<Record<ReviewStatus | 'rejected', number>>;
  readonly orphans: readonly OrphanedDecisions[];
  /** Bad rows of corrections.csv and undos with nothing to undo. */
  readonly problems: readonly InputProblem[];
}

const VIEWS_WITHOUT_DECISIONS = [
  `CREATE VIEW facts_all AS SELECT * FROM stats.facts`,
  `CREATE VIEW reader_facts AS SELECT * FROM stats.facts`,
];

const VIEWS_WITH_DECISIONS = [
  `CREATE VIEW facts_all AS
     SELECT * FROM stats.facts WHERE fact_id NOT IN (SELECT fact_id FROM overlay)
     UNION ALL SELECT * FROM overlay`,
  `CREATE VIEW reader_facts AS SELECT * FROM facts_all WHERE status <> 'rejected'`,
];

const ids = (list: Iterable<string>) => listValue([...list]);

/** Creates `overlay` and the views on connection `c` (its instance has the database attached as `stats`). */
export async function applyOverlay(c: DuckDBConnection, text: string | null, file: string): Promise<OverlaySummary> {
  const parsed = parseCorrections(text, file);
  const { byFact } = standingDecisions(parsed.decisions, file);
  const counts = { unreviewed: 0, confirmed: 0, corrected: 0, added: 0, rejected: 0 };
  await c.run(`CREATE TABLE overlay AS SELECT * FROM stats.facts LIMIT 0`);
  if (byFact.size === 0) {
    for (const sql of VIEWS_WITHOUT_DECISIONS) await c.run(sql);
    const result = applyDecisions([], () => undefined, parsed.decisions, file);
    return { counts, orphans: result.orphans, problems: [...parsed.problems, ...result.problems] };
  }

  const stored = (await (await c.runAndReadAll(`SELECT ${FACT_SELECT} FROM stats.facts WHERE list_contains($ids, fact_id)`,
    { ids: ids(byFact.keys()) }, { ids: LIST(VARCHAR) })).getRowObjectsJS()).map(toFactRecord);
  const wanted = new Set<string>(stored.map((f) => f.articleId));
  for (const slots of byFact.values()) {
    const a = slots.get('article_id');
    if (a) wanted.add(a.value);
  }
  const articleRows = (await c.runAndReadAll(`SELECT article_id, source, paper, date, text FROM stats.articles WHERE list_contains($ids, article_id)`,
    { ids: ids(wanted) }, { ids: LIST(VARCHAR) })).getRowObjectsJS();
  const articles = new Map(articleRows.map((r) => [str(r.article_id), { articleId: str(r.article_id), source: str(r.source), paper: str(r.paper), date: str(r.date), text: str(r.text) }]));

  const byId = new Map(stored.map((f) => [f.factId as string, f]));
  const asRows: FactRow[] = stored.map(({ quote, paper, published, status, ...f }) => ({ ...f, sentence: '' }));
  const result = applyDecisions(asRows, (id) => articles.get(id) as ArticleText | undefined, parsed.decisions, file);

  const appender = await c.createAppender('overlay');
  const writer = DuckDBDataChunkWriter.forAppender(appender);
  for (const f of result.facts) {
    counts[f.status]++;
    const before = byId.get(f.factId);
    const article = articles.get(f.articleId);
    const context = before ? { paper: before.paper, date: before.published } : { paper: article?.paper ?? '', date: article?.date ?? '' };
    const quote = before?.quote ?? quoteWindow(f.sentence, article?.text, f.start, f.end);
    const { sentence, status, ...fact } = f;
    writer.appendRow(factCells(fact, context, quote, status));
  }
  writer.flush();
  appender.closeSync();
  for (const sql of VIEWS_WITH_DECISIONS) await c.run(sql);
  return { counts, orphans: result.orphans, problems: [...parsed.problems, ...result.problems] };
}

