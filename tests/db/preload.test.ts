/** Reading the statistics ahead into DuckDB's memory (lib/db/preload.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { preloadFacts, touchAllSql } from '../../lib/db/preload';
import type { StatsDb } from '../../lib/db/stats-db';
import { fixtureDb } from './helpers';

test('the scan names every column, quoted from the catalogue', () => {
  assert.equal(touchAllSql('stats.facts', ['a', 'b"c']), 'SELECT max("a") AS c0, max("b""c") AS c1 FROM stats.facts');
  assert.equal(touchAllSql('stats.facts', []), null);
});

test('the facts table is read into memory when the file fits in half the limit, else left on disk', async () => {
  const { db: served, dir, done } = await fixtureDb(); // builds stats.duckdb
  try {
    const file = path.join(dir, 'stats.duckdb');
    const open = async () => {
      const instance = await DuckDBInstance.create(':memory:');
      const c = await instance.connect();
      await c.run(`ATTACH '${file.replace(/'/g, "''")}' AS stats (READ_ONLY)`);
      const db = { query: async (sql: string) => (await c.runAndReadAll(sql)).getRowObjectsJS() } as unknown as StatsDb;
      const loaded = async () => Number((await db.query(`SELECT sum(memory_usage_bytes) AS b FROM duckdb_memory() WHERE tag = 'BASE_TABLE'`))[0]!.b);
      return { db, loaded, close: () => instance.closeSync() };
    };
    const size = fs.statSync(file).size;

    const a = await open();
    const before = await a.loaded();
    assert.equal(await preloadFacts(a.db, size, size * 2), true);
    const after = await a.loaded();
    assert.ok(after > before, `blocks in memory: ${before} → ${after} bytes`);
    a.close();

    const b = await open();
    const untouched = await b.loaded();
    assert.equal(await preloadFacts(b.db, size, size * 2 - 1), false, 'over half the limit: not read ahead');
    assert.equal(await b.loaded(), untouched);
    b.close();
    assert.ok((await served.query('SELECT count(*) AS n FROM reader_facts'))[0]!.n, 'the served database still answers');
  } finally {
    done();
  }
});
