/**
 * The dashboard's chart actions carry a few fields of their view; their downloads fetch the whole
 * view when asked (components/embed/map-actions-view.ts, components/common/fetch-json.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keptAnswer } from '../../components/common/fetch-json';
import { mapActionsView } from '../../components/embed/map-actions-view';
import { embedStateToSearch } from '../../components/embed/embed-state';
import { embedMapData } from '../../lib/data/view-data';
import { mapTitle } from '../../lib/export/map-export';
import { state, useFixtureDb } from './helpers';

const db = useFixtureDb();

test("the map's actions get its place, measure, level, window and title, and the API's URL gives the same view back", async () => {
  for (const s of [state({ metric: 'volunteers.level.人', level: 'county', from: '2018', to: '2019', lang: 'en' }), state({ region: '331100' }), state({ metric: 'count', level: 'prefecture' })]) {
    const view = await embedMapData(db(), s);
    const a = mapActionsView(view);
    assert.deepEqual(a, {
      code: view.view.code, metric: view.measure?.id ?? null, level: view.levels ? view.level : null,
      from: view.window.from ?? null, to: view.window.to ?? null, title: mapTitle(view),
    });
    assert.ok(JSON.stringify(a).length < 400, 'a few fields, not the regions');
    // What MapActionsInner asks /api/map for: the same view, measure pinned.
    const asked = embedStateToSearch({ ...s, metric: a.metric ?? 'count', region: a.code, level: a.level, from: a.from, to: a.to });
    const again = await embedMapData(db(), state(Object.fromEntries(new URLSearchParams(asked))));
    assert.deepEqual(again, view);
  }
});

test('keptAnswer: one load for many calls, shared while in flight; a failure is not kept', async () => {
  let loads = 0;
  let fail = true;
  const get = keptAnswer(async () => {
    loads++;
    await new Promise((r) => setTimeout(r, 5));
    if (fail) throw new Error('HTTP 500');
    return { n: loads };
  });
  await assert.rejects(Promise.all([get(), get()]), /HTTP 500/);
  assert.equal(loads, 1, 'calls in flight share one load');
  fail = false;
  const [a, b] = await Promise.all([get(), get()]);
  assert.equal(loads, 2, 'tried again after the failure');
  assert.equal(a, b);
  assert.equal(await get(), a, 'kept');
  assert.equal(loads, 2);
});
