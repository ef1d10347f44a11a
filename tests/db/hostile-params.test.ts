import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Q from '../../lib/db/queries';
import type { FactFilter } from '../../lib/db/where';
import { fixtureDb } from './helpers';

/** What a URL can carry: quotes, comments, statement breaks, wildcards, NUL, huge and non-BMP text. */
const HOSTILE = [
  "'", "''", "' OR '1'='1", "'; DROP TABLE stats.facts; --", '"; SELECT 1; --', '%', '_', '\\', '\u0000', '$1', '?',
  '330000\' OR in_tree --', '*/ SELECT 1 /*', '𠀀𝕏', 'x'.repeat(100_000), 'criminal_cases.change.%\' OR 1=1 --',
];

function filters(h: string): FactFilter[] {
  return [
    { paper: h }, { measure: h }, { scope: { kind: 'own', code: h } }, { scope: { kind: 'prefecture', code: h } },
    { from: h }, { to: h }, { codes: [h, '330000'] }, { exclude: h },
    { paper: h, measure: h, scope: { kind: 'own', code: h }, from: h, to: h, codes: [h], exclude: h, reviewed: true },
  ];
}

test('every query takes hostile parameters as values: no error, no match, no harm', async (t) => {
  const { db, done } = await fixtureDb();
  t.after(done);
  const total = await Q.countFacts(db, {});
  assert.equal(total, 9);
  for (const h of HOSTILE) {
    for (const f of filters(h)) {
      const matches = f.codes || f.exclude || f.from || f.to ? undefined : 0; // a bad window bound is ignored, not matched
      const n = await Q.countFacts(db, f);
      if (matches !== undefined) assert.equal(n, matches, `${JSON.stringify(f).slice(0, 80)} matches nothing`);
      await Promise.all([
        Q.measureStats(db, f, h), Q.countByRegion(db, f), Q.countByPrefecture(db, f), Q.countUnplaced(db, f), Q.factYears(db, f),
        Q.latestPer(db, f, 'region_code', 3), Q.latestPer(db, f, 'measure_id', 3), Q.latestPer(db, f, 'metric', 3),
        ...(['date', 'value', 'region'] as const).map((sort) => Q.factPage(db, f, sort, 'asc', 1, 5, 'en')),
        Q.datedFacts(db, f), Q.binnedFacts(db, f, 7), Q.articleFacts(db, h, f), Q.articlesWithFacts(db, f, 1, 5), Q.sourceSummary(db, f),
      ]);
    }
    assert.equal(await Q.articleById(db, h), undefined);
    assert.equal(await Q.sourceByName(db, h), undefined);
    assert.equal(await Q.countArticles(db, h), 0);
  }
  assert.equal(await Q.countFacts(db, { measure: 'volunteers.level.人' }), 1, 'the data is still there');
  assert.equal(await Q.countArticles(db, null), 4);
});
