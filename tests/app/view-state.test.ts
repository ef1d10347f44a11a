import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_VIEW, firstDay, hrefFor, lastDay, parseIsoDate, parseViewState, searchRecord, viewStateToSearch, withState,
} from '../../lib/view-state';

test('parseViewState: no parameters give the defaults', () => {
  assert.deepEqual(parseViewState({}), DEFAULT_VIEW);
  assert.equal(viewStateToSearch(DEFAULT_VIEW), '');
});

test('parseViewState: good values are kept', () => {
  const s = parseViewState({
    metric: 'crime.change.%', region: '331181', from: '2018-01', to: '2018-06-30', paper: '浙江法制报',
    sort: 'value', dir: 'asc', page: '3', lang: 'en', theme: 'dark', level: 'county', reviewed: '1',
  });
  assert.deepEqual(s, {
    metric: 'crime.change.%', region: '331181', level: 'county', from: '2018-01', to: '2018-06-30', paper: '浙江法制报', reviewed: true,
    sort: 'value', dir: 'asc', page: 3, lang: 'en', theme: 'dark',
  });
  assert.equal(parseViewState({ metric: 'volunteers' }).metric, 'volunteers');
  assert.equal(parseViewState({ metric: 'crime.level' }).metric, 'crime.level');
  assert.equal(parseViewState({ metric: 'criminal_cases.change.%' }).metric, 'criminal_cases.change.%');
  assert.equal(parseViewState({ metric: 'safety_satisfaction' }).metric, 'safety_satisfaction');
  assert.equal(parseViewState({ metric: 'count' }).metric, 'count', 'statistics per region, a choice');
  assert.equal(parseViewState({ from: '2018' }).from, '2018');
});

test('parseViewState: every malformed or unknown value falls back to its default', () => {
  const s = parseViewState({
    metric: '<script>', region: '999999', from: '2018-13', to: '2018-02-30', paper: 'x'.repeat(200),
    sort: 'evil', dir: 'sideways', page: '-1', lang: 'fr', theme: 'neon', level: 'township', reviewed: 'yes',
  });
  assert.deepEqual(s, DEFAULT_VIEW);
  // The default is no measure named: the data layer shows the one with the widest coverage.
  for (const metric of ['', 'nonsense', 'crime.sideways', 'crime.level.a.b', 'counts', 'CRIME', 'criminal_cases.level.', 'no_such_indicator']) {
    assert.equal(parseViewState({ metric }).metric, '', metric);
  }
  for (const region of ['33', '3311811', 'abcdef', '000000']) assert.equal(parseViewState({ region }).region, '330000', region);
  for (const page of ['0', '1.5', 'two', '9999999']) assert.equal(parseViewState({ page }).page, 1, page);
  assert.equal(parseViewState({ lang: ['en', 'zh'] }).lang, 'en', 'first of repeated parameters');
});

test('dates: real calendar dates only; a reversed window is turned round', () => {
  assert.equal(parseIsoDate('2020-02-29'), '2020-02-29');
  assert.equal(parseIsoDate('2019-02-29'), null);
  assert.equal(parseIsoDate('2018-1'), null);
  assert.equal(parseIsoDate('1800'), null);
  assert.equal(firstDay('2018-06'), '2018-06-01');
  assert.equal(lastDay('2018-06'), '2018-06-30');
  assert.equal(lastDay('2020-02'), '2020-02-29');
  assert.equal(lastDay('2018'), '2018-12-31');
  const s = parseViewState({ from: '2019-05', to: '2018' });
  assert.deepEqual([s.from, s.to], ['2018', '2019-05']);
  // Same month on both sides is a valid window.
  const same = parseViewState({ from: '2018-06', to: '2018-06-01' });
  assert.deepEqual([same.from, same.to], ['2018-06', '2018-06-01']);
});

test('viewStateToSearch: only non-default parameters, in a stable order; round trip', () => {
  const s = parseViewState({ theme: 'dark', lang: 'en', to: '2018-06', from: '2018-01', metric: 'crime.change.%', page: '2' });
  const search = viewStateToSearch(s);
  assert.equal(search, '?metric=crime.change.%25&from=2018-01&to=2018-06&page=2&lang=en&theme=dark');
  assert.deepEqual(parseViewState(Object.fromEntries(new URLSearchParams(search.slice(1)))), s);
});

test('withState: changing a filter goes back to page 1; hrefFor builds links', () => {
  const s = parseViewState({ page: '4', metric: 'crime' });
  assert.equal(withState(s, { region: '331100' }).page, 1);
  assert.equal(withState(s, { lang: 'en' }).page, 4);
  assert.equal(withState(s, { page: 5 }).page, 5);
  assert.equal(hrefFor('/', s, { sort: 'value' }), '/?metric=crime&sort=value');
});

test('reviewed=1 (only figures a person has checked) is kept in links, after paper, and changing it goes back to page 1', () => {
  const s = parseViewState({ reviewed: '1', paper: '浙江法制报', page: '3' });
  assert.equal(s.reviewed, true);
  assert.equal(viewStateToSearch(s), '?paper=%E6%B5%99%E6%B1%9F%E6%B3%95%E5%88%B6%E6%8A%A5&reviewed=1&page=3');
  for (const v of ['0', 'true', '', 'yes']) assert.equal(parseViewState({ reviewed: v }).reviewed, false, v);
  assert.equal(hrefFor('/', s, { reviewed: false }), '/?paper=%E6%B5%99%E6%B1%9F%E6%B3%95%E5%88%B6%E6%8A%A5');
  assert.equal(withState(s, { lang: 'en' }).reviewed, true);
});

describe('searchRecord: one rule for repeated parameters', () => {
  test('the first value of a repeated parameter wins, as parseViewState reads page parameters', () => {
    const rec = searchRecord(new URLSearchParams('metric=a&region=331181&metric=b&lang=en&lang=zh'));
    assert.deepEqual(rec, { metric: 'a', region: '331181', lang: 'en' });
    assert.equal(parseViewState(rec).lang, parseViewState({ lang: ['en', 'zh'] }).lang);
  });
  test('a parameter named like an Object property is an ordinary key', () => {
    assert.deepEqual(searchRecord(new URLSearchParams('constructor=x&toString=y&constructor=z')), { constructor: 'x', toString: 'y' });
  });
});
