/**
 * Several reviewers at once: two sessions deciding the same 200 statistics concurrently lose no
 * decision, and every answer came only after its rows were in corrections.csv.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Papa from 'papaparse';
import { ARTICLE_COLUMNS, FACT_COLUMNS, type ArticleRow, type FactCsvRow } from '../../lib/schema';
import { parseCorrections } from '../../lib/review/parse-corrections';
import { startServer, type TestServer } from './server';
import { activeReviewer, reviewEnv, type Client } from './review-helpers';

const N = 200;

/** One article with N figures ("第7项统计为7起。") and a fact for each. */
function syntheticData(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zj-e2e-200-'));
  let text = '';
  const facts: FactCsvRow[] = [];
  for (let i = 1; i <= N; i++) {
    const sentence = `第${i}项统计为${i}起。`;
    const start = text.length + sentence.indexOf('为') + 1;
    const end = start + String(i).length + 1;
    facts.push({
      fact_id: `syn${String(i).padStart(4, '0')}`, article_id: 'synthetic01', source: 'synthetic.txt', region_code: '330100', region_name: '杭州市',
      region_level: 'prefecture', metric: 'crime', indicator: 'criminal_cases', subject: '刑事案件', value: String(i), unit: '起', qualifier: 'exact',
      direction: 'none', comparison: '', period_start: '2020', period_end: '2020', sentence, start: String(start), end: String(end), confidence: (0.5 + (i % 50) / 100).toFixed(2),
    });
    text += sentence;
  }
  const article: ArticleRow = { article_id: 'synthetic01', source: 'synthetic.txt', paper: '测试报', date: '2020-06-01', page: '1', title: '（测试数据）二百条统计', byline: '', text };
  writeFileSync(path.join(dir, 'articles.csv'), `${Papa.unparse([article], { columns: [...ARTICLE_COLUMNS] })}\n`);
  writeFileSync(path.join(dir, 'facts.csv'), `${Papa.unparse(facts, { columns: [...FACT_COLUMNS] })}\n`);
  return dir;
}

/** Runs `work` over `items` with `width` requests in flight. */
async function pool<T>(items: readonly T[], width: number, work: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

describe('two reviewers at once', () => {
  const review = reviewEnv({ DATA_DIR: syntheticData() });
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  before(async () => {
    server = await startServer({ env: review.env });
    [alice, bob] = await Promise.all([activeReviewer(server.url, review.dir, 'alice'), activeReviewer(server.url, review.dir, 'bob')]);
  }, { timeout: 300_000 });
  after(() => server?.stop());

  test(`two sessions deciding ${N} statistics at once lose none`, { timeout: 240_000 }, async () => {
    const ids = Array.from({ length: N }, (_, i) => `syn${String(i + 1).padStart(4, '0')}`);
    const file = path.join(review.dir, 'corrections.csv');
    const rowsOf = (factId: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith(`${factId},`));
    const statuses: number[] = [];
    const decide = (c: Client, body: (id: string) => object, who: string) => pool(ids, 8, async (id) => {
      const r = await c.post('/api/review/decisions', body(id));
      statuses.push(r.status);
      assert.ok(rowsOf(id).some((l) => l.includes(`,${who},`)), `${who}'s decision on ${id} was on disk before the answer`);
    });
    await Promise.all([
      decide(alice, (factId) => ({ action: 'confirm', factId }), 'alice'),
      decide(bob, (factId) => ({ action: 'edit', factId, fields: { unit: '宗' } }), 'bob'),
    ]);
    assert.equal(statuses.length, 2 * N);
    assert.ok(statuses.every((s) => s === 201), `all saved (${[...new Set(statuses)]})`);

    const parsed = parseCorrections(readFileSync(file, 'utf8'), file);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.decisions.length, 2 * N);
    for (const id of ids) {
      assert.deepEqual(parsed.decisions.filter((d) => d.factId === id).map((d) => d.reviewer).sort(), ['alice', 'bob'], id);
    }
    const q = await (await alice.get('/api/review/queue?status=all')).json() as { total: number; progress: { reviewed: number; byReviewer: { name: string; facts: number }[] } };
    assert.equal(q.progress.reviewed, N);
    assert.deepEqual(q.progress.byReviewer, [{ name: 'alice', facts: N }, { name: 'bob', facts: N }]);
    const left = await (await alice.get('/api/review/queue')).json() as { total: number };
    assert.equal(left.total, 0, 'no statistic is left unreviewed');
  });
});
