import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { initialQueue, queueReducer, type QueueState } from '../../components/review/queue-state';
import type { ReviewItem } from '../../lib/review/queue';

const item = (factId: string, status: ReviewItem['status'] = 'unreviewed') => ({ factId, status } as ReviewItem);
const page = (ids: string[], next: string | null = null) => ({ items: ids.map((id) => item(id)), total: 10, next });
const ids = (s: QueueState) => s.items.map((i) => `${i.factId}:${i.status}`);

describe('the queue in the browser', () => {
  test('a decision replaces its item and moves on; an added statistic comes right after the current one', () => {
    let s = initialQueue(page(['a', 'b', 'c']));
    s = queueReducer(s, { type: 'decided', item: item('a', 'confirmed'), undo: { factId: 'a', action: 'confirm', fields: [''] }, advance: true });
    assert.deepEqual([ids(s), s.index], [['a:confirmed', 'b:unreviewed', 'c:unreviewed'], 1]);
    s = queueReducer(s, { type: 'decided', item: item('new', 'added'), undo: { factId: 'new', action: 'add', fields: ['start'] }, advance: false });
    assert.deepEqual([ids(s), s.index], [['a:confirmed', 'b:unreviewed', 'new:added', 'c:unreviewed'], 1]);
    assert.deepEqual(s.undo.map((u) => u.factId), ['a', 'new']);
  });

  test('undo shows the item again as it now stands; an add undone leaves the list', () => {
    let s = initialQueue(page(['a', 'b', 'c']));
    s = queueReducer(s, { type: 'decided', item: item('a', 'confirmed'), undo: { factId: 'a', action: 'confirm', fields: [''] }, advance: true });
    s = queueReducer(s, { type: 'decided', item: item('x', 'added'), undo: { factId: 'x', action: 'add', fields: ['start'] }, advance: false });
    s = queueReducer(s, { type: 'move', by: 1 });
    s = queueReducer(s, { type: 'move', by: 1 });
    assert.equal(s.items[s.index]!.factId, 'c');
    s = queueReducer(s, { type: 'undone', factId: 'x', item: null });
    assert.deepEqual([ids(s), s.items[s.index]!.factId], [['a:confirmed', 'b:unreviewed', 'c:unreviewed'], 'c']);
    s = queueReducer(s, { type: 'undone', factId: 'a', item: item('a') });
    assert.deepEqual([ids(s)[0], s.index, s.undo.length], ['a:unreviewed', 0, 0]);
  });

  test('moving stops at both ends (one past the last item is "the end"); more pages add only new items', () => {
    let s = initialQueue(page(['a', 'b'], 'cursor'));
    s = queueReducer(s, { type: 'move', by: -1 });
    assert.equal(s.index, 0);
    for (let i = 0; i < 5; i++) s = queueReducer(s, { type: 'move', by: 1 });
    assert.equal(s.index, 2);
    s = queueReducer(s, { type: 'more', page: page(['b', 'c']) });
    assert.deepEqual([ids(s), s.next, s.items[s.index]!.factId], [['a:unreviewed', 'b:unreviewed', 'c:unreviewed'], null, 'c']);
  });
});
