/**
 * npm run build:db -- [--data DIR] [--if-stale]   (default DIR: DATA_DIR, else data/processed)
 * Builds DIR/stats.duckdb, the database the app serves, from DIR's CSVs (atomically). With
 * --if-stale, only when it is missing or older than the CSVs. `npm run extract` and `npm start`
 * run it; the server also builds a missing or stale database on its first request.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildStatsDb } from '../lib/db/build-db';
import { DB_FILE } from '../lib/db/data-stamp';
import { staleness } from '../lib/db/stats-db';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, 'if-stale': { type: 'boolean' } } });
  const dir = path.resolve(values.data ?? process.env.DATA_DIR ?? 'data/processed');
  const file = path.join(dir, DB_FILE);
  if (values['if-stale']) {
    const why = await staleness(file, dir);
    if (!why) return 0;
    console.error(`[db] ${file} is ${why}: building it …`);
  }
  const started = Date.now();
  const r = await buildStatsDb(dir);
  console.log(`wrote ${file}: ${r.articles} articles, ${r.facts} statistics, ${r.problemCount} input problem(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const p of r.problems.slice(0, 20)) console.error(`${p.file}:${p.line}: ${p.reason}`);
  return 0;
}

main().then((code) => (process.exitCode = code), (e) => {
  console.error(`build:db: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
