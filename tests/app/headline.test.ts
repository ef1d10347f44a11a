import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sparkGeometry } from '../../lib/charts/spark';
import { buildHeadline, HEADLINE_ORDER } from '../../lib/data/headline-view';
import { REGION_TREE } from '../../lib/data/regions';
import * as Q from '../../lib/db/queries';
import type { FactRecord } from '../../lib/schema';
import { headlineData } from '../../lib/data/view-data';
import { state, useFixtureDb } from './helpers';

const db = useFixtureDb();
const headline = (p: Record<string, string>) => headlineData(db(), state(p));

test('headline: the latest figure of each indicator the region has of its own, main indicators first', async () => {
  const h = await headline({});
  assert.equal(h.name, '浙江省');
  assert.deepEqual(h.cards.map((c) => [c.name, c.figure, c.period]), [['刑事案件', '同比下降13.7%', '2018年1月—6月'], ['命案', '同比下降8.22%', '2018年1月—6月']]);
  assert.equal(h.cards[0]!.label, '刑事案件 · 增减（%）');
  assert.match(h.cards[0]!.href, /^\/article\/[^#]+#fact-003_ca38a797cef3df5d-01-f05$/);
  assert.deepEqual(h.cards[0]!.spark, [], 'one point: no spark');
  assert.equal(h.belowFigures, 7, 'figures of the prefectures and counties');
  // A county: its own figures; police calls and criminal cases are two cards.
  const lq = await headline({ region: '331181', lang: 'en' });
  assert.deepEqual(lq.cards.map((c) => c.indicator), ['criminal_cases', 'volunteers', 'police_calls', 'volunteer_teams']);
  assert.equal(lq.cards[1]!.figure, 'more than 13,000 people');
  assert.equal(lq.cards[0]!.basis, 'published', 'no period in the text: dated by publication');
  // A prefecture with no figure of its own says so, and points to those below.
  const lishui = await headline({ region: '331100' });
  assert.deepEqual([lishui.cards.length, lishui.belowFigures], [0, 4]);
  // The window applies.
  assert.deepEqual((await headline({ from: '2019' })).cards, []);
});

test('headline: one card per indicator, its preferred measure, a spark of its history; catch-alls left out', async () => {
  const [f] = (await Q.latestPer(db(), { scope: { kind: 'own', code: '330000' }, measure: 'criminal_cases.change.%' }, 'region_code', 1)) as FactRecord[];
  assert.ok(f);
  const fact = (id: string, patch: Partial<FactRecord>): FactRecord => ({ ...f!, factId: `${f!.factId}-${id}` as FactRecord['factId'], ...patch });
  // As the database returns them: newest first per measure.
  const crime = [f!, fact('a', { value: 5.1, periodStart: '2017', periodEnd: '2017' }), fact('b', { value: 2.4, direction: 'increase', periodStart: '2016', periodEnd: '2016' })];
  const level = fact('c', { value: 120000, unit: '起', direction: 'none', periodStart: '2018', periodEnd: '2018' });
  const stat = (id: string, indicator: FactRecord['indicator'], kind: 'level' | 'change', facts: number): Q.MeasureStat => ({ id, indicator, metric: 'crime', kind, unit: id.split('.')[2]!, facts, regions: 0 });
  const h = buildHeadline({
    stats: [stat('criminal_cases.change.%', 'criminal_cases', 'change', 3), stat('criminal_cases.level.件', 'criminal_cases', 'level', 5), stat('crime_other.change.%', 'crime_other', 'change', 1)],
    latest: [...crime, level],
    below: 0,
  }, REGION_TREE, { region: '330000', lang: 'zh' });
  const card = h.cards.find((c) => c.indicator === 'criminal_cases')!;
  assert.equal(card.measureId, 'criminal_cases.change.%', 'crime is read as a change first, though its levels are more');
  assert.equal(card.count, 3);
  assert.deepEqual(card.spark.map((p) => [p.date, p.value]), [['2016-12-31', 2.4], ['2017-12-31', -5.1], ['2018-06-30', -13.7]]);
  assert.ok(!h.cards.some((c) => c.indicator === 'crime_other'));
  assert.equal(h.otherFigures, 1);
  assert.equal(HEADLINE_ORDER[0], 'criminal_cases');
});

test('spark: a path through the points by date, a zero line when values cross it; nothing for one point', () => {
  assert.equal(sparkGeometry([{ date: '2018-01-01', value: 3 }]), null);
  const g = sparkGeometry([{ date: '2016-12-31', value: 2.4 }, { date: '2017-12-31', value: -5.1 }, { date: '2018-06-30', value: -13.7 }], 100, 30, 0)!;
  assert.equal(g.dots[0]!.x, 0);
  assert.equal(g.dots[2]!.x, 100);
  assert.equal(g.dots[0]!.y, 0, 'the highest value at the top');
  assert.equal(g.dots[2]!.y, 30);
  assert.ok(g.zero !== null && g.zero > 0 && g.zero < 30);
  assert.match(g.path, /^M0,0L[\d.]+,[\d.]+L100,30$/);
  // Several figures of one date are spread out, not stacked.
  const same = sparkGeometry([{ date: '2018-07-18', value: 1 }, { date: '2018-07-18', value: 2 }], 100, 30, 0)!;
  assert.deepEqual(same.dots.map((d) => d.x), [0, 100]);
  assert.equal(sparkGeometry([{ date: 'x', value: 1 }, { date: '2018-01-01', value: 2 }]), null);
});
