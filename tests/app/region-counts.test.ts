/**
 * The province's dashboard reads its map's regions, its unplaced count and its table's total off
 * the one count per region its timeline asks for (lib/data/view-data.ts). Checked on the fixture
 * with figures outside the region tree added (全国 and 江苏省), in a process of its own: the
 * database handle is one per process.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import * as Q from '../../lib/db/queries';
import { statsDb, type StatsDb } from '../../lib/db/stats-db';
import { dashboardData } from '../../lib/data/view-data';
import { fixtureFolder } from '../db/helpers';
import { FIXTURE_DIR, links, state } from './helpers';

/** The fixture's facts, and each criminal-case figure again for 全国 and for 江苏省. */
function factsWithOutsiders(): string {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(FIXTURE_DIR, 'facts.csv'), 'utf8'), { header: true, skipEmptyLines: true });
  const crime = parsed.data.filter((r) => r.indicator === 'criminal_cases');
  const outside = [['000000', '全国', 'country'], ['320000', '江苏省', 'province']].flatMap(([code, name, level], i) =>
    crime.map((r) => ({ ...r, fact_id: `${r.fact_id}-x${i}`, region_code: code!, region_name: name!, region_level: level! })));
  return Papa.unparse([...parsed.data, ...outside], { columns: parsed.meta.fields, newline: '\n' }) + '\n';
}

let dir = '';
let db: StatsDb;
before(async () => {
  dir = fixtureFolder({ 'facts.csv': factsWithOutsiders() });
  db = await statsDb(dir, path.join(dir, 'corrections.csv'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const sum = (rs: readonly Q.RegionCount[]) => rs.reduce((n, r) => n + r.facts, 0);

test('the count of every region gives the tree\'s regions, the unplaced figures and the total', async () => {
  for (const f of [{ measure: 'criminal_cases.change.%' }, { measure: 'criminal_cases.change.%', from: '2017', to: '2019' }, {}]) {
    const every = await Q.countByRegion(db, f);
    assert.ok(every.some((r) => !r.inTree) && every.some((r) => r.inTree), `figures inside and outside the tree (${JSON.stringify(f)})`);
    assert.deepEqual(every.filter((r) => r.inTree), await Q.countByRegion(db, { ...f, scope: { kind: 'tree' } }));
    assert.equal(sum(every.filter((r) => !r.inTree)), await Q.countUnplaced(db, f));
    assert.equal(sum(every), await Q.countFacts(db, f));
  }
});

test('the province\'s dashboard asks no count of its own for the unplaced figures or the table\'s total', async () => {
  // A cold cache of its own, shared by the view's parts as the server's is.
  const asked: string[] = [];
  const cache = new Map<string, Promise<unknown>>();
  const counted = Object.create(db) as StatsDb;
  counted.cached = <T>(key: string, compute: () => Promise<T>) => (cache.get(key) ?? cache.set(key, compute()).get(key)) as Promise<T>;
  counted.query = (sql, ...rest) => {
    asked.push(sql.replace(/\s+/g, ' ').trim());
    return db.query(sql, ...rest);
  };
  for (const p of [{ metric: 'crime.change.%' }, { metric: 'crime.change.%', from: '2017', to: '2019' }]) {
    asked.length = 0;
    cache.clear();
    const view = await dashboardData(counted, state(p), links);
    const counts = asked.filter((q) => q.includes('measure_id = $measure') && q.startsWith('SELECT count(*)::INTEGER AS n FROM reader_facts'));
    assert.deepEqual(counts, [], `no count of the measure's facts of its own (${JSON.stringify(p)})`);
    assert.deepEqual(view, await dashboardData(db, state(p), links), 'the same view as from the shared cache');
    const f = { measure: view.metric, from: p.from, to: p.to };
    assert.equal(view.map.unplaced, await Q.countUnplaced(db, f));
    assert.ok(view.map.unplaced > 0);
    assert.equal(view.table.total, await Q.countFacts(db, f));
  }
});
