/**
 * The region list beside the map as static markup (components/map/region-table-markup.ts): one row
 * per region with data, links that drill like the map (app links, data-nav), several figures
 * behind a summary, and every name and figure escaped (names come from the data).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regionTableMarkup } from '../../components/map/region-table-markup';
import { embedMapData } from '../../lib/data/view-data';
import { state, useFixtureDb } from './helpers';

const db = useFixtureDb();

test('region list markup: a row per region with data, drilling links, the others named in one line', async () => {
  const s = state({ metric: 'volunteers.level.人', level: 'county' });
  const v = await embedMapData(db(), s);
  const html = regionTableMarkup(v, s);
  const rows = [...html.matchAll(/<tr data-code="(\d{6})"/g)].map((m) => m[1]);
  const withData = v.regions.filter((r) => r.value !== null || r.belowFacts > 0).map((r) => r.code);
  assert.ok(withData.length > 0);
  assert.deepEqual(rows, withData);
  // A county of the province map opens its prefecture's map in place; "详情" opens its page.
  assert.match(html, /<a href="\/\?metric=volunteers\.level\.%E4%BA%BA&amp;region=331181&amp;level=county" data-nav="">龙泉市<\/a>/);
  assert.match(html, /<a href="\/region\/331181" class="small-link" aria-label="龙泉市 详情" data-nav="">详情<\/a>/);
  assert.match(html, new RegExp(`data-testid="regions-without">${v.regions.length - withData.length}个地区无数据`));
  // Balanced: as many closing tags as opening ones for each element used.
  for (const tag of ['table', 'tr', 'th', 'td', 'a', 'p', 'div']) {
    assert.equal(html.split(`<${tag} `).length + html.split(`<${tag}>`).length - 2, html.split(`</${tag}>`).length - 1, tag);
  }
});

test('region list markup: several figures open from a summary; names and figures are text, never markup', async () => {
  const s = state({ metric: 'volunteers.level.人', level: 'county' });
  const v = await embedMapData(db(), s);
  const hostile = `<img src=x onerror="alert('x')">&`;
  const base = v.regions.find((r) => r.value !== null)!;
  const several = {
    ...base, name: hostile, subject: hostile, figure: hostile, count: 2,
    figures: [0, 1].map((i) => ({ factId: `f${i}`, articleId: 'a', href: `/article/a?x="${i}"#fact-f${i}`, figure: `${hostile}${i}`, subject: hostile, period: '2018年' })),
  };
  const html = regionTableMarkup({ ...v, regions: [several] }, s);
  assert.ok(!html.includes('<img'), 'no element from the data');
  assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(&#x27;x&#x27;)&quot;&gt;&amp;'));
  assert.match(html, /<details class="region-figures" data-testid="region-figures"><summary>2条数据<\/summary><ul><li><a href="\/article\/a\?x=&quot;0&quot;#fact-f0" data-nav="">/);
  assert.equal(html.split('<li>').length - 1, 2);
});
