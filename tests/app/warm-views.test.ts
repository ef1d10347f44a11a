/** The views one click from the landing view, built ahead (lib/data/warm-views.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StatsDb } from '../../lib/db/stats-db';
import { dashboardData } from '../../lib/data/view-data';
import { MAX_WARMED, oneClickStates, warmOneClickViews } from '../../lib/data/warm-views';
import { shapesKept } from '../../lib/data/map-shapes-store';
import { viewStateToSearch } from '../../lib/view-state';
import { links, state, useFixtureDb } from './helpers';

const db = useFixtureDb();
const PREFECTURES = ['330100', '330200', '330300', '330400', '330500', '330600', '330700', '330800', '330900', '331000', '331100'];

/** `inner` with its queries counted. */
function counting(inner: StatsDb): StatsDb & { queries: number } {
  const wrapped = Object.create(inner) as StatsDb & { queries: number };
  wrapped.queries = 0;
  wrapped.query = (...args: Parameters<StatsDb['query']>) => {
    wrapped.queries++;
    return inner.query(...args);
  };
  wrapped.cached = (key, compute) => inner.cached(key, compute);
  return wrapped;
}

test('one click from the landing view: every other measure, every prefecture from each map level, each level', () => {
  const searches = oneClickStates(state(), ['crime.change.%', 'volunteers.level.人', 'count']).map(viewStateToSearch);
  assert.deepEqual(searches.slice(0, 3), ['?metric=crime.change.%25', '?metric=volunteers.level.%E4%BA%BA', '?metric=count']);
  for (const p of PREFECTURES) {
    assert.ok(searches.includes(`?region=${p}`), p);
    assert.ok(searches.includes(`?region=${p}&level=prefecture`), `${p} from the prefecture level`);
    assert.ok(searches.includes(`?region=${p}&level=county`), `${p} from the county level`);
  }
  assert.ok(searches.includes('?level=prefecture') && searches.includes('?level=county'));
  assert.equal(new Set(searches).size, searches.length, 'no state twice');
  assert.ok(!searches.includes(''), 'not the landing view itself');
  assert.equal(searches.length, 3 + 3 * PREFECTURES.length + 2);
  // The reader's language and theme are kept.
  assert.ok(oneClickStates(state({ lang: 'en', theme: 'dark' }), ['crime.change.%']).every((s) => s.lang === 'en' && s.theme === 'dark'));
  // A picker with very many measures warms a bounded number of views.
  assert.equal(oneClickStates(state(), Array.from({ length: 500 }, (_, i) => `crime.change.${i}`)).length, MAX_WARMED);
});

test('after the pass, those views cost no query; it runs once per data, only from the landing view', async () => {
  const c = counting(await db.ready());
  const landing = await dashboardData(c, state(), links);
  const measures = landing.measureGroups.flatMap((g) => g.options.map((o) => o.id));
  assert.ok(measures.length >= 2, 'the fixture has measures to choose from');
  assert.equal(await warmOneClickViews(c, state({ metric: measures[0]! }), landing, () => links), 0, 'not a landing view: nothing warmed');

  const first = c.queries;
  assert.ok(PREFECTURES.every((p) => !shapesKept(p, 'county')), 'no prefecture map projected before the pass');
  const pass = warmOneClickViews(c, state(), landing, () => links);
  assert.equal(warmOneClickViews(c, state(), landing, () => links), pass, 'a second call joins the first pass');
  const dark = warmOneClickViews(c, state({ theme: 'dark' }), landing, () => links);
  assert.notEqual(dark, pass, 'the dark theme has URL states of its own');
  const built = await pass;
  assert.equal(await dark, built);
  assert.equal(built, oneClickStates(state(), measures).length);
  assert.ok(c.queries > first, 'the pass asked the database');
  assert.ok(PREFECTURES.every((p) => shapesKept(p, 'county')), 'each prefecture\'s map is projected ahead');
  assert.ok(shapesKept('330000', 'prefecture') && shapesKept('330000', 'county'), 'and the province at each level');

  const before = c.queries;
  for (const s of oneClickStates(state(), measures)) await dashboardData(c, s, links);
  assert.equal(c.queries, before, 'every one-click view comes from the cache');
  await dashboardData(c, state({ metric: measures[1]!, from: '2019', to: '2019' }), links);
  assert.ok(c.queries > before, 'a view two clicks away is still computed when asked for');
});
