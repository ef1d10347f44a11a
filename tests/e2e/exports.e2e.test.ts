/**
 * For presenters, end to end in Chromium at 1440 and 390 px: pictures carry the title (measure and
 * period), the legend with its classes, the values on the map, the source line and a readable link;
 * the embed shows its title (title=0 hides it); the table's and the charts' CSVs share one English
 * column set whatever the page's language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Download } from 'playwright-core';
import { FIGURE_CSV_COLUMNS } from '../../lib/schema';
import { openAt, useBrowserSession } from './browser';

const T = { timeout: 120_000 };
const session = useBrowserSession({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });

const open = (width: number, path: string) => openAt(session, width, path);

const text = async (d: Download) => fs.readFileSync((await d.path())!, 'utf8');
/** The text an SVG draws, without the whitespace ECharts splits lines with. */
const drawn = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, '');
const flat = (s: string) => s.replace(/\s+/g, '');

for (const width of [1440, 390]) {
  test(`${width} px: the map's SVG carries title, measure and period, legend classes, values, source line and a readable link`, T, async () => {
    const { page, problems } = await open(width, '/?metric=volunteers.level.%E4%BA%BA&paper=%E6%B5%99%E6%B1%9F%E6%B3%95%E5%88%B6%E6%8A%A5');
    await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor();
    const source = await page.getByTestId('map-source').filter({ hasText: /来源：/ }).innerText();
    const legend = await page.getByTestId('map-legend').locator('li').allInnerTexts();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('map-actions').getByTestId('export-svg').click()]);
    const out = drawn(await text(svg));
    assert.ok(out.includes(flat('浙江省 · 志愿者人数 · 数值（人） · 2018年')), `title: ${out.slice(0, 80)}`);
    for (const item of legend) assert.ok(out.includes(flat(item)), `legend class ${item}`);
    assert.ok(out.includes('龙泉') && out.includes('1.3万+'), 'the values are on the map');
    assert.ok(out.includes(flat(source)), 'source line');
    assert.ok(out.includes(`${session.server.url}/?metric=volunteers.level.人&level=county&paper=浙江法制报`), `the link, readable: ${out.slice(-120)}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test(`${width} px: the embed shows its title inside the frame; title=0 hides it`, T, async () => {
    const { page, problems } = await open(width, '/embed/map?metric=volunteers.level.%E4%BA%BA');
    await page.locator('[data-testid="embed-chart"][data-ready="true"]').waitFor();
    assert.match(await page.getByTestId('embed-title').innerText(), /^浙江省 · 志愿者人数 · 数值（人） · 2018年/);
    await page.goto(`${session.server.url}/embed/timeline?metric=volunteers.level.%E4%BA%BA&title=0`);
    await page.locator('[data-testid="embed-chart"][data-ready="true"]').waitFor();
    assert.equal(await page.getByTestId('embed-title').count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scroll');
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the table CSV and the map and timeline CSVs share one English column set, in Chinese and in English', T, async () => {
  for (const lang of ['zh', 'en']) {
    const { page, problems } = await open(1440, `/?metric=criminal_cases.change.%25&lang=${lang}`);
    await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor();
    await page.getByTestId('map-source').filter({ hasText: /来源：|Source:/ }).waitFor();
    await page.getByTestId('timeline-source').filter({ hasText: /来源：|Source:/ }).waitFor();
    const downloads = [
      page.getByTestId('download-csv'),
      page.getByTestId('map-actions').getByTestId('export-csv'),
      page.getByTestId('timeline-actions').getByTestId('export-csv'),
    ];
    for (const button of downloads) {
      const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const parsed = Papa.parse<Record<string, string>>((await text(d)).replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
      assert.deepEqual(parsed.errors, []);
      assert.deepEqual(parsed.meta.fields, [...FIGURE_CSV_COLUMNS], `${d.suggestedFilename()} columns`);
      const withFigure = parsed.data.filter((r) => r.indicator);
      assert.ok(withFigure.length > 0 && withFigure.every((r) => r.indicator === 'criminal_cases' && /^-?\d/.test(r.value!) && /#fact-/.test(r.url!) && r.quote), d.suggestedFilename());
    }
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test("the dashboard charts' downloads fetch their data when asked: a failed fetch says so, and the next click tries again", T, async () => {
  const { page, problems } = await open(1440, '/?metric=criminal_cases.change.%25');
  await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor();
  const asked: string[] = [];
  page.on('request', (r) => { if (/\/api\/(map|timeline)\?/.test(r.url())) asked.push(new URL(r.url()).pathname); });
  await page.route(/\/api\/(map|timeline)\?/, (route) => route.fulfill({ status: 503, body: 'busy' }));
  for (const chart of ['map', 'timeline']) {
    const actions = page.getByTestId(`${chart}-actions`);
    await actions.getByTestId('export-csv').click();
    await actions.getByRole('alert').filter({ hasText: '下载失败：HTTP 503' }).waitFor();
  }
  assert.deepEqual(asked.sort(), ['/api/map', '/api/timeline']);
  await page.unroute(/\/api\/(map|timeline)\?/);
  for (const chart of ['map', 'timeline']) {
    const actions = page.getByTestId(`${chart}-actions`);
    const [d] = await Promise.all([page.waitForEvent('download'), actions.getByTestId('export-csv').click()]);
    const rows = Papa.parse<Record<string, string>>((await text(d)).replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
    assert.ok(rows.some((r) => r.indicator === 'criminal_cases'), `${chart} CSV after the retry`);
    assert.equal(await actions.getByRole('alert').count(), 0, 'the error is gone');
  }
  assert.deepEqual(problems.filter((p) => !/503/.test(p)), []);
  await page.close();
});
