import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CALLS, LONGQUAN, PEOPLE, TEAMS, reviewed } from './helpers';

const at = (s: number) => `2026-11-24T09:30:${String(s).padStart(2, '0')}Z`;

describe('applyDecisions: statuses', () => {
  test('a fact without decisions is unreviewed and unchanged', () => {
    const r = reviewed([]);
    assert.equal(r.facts.length, r.ds.facts.length);
    assert.ok(r.facts.every((f) => f.status === 'unreviewed'));
    assert.deepEqual({ ...r.byId.get(TEAMS)!, status: undefined }, { ...r.ds.facts[0]!, status: undefined });
  });

  const cases: { name: string; rows: Parameters<typeof reviewed>[0]; expected: string }[] = [
    { name: 'confirm → confirmed', rows: [{ fact_id: TEAMS, action: 'confirm' }], expected: 'confirmed' },
    { name: 'reject → rejected', rows: [{ fact_id: TEAMS, action: 'reject' }], expected: 'rejected' },
    { name: 'the latest verdict wins', rows: [{ fact_id: TEAMS, action: 'reject' }, { fact_id: TEAMS, action: 'confirm', reviewer: 'bob' }], expected: 'confirmed' },
    { name: 'an edit that changes a field → corrected', rows: [{ fact_id: TEAMS, action: 'edit', field: 'value', value: '627' }], expected: 'corrected' },
    { name: 'an edit to the extracted value is a confirmation', rows: [{ fact_id: TEAMS, action: 'edit', field: 'value', value: '626' }], expected: 'confirmed' },
    { name: 'a rejected fact stays rejected after an edit', rows: [{ fact_id: TEAMS, action: 'reject' }, { fact_id: TEAMS, action: 'edit', field: 'unit', value: '个' }], expected: 'rejected' },
    { name: 'undoing the only verdict makes the fact unreviewed again', rows: [{ fact_id: TEAMS, action: 'confirm' }, { fact_id: TEAMS, action: 'confirm', value: 'undo' }], expected: 'unreviewed' },
    { name: 'undoing a later verdict brings back the earlier one', rows: [{ fact_id: TEAMS, action: 'confirm' }, { fact_id: TEAMS, action: 'reject' }, { fact_id: TEAMS, action: 'reject', value: 'undo' }], expected: 'confirmed' },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const r = reviewed(c.rows);
      assert.deepEqual([...r.parseProblems, ...r.problems], []);
      assert.equal(r.byId.get(TEAMS)!.status, c.expected);
      assert.equal(r.byId.get(PEOPLE)!.status, 'unreviewed', 'other facts are not touched');
    });
  }
});

describe('applyDecisions: edits', () => {
  test('an edited region brings its name and level; the value is a number', () => {
    const f = reviewed([
      { fact_id: TEAMS, action: 'edit', field: 'region_code', value: '331100' },
      { fact_id: TEAMS, action: 'edit', field: 'value', value: '-13.7' },
    ]).byId.get(TEAMS)!;
    assert.deepEqual([f.regionCode, f.regionName, f.regionLevel, f.value, f.status], ['331100', '丽水市', 'prefecture', -13.7, 'corrected']);
  });

  test('a figure for no place in Zhejiang (000000) has no name and level none', () => {
    const f = reviewed([{ fact_id: TEAMS, action: 'edit', field: 'region_code', value: '000000' }]).byId.get(TEAMS)!;
    assert.deepEqual([f.regionCode, f.regionName, f.regionLevel], ['000000', '', 'none']);
  });

  test('the indicator decides the metric; a metric edited alone takes its catch-all indicator', () => {
    const byIndicator = reviewed([{ fact_id: CALLS, action: 'edit', field: 'indicator', value: 'disputes' }]).byId.get(CALLS)!;
    assert.deepEqual([byIndicator.indicator, byIndicator.metric], ['disputes', 'services']);
    const byMetric = reviewed([{ fact_id: CALLS, action: 'edit', field: 'metric', value: 'personnel' }]).byId.get(CALLS)!;
    assert.deepEqual([byMetric.indicator, byMetric.metric], ['personnel_other', 'personnel']);
    const both = reviewed([
      { fact_id: CALLS, action: 'edit', field: 'metric', value: 'personnel' },
      { fact_id: CALLS, action: 'edit', field: 'indicator', value: 'fire' },
    ]).byId.get(CALLS)!;
    assert.deepEqual([both.indicator, both.metric], ['fire', 'crime']);
  });

  test('the latest edit of a field wins; undo brings back the one before, then the extracted value', () => {
    const rows = [
      { fact_id: TEAMS, action: 'edit' as const, field: 'value', value: '600', decided_at: at(1) },
      { fact_id: TEAMS, action: 'edit' as const, field: 'value', value: '700', reviewer: 'bob', decided_at: at(2) },
    ];
    assert.equal(reviewed(rows).byId.get(TEAMS)!.value, 700);
    const once = [...rows, { fact_id: TEAMS, action: 'edit' as const, field: 'value', value: 'undo', reviewer: 'bob', decided_at: at(3) }];
    assert.equal(reviewed(once).byId.get(TEAMS)!.value, 600);
    const twice = [...once, { fact_id: TEAMS, action: 'edit' as const, field: 'value', value: 'undo', decided_at: at(4) }];
    const f = reviewed(twice).byId.get(TEAMS)!;
    assert.deepEqual([f.value, f.status], [626, 'unreviewed']);
  });

  test('two decisions on the same fact in the same second both stay; file order decides', () => {
    const r = reviewed([
      { fact_id: TEAMS, action: 'edit', field: 'unit', value: '个', reviewer: 'alice', decided_at: at(5) },
      { fact_id: TEAMS, action: 'edit', field: 'unit', value: '队', reviewer: 'bob', decided_at: at(5) },
    ]);
    assert.equal(r.byId.get(TEAMS)!.unit, '队');
    assert.deepEqual(r.standing.get(TEAMS)!.map((d) => d.reviewer), ['bob']);
    const back = reviewed([
      { fact_id: TEAMS, action: 'edit', field: 'unit', value: '个', reviewer: 'alice', decided_at: at(5) },
      { fact_id: TEAMS, action: 'edit', field: 'unit', value: '队', reviewer: 'bob', decided_at: at(5) },
      { fact_id: TEAMS, action: 'edit', field: 'unit', value: 'undo', reviewer: 'bob', decided_at: at(5) },
    ]);
    assert.equal(back.byId.get(TEAMS)!.unit, '个', "alice's decision was kept in the history and stands again");
  });

  test('an undo with nothing to undo is reported by line and changes nothing', () => {
    const r = reviewed([
      { fact_id: TEAMS, action: 'confirm' },
      { fact_id: TEAMS, action: 'reject', value: 'undo' },
      { fact_id: PEOPLE, action: 'edit', field: 'unit', value: 'undo' },
    ]);
    assert.deepEqual(r.problems.map((p) => `${p.line}: ${p.reason}`), [
      `3: nothing to undo: no standing reject for fact ${TEAMS}`,
      `4: nothing to undo: no standing edit of unit for fact ${PEOPLE}`,
    ]);
    assert.equal(r.byId.get(TEAMS)!.status, 'confirmed');
  });
});

describe('applyDecisions: added statistics and orphans', () => {
  // "刑事立案同比下降了61%" is extracted; take "22%" of 总接警量 as if it had been missed, under a new id.
  const text = (ds: ReturnType<typeof reviewed>['ds']) => ds.articleById.get(LONGQUAN)!.text;
  const addRows = (start: number, end: number, selected: string, id = 'added0000001') => [
    { fact_id: id, action: 'add' as const, field: 'article_id', value: LONGQUAN },
    { fact_id: id, action: 'add' as const, field: 'start', value: String(start) },
    { fact_id: id, action: 'add' as const, field: 'end', value: String(end) },
    { fact_id: id, action: 'add' as const, field: 'text', value: selected },
    { fact_id: id, action: 'add' as const, field: 'region_code', value: '331181' },
    { fact_id: id, action: 'add' as const, field: 'indicator', value: 'police_calls' },
    { fact_id: id, action: 'add' as const, field: 'value', value: '22' },
    { fact_id: id, action: 'add' as const, field: 'unit', value: '%' },
    { fact_id: id, action: 'add' as const, field: 'direction', value: 'decrease' },
  ];
  const span = () => {
    const t = text(reviewed([]).ds);
    const start = t.indexOf('22%');
    return { start, end: start + 3 };
  };

  test('an add becomes a statistic with its sentence and the fields given, after the extracted ones', () => {
    const { start, end } = span();
    const r = reviewed(addRows(start, end, '22%'));
    const f = r.facts.at(-1)!;
    assert.deepEqual(
      [f.factId, f.status, f.articleId, f.source, f.regionName, f.metric, f.indicator, f.value, f.unit, f.direction, f.start, f.end, f.confidence],
      ['added0000001', 'added', LONGQUAN, '003_ca38a797cef3df5d.txt', '龙泉市', 'crime', 'police_calls', 22, '%', 'decrease', start, end, 1],
    );
    assert.equal(f.sentence, '据统计,自平安大巡防活动开展以来,龙泉市总接警量同比下降了22%,刑事立案同比下降了61%。');
    assert.deepEqual(r.orphans, []);
  });

  test('an added statistic can be rejected, and an add withdrawn leaves nothing behind', () => {
    const { start, end } = span();
    const rows = addRows(start, end, '22%');
    assert.equal(reviewed([...rows, { fact_id: 'added0000001', action: 'reject' }]).byId.get('added0000001')!.status, 'rejected');
    const undone = reviewed([...rows, ...rows.map((x) => ({ ...x, value: 'undo' }))]);
    assert.equal(undone.byId.has('added0000001'), false);
    assert.deepEqual([undone.orphans, undone.problems], [[], []]);
  });

  test('an add whose article text changed under it is an orphan that says what changed', () => {
    const { start, end } = span();
    const r = reviewed(addRows(start + 1, end + 1, '22%'));
    assert.equal(r.byId.has('added0000001'), false);
    assert.equal(r.orphans.length, 1);
    assert.equal(r.orphans[0]!.reason, `the article text changed: characters ${start + 1}–${end + 1} are now "2%,", were "22%"`);
    assert.equal(r.orphans[0]!.decisions.length, 9);
  });

  test('a decision on a fact that is no longer extracted is an orphan; nothing else changes', () => {
    const r = reviewed([
      { fact_id: 'gone00000001', action: 'confirm', decided_at: at(1) },
      { fact_id: 'gone00000001', action: 'edit', field: 'value', value: '5', decided_at: at(2) },
      { fact_id: TEAMS, action: 'confirm' },
    ]);
    assert.deepEqual(r.orphans.map((o) => [o.factId, o.reason, o.decisions.map((d) => d.line)]), [
      ['gone00000001', 'the statistic is no longer extracted (its article text may have changed)', [2, 3]],
    ]);
    assert.equal(r.facts.length, r.ds.facts.length);
  });

  test('an add on an article that is gone, or without its fields, is an orphan', () => {
    const { start, end } = span();
    const missingArticle = addRows(start, end, '22%').map((x) => (x.field === 'article_id' ? { ...x, value: 'nosucharticle' } : x));
    assert.match(reviewed(missingArticle).orphans[0]!.reason, /article nosucharticle of the added statistic is no longer extracted/);
    const noValue = addRows(start, end, '22%').filter((x) => x.field !== 'value');
    assert.match(reviewed(noValue).orphans[0]!.reason, /needs region_code, indicator and value/);
  });

  test('added statistics come in article and text order whatever the file order', () => {
    const t = text(reviewed([]).ds);
    const a = t.indexOf('61%');
    const { start, end } = span();
    const r = reviewed([...addRows(a, a + 3, '61%', 'zzz000000001'), ...addRows(start, end, '22%', 'aaa000000001')].map((x) => (x.field === 'text' && x.fact_id === 'zzz000000001' ? { ...x, value: '61%' } : x)));
    assert.deepEqual(r.facts.slice(-2).map((f) => f.factId), ['aaa000000001', 'zzz000000001']);
  });
});
