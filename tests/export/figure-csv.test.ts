import assert from 'node:assert/strict';
import { test } from 'node:test';
import Papa from 'papaparse';
import { dashboardData, embedMapData, embedTimelineData, resolveMeasure, tableData } from '../../lib/data/view-data';
import { FIGURE_CSV_COLUMNS, mapCsv, tableCsv, timelineCsv } from '../../lib/export/figure-csv';
import { readableUrl } from '../../lib/export/readable-url';
import { links, state, useFixtureDb } from '../app/helpers';

const db = useFixtureDb();
const cite = { sourceLine: '来源：浙江法制报 · 2018年7月18日 · 1篇报道', viewUrl: 'http://x/?metric=count', origin: 'http://x' };
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
const crime = () => resolveMeasure(db(), {}, 'criminal_cases.change.%', '330000');

test('the table, map and timeline CSVs share one English column set, whatever the page language', async () => {
  for (const lang of ['zh', 'en'] as const) {
    const table = await tableData(db(), state({ lang }), await crime());
    const map = await embedMapData(db(), state({ metric: 'criminal_cases.change.%', lang, level: 'county' }));
    const timeline = await embedTimelineData(db(), state({ metric: 'criminal_cases.change.%', lang }), links);
    for (const csv of [tableCsv(table.rows, cite), mapCsv(map, cite), timelineCsv(timeline, cite)]) {
      const parsed = parse(csv);
      assert.deepEqual(parsed.errors, []);
      assert.deepEqual(parsed.meta.fields, [...FIGURE_CSV_COLUMNS]);
    }
  }
});

test('a row: region, indicator, subject, signed value, period, paper, quote and the URL of the statistic', async () => {
  const table = await tableData(db(), state({ region: '331100', lang: 'en' }), await crime(), links.fact);
  const [row] = parse(tableCsv(table.rows, cite)).data;
  assert.deepEqual({ ...row }, {
    region_code: '331181', region_name: '龙泉市 Longquan', indicator: 'criminal_cases', indicator_name: 'Criminal cases', kind: 'change',
    value: '-61', unit: '%', qualifier: 'exact', figure: 'down 61% year on year', subject: '刑事立案', period_start: '', period_end: '',
    date: '2018-07-18', date_basis: 'published', paper: '浙江法制报', published: '2018-07-18',
    quote: '据统计,自平安大巡防活动开展以来,龙泉市总接警量同比下降了22%,刑事立案同比下降了61%。',
    url: 'http://x/article/003_ca38a797cef3df5d-03#fact-003_ca38a797cef3df5d-03-f04', review_status: 'unreviewed', figures: '', source_line: cite.sourceLine, view_url: cite.viewUrl,
  });
});

test('map rows: every region drawn, its latest figure and how many it has; count mode counts', async () => {
  const map = await embedMapData(db(), state({ metric: 'volunteers.level.人', region: '331100' }));
  const rows = parse(mapCsv(map, cite)).data;
  assert.equal(rows.length, map.regions.length);
  const lq = rows.find((r) => r.region_code === '331181')!;
  assert.deepEqual([lq.value, lq.qualifier, lq.figures, lq.indicator], ['13000', 'more_than', '1', 'volunteers']);
  assert.equal(rows.find((r) => r.region_code === '331102')!.value, '', 'no figure: empty cells, not zero');
  const count = parse(mapCsv(await embedMapData(db(), state({ metric: 'count', level: 'prefecture' })), cite)).data;
  assert.equal(count.find((r) => r.region_code === '331100')!.figures, '4');
});

test('formula-safe: a subject or name starting a formula is written inert; negative numbers stay numbers', async () => {
  const table = await tableData(db(), state({}), await crime());
  const evil = table.rows.map((r) => ({ ...r, region: '+1', fields: { ...r.fields, subject: '=HYPERLINK("http://evil")' } }));
  const text = tableCsv(evil, cite);
  assert.match(text, /'\+1,/);
  assert.match(text, /'=HYPERLINK/);
  assert.ok(parse(text).data.every((r) => Number(r.value) < 0));
});

test('printed URLs are decoded where that keeps them working', () => {
  assert.equal(readableUrl('http://x/?metric=volunteers.level.%E4%BA%BA&paper=%E6%B5%99%E6%B1%9F'), 'http://x/?metric=volunteers.level.人&paper=浙江');
  assert.equal(readableUrl('http://x/?metric=crime.change.%25&from=2018'), 'http://x/?metric=crime.change.%&from=2018');
  assert.equal(readableUrl('http://x/?metric=crime.change.%25AB'), 'http://x/?metric=crime.change.%25AB', 'a % that would read as an escape stays escaped');
  assert.equal(readableUrl('http://x/?paper=a%26b%3Dc%20d'), 'http://x/?paper=a%26b%3Dc%20d', '& = and space keep their escapes');
  assert.equal(readableUrl('http://x/?q=%E0%A4'), 'http://x/?q=%E0%A4', 'a broken escape is left as it is');
});

test("the dashboard's timeline carries what the chart draws; its CSV comes from the API's copy, which has every statistic's fields", async () => {
  const s = state({ metric: 'criminal_cases.change.%', lang: 'en' });
  const drawn = (await dashboardData(db(), s, links)).timeline;
  const whole = await embedTimelineData(db(), s, links, { codes: drawn.series.map((x) => x.code) });
  const points = (d: typeof drawn) => d.series.flatMap((x) => x.points);
  assert.ok(points(drawn).length > 0);
  assert.ok(points(drawn).every((p) => !('fields' in p)), 'no download fields in the dashboard copy');
  assert.deepEqual(points(drawn), points(whole).map(({ fields, ...p }) => p), 'the same points otherwise');
  assert.ok(points(whole).every((p) => p.fields?.factId === p.factId));
  assert.throws(() => timelineCsv(drawn, cite), /download fields/);
  const rows = parse(timelineCsv(whole, cite)).data;
  assert.equal(rows.length, points(whole).length);
  assert.deepEqual(rows.map((r) => r.url), points(whole).map((p) => `http://x${p.href}`));
});
