import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { statsDb } from '../../lib/db/stats-db';
import { articleFacts, countFacts, measureStats } from '../../lib/db/queries';
import { CALLS, LONGQUAN, PEOPLE, TEAMS, correctionsText } from '../review/helpers';
import { fixtureDb } from './helpers';

test('decisions apply over the read-only database: rejected hidden, edits in place, added figures in, statuses kept', async (t) => {
  const { db, done } = await fixtureDb(correctionsText([
    { fact_id: TEAMS, action: 'confirm' },
    { fact_id: PEOPLE, action: 'edit', field: 'value', value: '14000' },
    { fact_id: CALLS, action: 'reject' },
    ...[['article_id', LONGQUAN], ['start', '193'], ['end', '197'], ['text', '626支'], ['region_code', '331100'], ['indicator', 'volunteer_teams'], ['value', '626'], ['unit', '支']]
      .map(([field, value]) => ({ fact_id: 'added000001', action: 'add' as const, field: field!, value: value! })),
  ]));
  t.after(done);
  const facts = await articleFacts(db, LONGQUAN);
  const byId = new Map(facts.map((f) => [f.factId as string, f]));
  assert.equal(byId.get(TEAMS)!.status, 'confirmed');
  assert.deepEqual([byId.get(PEOPLE)!.value, byId.get(PEOPLE)!.status], [14000, 'corrected']);
  assert.equal(byId.has(CALLS), false, 'a rejected statistic is not shown');
  const added = byId.get('added000001')!;
  assert.deepEqual([added.status, added.regionCode, added.quote.figure], ['added', '331100', '626支']);
  assert.equal(await countFacts(db, {}), 9, '9 extracted − 1 rejected + 1 added');
  assert.equal(await countFacts(db, { reviewed: true }), 3, '?reviewed=1: confirmed, corrected, added');
  const prefectureTeams = await measureStats(db, { scope: { kind: 'own', code: '331100' } }, '');
  assert.deepEqual(prefectureTeams.map((m) => [m.id, m.facts]), [['volunteer_teams.level.支', 1]], 'derived columns follow the edit');
  assert.equal(db.review.counts.rejected, 1);
});

test('a new decision is seen on the next request (a new generation), nothing else reloads', async (t) => {
  const { db, dir, done } = await fixtureDb();
  t.after(done);
  const corrections = path.join(dir, 'corrections.csv');
  assert.equal(await countFacts(db, {}), 9);
  assert.equal(await statsDb(dir, corrections), db, 'unchanged files: the same handle and cache');
  fs.writeFileSync(corrections, correctionsText([{ fact_id: CALLS, action: 'reject' }]));
  const next = await statsDb(dir, corrections);
  assert.notEqual(next.generation, db.generation);
  assert.equal(await countFacts(next, {}), 8);
  fs.appendFileSync(corrections, correctionsText([{ fact_id: CALLS, action: 'reject', value: 'undo' }]).split('\n').slice(1).join('\n'));
  assert.equal(await countFacts(await statsDb(dir, corrections), {}), 9, 'undone');
});
