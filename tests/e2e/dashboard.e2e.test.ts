/**
 * End to end in headless Chromium against a production build (tests/e2e/server.ts) with the
 * real extractor's output for data/raw: the dashboard's filters, timeline and table, the URL as
 * the state, the article reader, and English.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import Papa from 'papaparse';
import { FIGURE_CSV_COLUMNS } from '../../lib/schema';
import type { Page } from 'playwright-core';
import { openPage as openPageOf, useBrowserSession } from './browser';

const T = { timeout: 120_000 };


const session = useBrowserSession({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });

const openPage = () => openPageOf(session.context);

async function ready(page: Page, view = '330000'): Promise<void> {
  await page.locator(`[data-testid="zj-map"][data-view="${view}"][data-ready="true"]`).waitFor();
}

/** The fact ids of the table rows shown, in order. */
async function tableFacts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="facts-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-fact') ?? ''));
}

/** Figures of a region in the map's region list (its row is left out when it has none). */
async function regionRowFacts(page: Page, code: string): Promise<number> {
  const cells = page.locator(`[data-testid="region-table"] tr[data-code="${code}"] td.num`);
  return (await cells.count()) === 0 ? 0 : Number(await cells.first().innerText());
}

test('the dashboard shows map, timeline and table together, in Chinese, without console problems', T, async () => {
  const { page, problems } = await openPage();
  const res = await page.goto(`${session.server.url}/`, { waitUntil: 'networkidle' });
  assert.equal(res?.status(), 200);
  await ready(page);
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  await page.locator('[data-testid="timeline-chart"] svg').first().waitFor();
  assert.ok((await page.locator('[data-testid="timeline-chart"] svg path').count()) > 0, 'timeline drawn');
  const facts = await tableFacts(page);
  assert.ok(facts.length > 0 && facts.length <= 20, `table rows (${facts.length})`);
  assert.match(await page.getByTestId('table-total').innerText(), /共\d+条统计/);
  // The timeline has a data-table alternative, and the chart is described for screen readers.
  assert.equal(await page.locator('[data-testid="timeline-table"] tbody tr').count(), 0, 'rows are drawn when the table is opened');
  await page.locator('details.chart-table summary').click();
  // The rows come with the details' toggle event (a task after the click) and React's render after it.
  await page.locator('[data-testid="timeline-table"] tbody tr').first().waitFor();
  assert.ok((await page.locator('[data-testid="timeline-table"] tbody tr').count()) > 0);
  assert.ok(((await page.locator('[data-testid="timeline-chart"] [aria-label]').first().getAttribute('aria-label')) ?? '').startsWith('时间线'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('metric and time window go into the URL; map and table follow; the URL reproduces the view', T, async () => {
  const { page, problems } = await openPage();
  await page.goto(`${session.server.url}/?level=prefecture`);
  await ready(page);
  const allRows = (await tableFacts(page)).length;

  await page.getByTestId('metric-select').selectOption('criminal_cases.change.%');
  await page.waitForURL((u) => u.searchParams.get('metric') === 'criminal_cases.change.%');
  await ready(page);
  await page.locator('.dashboard[data-metric="criminal_cases.change.%"]').waitFor();
  const crimeRows = await tableFacts(page);
  assert.ok(crimeRows.length > 0 && crimeRows.length < allRows, `crime rows ${crimeRows.length} of ${allRows}`);
  // Every row is a change of criminal cases (a level, or police calls, never share this table's measure).
  const measures = await page.locator('[data-testid="facts-table"] tbody .row-measure').allInnerTexts();
  assert.ok(measures.every((m) => m.includes('刑事案件 · 增减')), measures.join('|'));
  assert.match(await page.getByTestId('map-legend').innerText(), /刑事案件 · 增减（%）/);
  assert.match(await page.locator('#timeline-title').innerText(), /增减/);
  const lishuiBefore = await regionRowFacts(page, '331100');
  assert.ok(lishuiBefore > 0, '丽水市 has crime changes before the window');

  await page.getByTestId('from-input').fill('2018-01');
  await page.getByTestId('to-input').fill('2018-06');
  await page.getByTestId('apply-filters').click();
  await page.waitForURL((u) => u.searchParams.get('from') === '2018-01' && u.searchParams.get('to') === '2018-06');
  await page.locator('.dashboard[data-window="2018-01|2018-06"]').waitFor();
  const windowed = await tableFacts(page);
  assert.ok(windowed.length > 0 && windowed.length < crimeRows.length, `window rows ${windowed.length} of ${crimeRows.length}`);
  const dates = await page.locator('[data-testid="facts-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-date') ?? ''));
  assert.ok(dates.every((d) => d >= '2018-01-01' && d <= '2018-06-30'), dates.join(','));
  assert.equal(await regionRowFacts(page, '331100'), 0, 'the map table follows the window');

  // The same URL, loaded afresh, gives the same view.
  const url = page.url();
  const { page: again, problems: againProblems } = await openPage();
  await again.goto(url);
  await ready(again);
  assert.deepEqual(await tableFacts(again), windowed);
  assert.equal(await again.getByTestId('metric-select').inputValue(), 'criminal_cases.change.%');
  assert.equal(await again.getByTestId('from-input').inputValue(), '2018-01');
  assert.equal(await again.getByTestId('map-legend').innerText(), await page.getByTestId('map-legend').innerText());
  assert.deepEqual([...problems, ...againProblems], []);
  await again.close();
  await page.close();
});

test('the table sorts, and a row opens its highlighted sentence in the article', T, async () => {
  const { page, problems } = await openPage();
  await page.goto(`${session.server.url}/?metric=crime.change.%25`);
  await ready(page);
  await page.getByTestId('sort-value').click();
  await page.waitForURL((u) => u.searchParams.get('sort') === 'value');
  await page.locator('th[aria-sort="descending"] [data-testid="sort-value"]').waitFor();
  const values = await page.locator('[data-testid="facts-table"] tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-value'))));
  assert.deepEqual(values, [...values].sort((a, b) => b - a), 'sorted by value, largest first');

  // "Download CSV" gives exactly the rows shown, safe to open in a spreadsheet.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  assert.ok(csv.startsWith('\ufeff'), 'BOM for Excel/WPS');
  const lines = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(lines.length - 1, values.length, 'one line per row shown');
  const shownIds = await tableFacts(page);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  assert.deepEqual(parsed.meta.fields, [...FIGURE_CSV_COLUMNS], 'the columns every figure download shares, in English');
  parsed.data.forEach((row, i) => assert.ok(row.url!.endsWith(`#fact-${shownIds[i]}`), `row ${i} is ${shownIds[i]}`));
  assert.ok(lines.every((l) => l.split(',').every((cell) => !/^[=+@\t\r]/.test(cell))), 'no cell starts a formula');

  const link = page.getByTestId('table-fact-link').first();
  const href = (await link.getAttribute('href')) ?? '';
  assert.match(href, /^\/article\/[^#?]+#fact-.+$/);
  const figure = await link.innerText();
  await link.click();
  await page.waitForURL(/\/article\/[^#]+#fact-/);
  const id = decodeURIComponent(href.split('#')[1]!);
  await page.waitForFunction((markId) => {
    const el = document.getElementById(markId);
    const r = el?.getBoundingClientRect();
    return !!el && el.classList.contains('is-target') && !!r && r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;
  }, id);
  const digits = figure.match(/\d+(\.\d+)?/)![0];
  assert.ok((await page.locator(`mark[id="${id}"]`).innerText()).includes(digits), `mark contains ${digits}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('app links navigate on the client: the region list drills without reloading the page', T, async () => {
  const { page, problems } = await openPage();
  await page.goto(`${session.server.url}/?level=prefecture`);
  await ready(page);
  await page.evaluate('window.__sameDocument = true');
  const link = page.locator('[data-testid="region-table"] tr[data-code="331100"] th a[data-nav]').first();
  assert.equal(await link.getAttribute('href'), '/?region=331100&level=prefecture');
  await link.click();
  await ready(page, '331100');
  assert.equal(new URL(page.url()).searchParams.get('region'), '331100');
  assert.equal(await page.evaluate('window.__sameDocument === true'), true, 'the same document: no full page load');
  // Back to the province's map, again without a load.
  await page.goBack();
  await ready(page);
  assert.equal(await page.evaluate('window.__sameDocument === true'), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the region picker finds a region by pinyin; the table keeps to that region', T, async () => {
  const { page, problems } = await openPage();
  await page.goto(`${session.server.url}/`);
  await ready(page);
  const search = page.getByTestId('region-search');
  await search.focus();
  await page.keyboard.type('lishui');
  await page.locator('[role="option"][data-code="331100"]').waitFor();
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('region') === '331100');
  await ready(page, '331100');
  const regions = await page.locator('[data-testid="facts-table"] tbody th').allInnerTexts();
  assert.ok(regions.length > 0 && regions.every((r) => r === '丽水市' || r === '龙泉市' || r === '莲都区' || /^\S+[县市区]$/.test(r)), regions.join('|'));
  assert.ok(regions.every((r) => r !== '安吉县' && r !== '浙江省'), regions.join('|'));
  assert.match(await page.getByTestId('region-current').innerText(), /丽水市/);
  assert.deepEqual(problems, []);
  await page.close();
});

/** The dashboard with the crime-change timeline drawn and scrolled into view. */
async function openTimeline(page: Page) {
  await page.goto(`${session.server.url}/?metric=crime.change.%25`);
  await ready(page);
  const chart = page.locator('[data-testid="timeline-chart"]');
  await chart.locator('svg').first().waitFor();
  await chart.scrollIntoViewIfNeeded();
  return chart;
}

test('zooming the timeline sets the time window in the URL', T, async () => {
  const { page, problems } = await openPage();
  const chart = await openTimeline(page);
  const box = await chart.boundingBox();
  assert.ok(box);
  // The slider's left handle: where the pointer over the slider row turns into a resize cursor.
  const y = box.y + 380 - 12 - 11;
  const surface = chart.locator('div').first();
  let handleX = -1;
  for (let x = box.x; x < box.x + box.width / 2; x += 2) {
    await page.mouse.move(x, y);
    const cursor = await surface.evaluate((el) => getComputedStyle(el.querySelector('div') ?? el).cursor);
    if (cursor === 'ew-resize' || cursor === 'col-resize') {
      handleX = x;
      break;
    }
  }
  assert.ok(handleX > 0, 'found the slider handle');
  await page.mouse.down();
  await page.mouse.move(handleX + box.width / 3, y, { steps: 8 });
  await page.mouse.up();
  await page.waitForURL((u) => !!u.searchParams.get('from') && !!u.searchParams.get('to'));
  const u = new URL(page.url());
  assert.match(u.searchParams.get('from')!, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(u.searchParams.get('from')! < u.searchParams.get('to')!);
  assert.equal(u.searchParams.get('metric'), 'crime.change.%', 'the old form stays in the URL as written');
  await page.locator(`.dashboard[data-window="${u.searchParams.get('from')}|${u.searchParams.get('to')}"]`).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking a point of the timeline opens its statistic in the article', T, async () => {
  const { page, problems } = await openPage();
  const chart = await openTimeline(page);
  const target = page.locator('[data-testid="timeline-targets"] li[data-href*="#fact-"]').first();
  await target.waitFor({ state: 'attached' });
  const href = (await target.getAttribute('data-href'))!;
  const x = Number(await target.getAttribute('data-x'));
  const y = Number(await target.getAttribute('data-y'));
  const box = (await chart.boundingBox())!;
  // Hovering shows the point's value, period and quote.
  await page.mouse.move(box.x + x, box.y + y);
  const tip = page.locator('[data-testid="timeline-chart"] div', { hasText: '点击打开原文' }).last();
  await tip.waitFor();
  assert.match(await tip.innerText(), /下降/);
  await page.mouse.click(box.x + x, box.y + y);
  await page.waitForURL((u) => u.pathname.startsWith('/article/') && u.hash.startsWith('#fact-'));
  const id = decodeURIComponent(href.split('#')[1]!);
  assert.equal(decodeURIComponent(new URL(page.url()).hash.slice(1)), id);
  await page.waitForFunction((markId) => document.getElementById(markId)?.classList.contains('is-target') === true, id);
  assert.deepEqual(problems, []);
  await page.close();
});

test('English: ?lang=en, <html lang="en">, English labels and numbers, Chinese names with pinyin', T, async () => {
  const { page, problems } = await openPage();
  await page.goto(`${session.server.url}/?lang=en&metric=volunteers.level.%E4%BA%BA`);
  await ready(page);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.match(await page.locator('.filter-form').innerText(), /Measure/);
  assert.match(await page.locator('#facts-title').innerText(), /^Statistics$/);
  const figures = (await page.getByTestId('table-fact-link').allInnerTexts()).join('|');
  assert.match(figures, /more than 13,000 people/);
  assert.doesNotMatch(figures, /万/);
  assert.match(await page.getByTestId('facts-table').innerText(), /龙泉市 Longquan/);
  // Links keep the language.
  assert.match((await page.getByTestId('table-fact-link').first().getAttribute('href')) ?? '', /\?lang=en#fact-/);
  // The article reader in English: the statistic highlighted, labels and figures in English.
  const enHref = (await page.getByTestId('table-fact-link').first().getAttribute('href'))!;
  const { page: reader, problems: readerProblems } = await openPage();
  await reader.goto(`${session.server.url}${enHref}`);
  assert.equal(await reader.locator('html').getAttribute('lang'), 'en');
  await reader.getByRole('heading', { level: 2, name: /Statistics in this article/ }).waitFor();
  const factId = decodeURIComponent(enHref.split('#')[1]!);
  await reader.waitForFunction((markId) => document.getElementById(markId)?.classList.contains('is-target') === true, factId);
  // The region page too.
  await reader.goto(`${session.server.url}/region/331181?lang=en`);
  assert.equal(await reader.locator('html').getAttribute('lang'), 'en');
  await reader.getByRole('heading', { level: 1, name: '龙泉市 Longquan' }).waitFor();
  assert.match(await reader.locator('main').innerText(), /more than 13,000 people/);
  assert.deepEqual(readerProblems, []);
  await reader.close();

  // The toggle goes back to Chinese, keeping the view.
  await page.getByTestId('lang-toggle').click();
  await page.waitForURL((u) => !u.searchParams.has('lang') && u.searchParams.get('metric') === 'volunteers.level.人');
  await ready(page);
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  assert.match((await page.getByTestId('table-fact-link').allInnerTexts()).join('|'), /1\.3万多人/);
  // The theme switch works the same way, and keeps the language and the view.
  await page.getByTestId('theme-toggle').click();
  await page.waitForURL((u) => u.searchParams.get('theme') === 'dark' && u.searchParams.get('metric') === 'volunteers.level.人');
  await ready(page);
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  assert.deepEqual(problems, []);
  await page.close();
});

test('malformed parameters fall back to defaults; an empty window explains itself', T, async () => {
  const { page, problems } = await openPage();
  const res = await page.goto(`${session.server.url}/?metric=%3Cscript%3E&region=12&from=2018-13&to=x&lang=fr&theme=neon&page=-3&sort=evil`);
  assert.equal(res?.status(), 200);
  await ready(page);
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  // The default measure: the indicator with the widest coverage, never the count of statistics.
  const shown = await page.locator('.dashboard').getAttribute('data-metric');
  assert.equal(shown, 'volunteers.level.人');
  assert.equal(await page.getByTestId('metric-select').inputValue(), shown);
  const empty = await page.goto(`${session.server.url}/?metric=crime.change.%25&region=331181&from=2030-01&to=2030-12`);
  assert.equal(empty?.status(), 200);
  await ready(page, '331100');
  assert.match(await page.getByTestId('table-empty').innerText(), /龙泉市在2030年1月—12月暂无符合条件的统计/);
  // A region without any figure of the measure: the timeline says so too.
  await page.goto(`${session.server.url}/?metric=satisfaction.level.%25&region=331100`);
  await ready(page, '331100');
  assert.match(await page.getByTestId('timeline-empty').innerText(), /此范围内没有可画的统计/);
  assert.match(await page.getByTestId('table-empty').innerText(), /丽水市暂无符合条件的统计/);

  // Regions beyond the top ones come from the server one request at a time, never the whole corpus.
  const api = await fetch(`${session.server.url}/api/timeline?metric=crime.change.%25&codes=331181,bogus&lang=en`);
  assert.equal(api.status, 200);
  const body = (await api.json()) as { series: { code: string; name: string; points: { href: string }[] }[] };
  assert.deepEqual(body.series.map((s) => s.code), ['331181']);
  assert.equal(body.series[0]!.name, '龙泉市 Longquan');
  assert.ok(body.series[0]!.points.every((p) => /^\/article\/[^#]+\?lang=en#fact-/.test(p.href)));
  assert.deepEqual(problems, []);
  await page.close();
});
