/** The database handle keeps prepared statements per connection (lib/db/stats-db.ts): each run gets its own values. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { StatsDb } from '../../lib/db/stats-db';
import { fixtureDb } from './helpers';

let db: StatsDb;
let done = () => {};
before(async () => ({ db, done } = await fixtureDb()));
after(() => done());

const COUNT = `SELECT count(*)::INTEGER AS n FROM reader_facts WHERE region_code = $code`;
const count = async (code: string) => Number((await db.query(COUNT, { code }))[0]!.n);

test('one statement text run with other values answers for those values, also when run concurrently', async () => {
  const expected = new Map<string, number>();
  for (const r of await db.query(`SELECT region_code, count(*)::INTEGER AS n FROM reader_facts GROUP BY region_code`)) expected.set(String(r.region_code), Number(r.n));
  assert.ok(expected.size >= 2, 'the fixture has figures in several regions');
  for (const [code, n] of expected) assert.equal(await count(code), n, code);
  assert.equal(await count('999999'), 0);
  const codes = [...expected.keys(), '999999'];
  const all = await Promise.all([...codes, ...codes, ...codes].map(count));
  assert.deepEqual(all, [...codes, ...codes, ...codes].map((c) => expected.get(c) ?? 0));
});

test('a failed run leaves the statement usable; more texts than are kept still run', async () => {
  await assert.rejects(db.query(COUNT, {}), 'a parameter without a value');
  await assert.rejects(db.query(`SELECT no_such_column FROM reader_facts`));
  assert.equal(await count('000000'), 0);
  // More distinct texts than a connection keeps (256): the oldest are dropped and made again.
  for (let i = 0; i < 300; i++) assert.equal(Number((await db.query(`SELECT $v::INTEGER + ${i} AS n`, { v: 1 }))[0]!.n), 1 + i);
  assert.ok(await count('331181') > 0);
});
