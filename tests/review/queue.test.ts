import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NO_FILTERS, parseQueueFilters, reviewItem, reviewProgress, reviewQueue } from '../../lib/review/queue';
import { buildReviewState } from '../../lib/review/review-state';
import { fixtureDataset } from '../app/helpers';
import { CALLS, LONGQUAN, PEOPLE, TEAMS, correctionsText } from './helpers';

const state = (rows: Parameters<typeof correctionsText>[0] = []) => buildReviewState(fixtureDataset(), rows.length ? correctionsText(rows) : null, 'corrections.csv');

describe('the review queue', () => {
  test('lowest confidence first, then by id; pages continue after a cursor', () => {
    const s = state();
    const all = reviewQueue(s, NO_FILTERS, '', 100);
    const keys = all.items.map((i) => `${i.confidence.toFixed(2)}|${i.factId}`);
    assert.deepEqual(keys, [...keys].sort());
    assert.equal(all.total, s.result.facts.length);
    const first = reviewQueue(s, NO_FILTERS, '', 3);
    assert.equal(first.items.length, 3);
    const second = reviewQueue(s, NO_FILTERS, first.next!, 3);
    assert.deepEqual([...first.items, ...second.items].map((i) => i.factId), all.items.slice(0, 6).map((i) => i.factId));
  });

  test('filters by status, region (with its counties), indicator, paper and date', () => {
    const s = state([{ fact_id: TEAMS, action: 'confirm' }, { fact_id: PEOPLE, action: 'reject' }]);
    const ids = (q: Partial<typeof NO_FILTERS>) => reviewQueue(s, { ...NO_FILTERS, ...q }, '', 100).items.map((i) => i.factId);
    assert.equal(ids({}).includes(TEAMS), false, 'decided facts leave the default (unreviewed) queue');
    assert.deepEqual(ids({ status: 'confirmed' }), [TEAMS]);
    assert.deepEqual(ids({ status: 'rejected' }), [PEOPLE]);
    assert.ok(ids({ status: 'all', region: '331100' }).includes(TEAMS), '丽水市 includes 龙泉市');
    assert.deepEqual(ids({ status: 'all', region: '330500' }).length, 2);
    assert.deepEqual(ids({ indicator: 'police_calls' }), [CALLS]);
    assert.deepEqual(ids({ status: 'all', from: '2019' }).length, 3);
    assert.deepEqual(ids({ status: 'all', to: '2018-12' }).length, s.result.facts.length - 3);
    assert.deepEqual(ids({ status: 'all', paper: '另一份报' }), []);
  });

  test('URL parameters: unknown values fall back to no filter (status: unreviewed)', () => {
    const p = new URLSearchParams('status=bogus&region=abc&indicator=police_calls&from=2018-13&to=2019-02&paper=浙江法制报');
    assert.deepEqual(parseQueueFilters((k) => p.get(k)), { status: 'unreviewed', region: '', indicator: 'police_calls', from: '', to: '2019-02', paper: '浙江法制报' });
  });

  test('an item carries its paragraph and where the sentence and figure are in it', () => {
    const s = state();
    const item = reviewItem(s.byId.get(TEAMS)!, s);
    const text = s.dataset.articleById.get(LONGQUAN)!.text;
    assert.equal(text.slice(item.paragraph.start, item.paragraph.start + item.paragraph.text.length), item.paragraph.text);
    assert.ok(!item.paragraph.text.includes('\n'));
    assert.equal(text.slice(item.start, item.end), '626支');
    assert.equal(text.slice(item.sentenceStart, item.sentenceEnd), '据悉,龙泉目前有626支平安志愿者队伍,共1.3万余人。');
  });

  test('progress counts reviewed statistics by indicator and each reviewer\'s statistics', () => {
    const s = state([
      { fact_id: TEAMS, action: 'confirm', reviewer: 'alice' },
      { fact_id: PEOPLE, action: 'edit', field: 'value', value: '13001', reviewer: 'bob' },
      { fact_id: PEOPLE, action: 'confirm', reviewer: 'alice' },
      { fact_id: 'gone00000001', action: 'confirm', reviewer: 'carol' },
    ]);
    const p = reviewProgress(s);
    assert.equal(p.total, s.result.facts.length);
    assert.equal(p.reviewed, 2);
    assert.deepEqual(p.byIndicator.find((x) => x.indicator === 'volunteer_teams'), { indicator: 'volunteer_teams', total: 2, reviewed: 1 });
    assert.deepEqual(p.byReviewer, [{ name: 'alice', facts: 2 }, { name: 'bob', facts: 1 }]);
  });
});
