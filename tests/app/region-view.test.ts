import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitText } from '../../lib/data/text-pieces';
import { regionPageData } from '../../lib/data/view-data';
import { useFixtureDb } from './helpers';

const db = useFixtureDb();
const page = (code: string) => regionPageData(db(), code, 'zh', false);

test('county page: 龙泉市 figures grouped by metric with quotes', async () => {
  const p = (await page('331181'))!;
  assert.deepEqual(p.crumbs.map((c) => c.name), ['浙江省', '丽水市', '龙泉市']);
  assert.deepEqual(p.groups.map((g) => g.label), ['案件与警情', '志愿者']);
  const vol = p.groups.find((g) => g.metric === 'volunteers')!;
  assert.deepEqual(vol.facts.map((f) => f.figure).sort(), ['1.3万多人', '626支']);
  assert.equal(vol.total, 2);
  const teams = vol.facts.find((f) => f.figure === '626支')!;
  assert.deepEqual(teams.quote, { before: '据悉,龙泉目前有', figure: '626支', after: '平安志愿者队伍,共1.3万余人。' });
  assert.equal(vol.charts.length, 0, 'different units: no shared chart');
  assert.deepEqual([p.articles.length, p.articleCount], [1, 1]);
  assert.equal(p.articles[0]!.factCount, 4);
  assert.equal(p.children.length, 0);
});

test('prefecture page includes its counties; province page its own figures and prefectures', async () => {
  const lishui = (await page('331100'))!;
  assert.equal(lishui.factCount, 4);
  assert.equal(lishui.children.find((c) => c.code === '331181')?.factCount, 4);
  const hz = (await page('330100'))!;
  const lp = hz.children.find((c) => c.code === '330113')!;
  assert.deepEqual([lp.factCount, lp.hasShape], [1, false]);
  assert.equal(hz.factCount, 1);
  const zj = (await page('330000'))!;
  assert.equal(zj.factCount, 2);
  assert.equal(zj.children.length, 11);
  assert.equal(zj.children.find((c) => c.code === '331100')?.factCount, 4);
});

test('unknown codes give null (the page answers 404)', async () => {
  assert.equal(await page('999999'), null);
  assert.equal(await page('000000'), null);
});

test('splitText: marks at the offsets, overlaps merged, text preserved', () => {
  const text = '龙泉有626支队伍,共1.3万余人。';
  const pieces = splitText(text, [
    { factId: 'b', start: 11, end: 17 },
    { factId: 'a', start: 3, end: 7 },
    { factId: 'c', start: 12, end: 14 },
    { factId: 'bad', start: 10, end: 99 },
  ]);
  assert.equal(pieces.map((p) => p.text).join(''), text);
  assert.deepEqual(pieces.filter((p) => p.factIds.length).map((p) => [p.text, p.factIds]), [['626支', ['a']], ['1.3万余人', ['b', 'c']]]);
});
