/**
 * Honest timelines, end to end in Chromium at 1440 and 390 px: the time window is honoured by the
 * chart, its data table, /api/timeline, the embed and the downloads; the key to the marks is drawn
 * in the chart and its pictures; the legend wraps instead of paging.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { openAt, useBrowserSession } from './browser';

const T = { timeout: 120_000 };
const session = useBrowserSession({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });

async function open(width: number, path: string): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await openAt(session, width, path);
  // The chart is drawn when the reader comes near it: scroll to its section.
  await page.getByTestId('timeline').scrollIntoViewIfNeeded();
  const chart = page.locator('[data-testid="timeline-chart"]');
  await chart.locator('svg').first().waitFor();
  return { page, problems };
}

/** The dates of the timeline's data table, opened as a reader opens it. */
async function tableDates(page: Page): Promise<string[]> {
  await page.locator('details.chart-table summary').click();
  // Its rows are drawn after the details' toggle event (TimelineTable.tsx), a task after the click.
  await page.locator('[data-testid="timeline-table"] tbody tr').first().waitFor();
  return page.locator('[data-testid="timeline-table"] tbody tr td:first-child').allTextContents();
}

/** The text the chart's SVG draws (legend, key, axis). */
const svgText = (page: Page) => page.locator('[data-testid="timeline-chart"] svg').first().evaluate((svg) => [...svg.querySelectorAll('text')].map((t) => t.textContent).join('|'));

for (const width of [1440, 390]) {
  test(`${width} px: the window from=2019&to=2019 leaves 2017 and 2018 out of the chart, its table and the API`, T, async () => {
    const { page, problems } = await open(width, '/?metric=count&from=2019&to=2019');
    const dates = await tableDates(page);
    assert.ok(dates.length > 0 && dates.every((d) => d.startsWith('2019-')), dates.join(','));
    // Without the window the same chart has 2018.
    const { page: all } = await open(width, '/?metric=count');
    const allDates = await tableDates(all);
    assert.ok(allDates.some((d) => d.startsWith('2018-')), allDates.join(','));
    await all.close();
    // Every region is named in the legend (it wraps; it does not page).
    const names = await page.locator('[data-testid="timeline-table"] tbody th').allTextContents();
    const text = await svgText(page);
    for (const n of new Set(names)) assert.ok(text.includes(n), `legend has ${n}: ${text}`);
    assert.match(text, /来源的覆盖，不是趋势/, 'count mode says what the bars are');
    const api = (await (await fetch(`${session.server.url}/api/timeline?metric=count&from=2019&to=2019&codes=330523,331181,330500`)).json()) as { series: { points: { date: string }[] }[] };
    const apiDates = api.series.flatMap((s) => s.points.map((p) => p.date));
    assert.ok(apiDates.length > 0 && apiDates.every((d) => d.startsWith('2019-')), apiDates.join(','));
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the key to the marks is in the chart and in its SVG; the embed and its CSV keep the window', T, async () => {
  const { page, problems } = await open(1440, '/?metric=criminal_cases.change.%25');
  const text = await svgText(page);
  assert.match(text, /统计期末/);
  assert.match(text, /报道日期（原文未注明时间）/);
  assert.match(text, /统计所涵盖的时段/);
  const actions = page.getByTestId('timeline-actions');
  await page.getByTestId('timeline-source').filter({ hasText: /来源：/ }).waitFor();
  const [svg] = await Promise.all([page.waitForEvent('download'), actions.getByTestId('export-svg').click()]);
  const picture = fs.readFileSync((await svg.path())!, 'utf8');
  assert.ok(picture.includes('统计期末') && picture.includes('报道日期（原文未注明时间）'), 'the key travels with the picture');

  await page.goto(`${session.server.url}/embed/timeline?metric=count&from=2019&to=2019`);
  await page.locator('[data-testid="embed-chart"][data-ready="true"]').waitFor();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const rows = Papa.parse<Record<string, string>>(fs.readFileSync((await csv.path())!, 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
  assert.ok(rows.length > 0 && rows.every((r) => r.date!.startsWith('2019-')), rows.map((r) => r.date).join(','));
  assert.deepEqual(problems, []);
  await page.close();
});
