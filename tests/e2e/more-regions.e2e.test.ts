/**
 * The timeline's "other regions" list, end to end in Chromium at 1440 and 390 px, on a synthetic
 * folder with more regions than the timeline draws (more-regions-data.ts): the list names the
 * regions beyond the drawn ones (as text); ticking one loads it from /api/timeline and the chart,
 * its data table and its CSV show it; unticking removes it; a failed request says so and leaves the
 * chart as it was; a new time window applies to the added regions too; the list and the data table
 * opened before the page's scripts ran show their content once they have. One server for all cases.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Locator, Page, Request, Route } from 'playwright-core';
import { openAt, openPage, useBrowserSession } from './browser';
import { DRAWN, factIdOf, HOSTILE, MEASURE, OTHERS, REGIONS, writeMoreRegionsData, type SyntheticRegion } from './more-regions-data';

const T = { timeout: 120_000 };
let dir = '';
const session = useBrowserSession({ viewport: { width: 1440, height: 900 }, acceptDownloads: true }, 20_000, undefined, () => {
  dir = writeMoreRegionsData();
  return { env: { DATA_DIR: dir } };
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const [YUHANG, FUYANG] = OTHERS as [SyntheticRegion, SyntheticRegion, SyntheticRegion];

async function open(width: number): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await openAt(session, width, `/?metric=${encodeURIComponent(MEASURE)}`);
  await page.getByTestId('timeline').scrollIntoViewIfNeeded();
  await page.locator('[data-testid="timeline-chart"] svg').first().waitFor();
  return { page, problems };
}

/** What a reader sees of the chart: the regions its legend names, and the figures it draws (by the statistic each links to). */
async function chart(page: Page): Promise<{ legend: string; points: string[] }> {
  const legend = await page.locator('[data-testid="timeline-chart"] svg').first().evaluate((svg) => [...svg.querySelectorAll('text')].map((t) => t.textContent).join('|'));
  const points = await page.locator('[data-testid="timeline-targets"] li').evaluateAll((lis) => lis.map((li) => decodeURIComponent(li.getAttribute('data-href')!.split('#fact-')[1]!)).sort());
  return { legend, points };
}

/** Waits until the chart draws exactly `regions`' figures in `years` (all years when omitted). */
async function waitForChart(page: Page, regions: readonly SyntheticRegion[], years?: readonly number[]): Promise<{ legend: string; points: string[] }> {
  const want = regions.flatMap((r) => r.years.filter((y) => !years || years.includes(y)).map((y) => factIdOf(r, y))).sort();
  const drawn = page.waitForFunction((ids) => {
    const got = [...document.querySelectorAll('[data-testid="timeline-targets"] li')].map((li) => decodeURIComponent(li.getAttribute('data-href')!.split('#fact-')[1]!)).sort();
    return JSON.stringify(got) === JSON.stringify(ids);
  }, want);
  await drawn.catch(() => {}); // on time out, the assertion below says what is drawn instead
  const seen = await chart(page);
  assert.deepEqual(seen.points, want, 'the figures drawn');
  for (const r of REGIONS) assert.equal(seen.legend.includes(r.name), regions.includes(r), `legend ${regions.includes(r) ? 'has' : 'lacks'} ${r.name}: ${seen.legend}`);
  return seen;
}

/** The regions the timeline's data table lists, opened as a reader opens it. */
async function tableRegions(page: Page): Promise<string[]> {
  const details = page.locator('details.chart-table');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  // Its rows are drawn after the details' toggle event (TimelineTable.tsx), a task after the click.
  await page.locator('[data-testid="timeline-table"] tbody tr').first().waitFor();
  return [...new Set(await page.locator('[data-testid="timeline-table"] tbody th').allTextContents())].sort();
}

const names = (regions: readonly SyntheticRegion[]) => regions.map((r) => r.name).sort();
const box = (list: Locator, r: SyntheticRegion) => list.locator('label').filter({ hasText: r.name }).getByRole('checkbox');

/** Clicks `r`'s box and returns the /api/timeline request it made. */
async function toggle(page: Page, list: Locator, r: SyntheticRegion): Promise<URL> {
  const [request] = await Promise.all([page.waitForRequest((q: Request) => q.url().includes('/api/timeline?')), box(list, r).click()]);
  await list.locator('fieldset:not([disabled])').waitFor();
  return new URL(request.url());
}

for (const width of [1440, 390]) {
  test(`${width} px: other regions are listed, added, removed, kept through a new window, and a failed load changes nothing`, T, async () => {
    const { page, problems } = await open(width);
    await waitForChart(page, DRAWN);
    const list = page.getByTestId('more-regions');
    await list.locator('summary').click();
    await list.locator('label').nth(OTHERS.length - 1).waitFor();
    // The regions beyond the drawn ones, most figures first, names as text (the hostile one too).
    assert.deepEqual(await list.locator('label').allTextContents(), OTHERS.map((r) => `${r.name} (${r.years.length})`));
    assert.equal(await page.locator('img[src="x"]').count(), 0);

    // Ticking 余杭区 loads its series alone, in this view's measure; the chart, its table and its CSV show it.
    const added = await toggle(page, list, YUHANG);
    assert.equal(added.searchParams.get('codes'), YUHANG.code);
    assert.equal(added.searchParams.get('metric'), MEASURE);
    await waitForChart(page, [...DRAWN, YUHANG]);
    assert.equal(await box(list, YUHANG).isChecked(), true);
    assert.deepEqual(await tableRegions(page), names([...DRAWN, YUHANG]));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('timeline-actions').getByTestId('export-csv').click()]);
    const rows = Papa.parse<Record<string, string>>(fs.readFileSync((await csv.path())!, 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
    assert.deepEqual([...new Set(rows.map((r) => r.region_name))].sort(), names([...DRAWN, YUHANG]));

    // The hostile name is drawn in the legend as text.
    const both = await toggle(page, list, HOSTILE);
    assert.deepEqual(both.searchParams.get('codes')!.split(',').sort(), [YUHANG.code, HOSTILE.code].sort());
    await waitForChart(page, [...DRAWN, YUHANG, HOSTILE]);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.equal(await page.evaluate(() => (window as { __xss?: number }).__xss), undefined);

    // Unticking 余杭区 removes it from the chart and the table.
    assert.equal((await toggle(page, list, YUHANG)).searchParams.get('codes'), HOSTILE.code);
    const before = await waitForChart(page, [...DRAWN, HOSTILE]);
    assert.deepEqual(await tableRegions(page), names([...DRAWN, HOSTILE]));

    // A failed load: the error is shown, the box stays unticked, the chart stays as it was.
    await page.route('**/api/timeline?**', (route) => route.fulfill({ status: 500, body: 'boom' }));
    await toggle(page, list, FUYANG);
    await assert.doesNotReject(list.getByRole('alert').filter({ hasText: /未能加载所选地区（HTTP 500）/ }).waitFor());
    assert.equal(await box(list, FUYANG).isChecked(), false);
    assert.deepEqual(await chart(page), before);
    assert.deepEqual(await tableRegions(page), names([...DRAWN, HOSTILE]));
    await page.unroute('**/api/timeline?**');

    // A new window (the filter form, a client-side navigation) applies to the added region too.
    await toggle(page, list, YUHANG);
    await waitForChart(page, [...DRAWN, YUHANG, HOSTILE]);
    assert.equal(await list.getByRole('alert').count(), 0, 'the error is gone once a load succeeds');
    await page.getByTestId('from-input').fill('2021');
    await page.getByTestId('to-input').fill('2022');
    const [reload] = await Promise.all([page.waitForRequest((q: Request) => q.url().includes('/api/timeline?')), page.getByTestId('apply-filters').click()]);
    const again = new URL(reload.url());
    assert.deepEqual([again.searchParams.get('from'), again.searchParams.get('to'), again.searchParams.get('codes')!.split(',').sort()], ['2021', '2022', [YUHANG.code, HOSTILE.code].sort()]);
    // In 2021–2022 西湖区 and 滨江区 have one figure each, as 余杭区 and the hostile region: still the same five drawn.
    await waitForChart(page, [...DRAWN, YUHANG, HOSTILE], [2021, 2022]);
    assert.deepEqual(await tableRegions(page), names([...DRAWN, YUHANG, HOSTILE]));
    assert.deepEqual(problems.filter((p) => !/500/.test(p)), []);
    await page.close();
  });
}

test('390 px: the list and the data table opened while the scripts still load show their content once they have', T, async () => {
  const { page, problems } = await openPage(session.context);
  await page.setViewportSize({ width: 390, height: 844 });
  // The page's scripts are held (its styles are not) until both boxes are open, as on a slow phone.
  const held: Route[] = [];
  let hold = true;
  await page.route('**/_next/static/chunks/**', (r) => (hold && r.request().url().endsWith('.js') ? held.push(r) : r.continue()));
  await page.goto(`${session.server.url}/?metric=${encodeURIComponent(MEASURE)}`, { waitUntil: 'commit' });
  await page.getByTestId('more-regions').locator('summary').click();
  await page.locator('details.chart-table summary').click();
  assert.ok(held.length > 0, 'the scripts were held');
  hold = false;
  await Promise.all(held.map((r) => r.continue()));
  await page.locator('[data-testid="timeline-chart"] svg').first().waitFor();
  await page.getByTestId('more-regions').locator('label').nth(OTHERS.length - 1).waitFor();
  assert.deepEqual(await page.getByTestId('more-regions').locator('label').allTextContents(), OTHERS.map((r) => `${r.name} (${r.years.length})`));
  await page.locator('[data-testid="timeline-table"] tbody tr').first().waitFor();
  assert.deepEqual(await tableRegions(page), names(DRAWN));
  assert.deepEqual(problems, []);
  await page.close();
});
