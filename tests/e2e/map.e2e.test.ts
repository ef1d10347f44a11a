/**
 * End to end, in headless Chromium against a production build (tests/e2e/server.ts):
 * the map draws, drills 浙江省 → 丽水市 → 龙泉市, and a statistic leads to its mark in the article.
 * Clicks are real mouse clicks at each region's label anchor, which the map publishes as
 * data attributes (data-testid="zj-map-targets").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPage as openPageOf, useBrowserSession } from './browser';

const T = { timeout: 90_000 };


const session = useBrowserSession({ viewport: { width: 1280, height: 900 } });

/** A page that records console errors and uncaught exceptions. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const { page, problems } = await openPageOf(session.context, ['error']);
  return { page, errors: problems };
}

async function mapReady(page: Page, view: string): Promise<void> {
  await page.locator(`[data-testid="zj-map"][data-view="${view}"][data-ready="true"]`).waitFor();
}

/** Clicks the map where region `code` is drawn (its label anchor). */
async function clickRegion(page: Page, code: string): Promise<void> {
  const target = page.locator(`[data-testid="zj-map-targets"] li[data-code="${code}"]`);
  await target.waitFor({ state: 'attached' });
  const x = Number(await target.getAttribute('data-x'));
  const y = Number(await target.getAttribute('data-y'));
  await page.locator('[data-testid="zj-map"]').scrollIntoViewIfNeeded();
  const box = await page.locator('[data-testid="zj-map"] .zj-chart').boundingBox();
  assert.ok(box, 'chart has a box');
  assert.ok(x > 0 && y > 0 && x < box.width && y < box.height, `target ${code} (${x},${y}) inside the chart`);
  await page.mouse.click(box.x + x, box.y + y);
}

test('the dashboard draws the map without console errors, with a small script payload', T, async () => {
  const { page, errors } = await openPage();
  let scriptBytes = 0;
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scriptBytes += (await r.body().catch(() => Buffer.alloc(0))).length;
  });
  const res = await page.goto(`${session.server.url}/`, { waitUntil: 'networkidle' });
  assert.equal(res?.status(), 200);
  await mapReady(page, '330000');
  // 87 county shapes, and the prefecture borders over them across the whole map.
  const drawn = await page.locator('[data-testid="zj-map"] svg.zj-chart').evaluate((svg) => {
    const borders = [...svg.querySelectorAll('.map-outline path')];
    // Width and height of what each layer covers on screen.
    const cover = [svg.querySelectorAll('.map-regions path'), borders].map((els) => {
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const e of els) {
        const q = e.getBoundingClientRect();
        x0 = Math.min(x0, q.left); y0 = Math.min(y0, q.top); x1 = Math.max(x1, q.right); y1 = Math.max(y1, q.bottom);
      }
      return [x1 - x0, y1 - y0];
    });
    return {
      counties: svg.querySelectorAll('.map-regions a[data-code] path').length,
      map: cover[0]!,
      borders: cover[1]!,
      lines: borders.reduce((n, p) => n + (p.getAttribute('d') ?? '').split('m').length - 1, 0),
    };
  });
  assert.equal(drawn.counties, 87, 'county shapes');
  assert.ok(drawn.lines >= 11 && drawn.borders[0]! >= 0.9 * drawn.map[0]! && drawn.borders[1]! >= 0.9 * drawn.map[1]!, `prefecture borders: ${JSON.stringify(drawn)}`);
  // The default measure's figures are about counties: the province map colours all of them.
  assert.equal(await page.locator('.dashboard').getAttribute('data-level'), 'county');
  assert.equal(await page.locator('[data-testid="zj-map-targets"] li').count(), 87);
  assert.match(await page.getByTestId('breadcrumb').innerText(), /浙江省/);
  assert.match(await page.getByTestId('map-legend').innerText(), /无数据/);
  assert.match(await page.getByTestId('headline').innerText(), /浙江省 · 最新数据/);
  // No map code in the browser (drawn on the server); ECharts, tree-shaken, only for the timeline.
  assert.ok(scriptBytes > 0 && scriptBytes < 1_300_000, `script bytes ${scriptBytes}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('unknown URL parameters fall back to defaults; the selector puts the measure in the URL', T, async () => {
  const { page, errors } = await openPage();
  const res = await page.goto(`${session.server.url}/?metric=nonsense&region=999999`);
  assert.equal(res?.status(), 200);
  await mapReady(page, '330000');
  const select = page.getByTestId('metric-select');
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  assert.ok(options.length >= 2, 'measures to choose from');
  assert.equal(await select.inputValue(), await page.locator('.dashboard').getAttribute('data-metric'));
  assert.equal(await select.inputValue(), 'volunteers.level.人', 'the widest-covered measure');
  // Statistics per region: a choice, labelled as coverage of the sources.
  assert.equal(options.at(-1), 'count');
  assert.match(await select.locator('option[value="count"]').innerText(), /来源覆盖/);
  await select.selectOption('count');
  await page.waitForURL((u) => u.searchParams.get('metric') === 'count');
  await mapReady(page, '330000');
  assert.match(await page.getByTestId('map-legend').innerText(), /统计条数（来源覆盖）/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('浙江省 → 丽水市 → 龙泉市 → a statistic in its article', T, async () => {
  const { page, errors } = await openPage();
  await page.goto(`${session.server.url}/?level=prefecture`);
  await mapReady(page, '330000');
  assert.equal(await page.locator('[data-testid="zj-map-targets"] li').count(), 11, 'prefectures on request');

  await clickRegion(page, '331100');
  await page.waitForURL(/[?&]region=331100/);
  await mapReady(page, '331100');
  const crumb = page.getByTestId('breadcrumb');
  assert.match(await crumb.innerText(), /浙江省\s*›?\s*丽水市/);
  assert.ok((await page.locator('[data-testid="zj-map-targets"] li').count()) >= 9, '丽水市 counties drawn');
  assert.equal(await page.locator('[data-testid="zj-map-targets"] li[data-code="330100"]').count(), 0, 'only 丽水市 counties');

  // The breadcrumb goes back, and forward again: at county level a county opens its prefecture's map.
  await crumb.getByRole('link', { name: '浙江省' }).click();
  await mapReady(page, '330000');
  await page.getByTestId('level-switch').getByRole('link', { name: /县级/ }).click();
  await page.waitForURL((u) => u.searchParams.get('level') === 'county');
  await mapReady(page, '330000');
  await page.locator('.dashboard[data-level="county"]').waitFor();
  await clickRegion(page, '331181');
  await page.waitForURL((u) => u.searchParams.get('region') === '331181');
  await mapReady(page, '331100');
  assert.match(await page.getByTestId('headline').innerText(), /龙泉市 · 最新数据/, 'the county is the selected region');

  await clickRegion(page, '331181');
  await page.waitForURL(/\/region\/331181$/);
  await page.getByRole('heading', { level: 1, name: '龙泉市' }).waitFor();
  const body = await page.locator('main').innerText();
  assert.match(body, /626支/);
  assert.match(body, /1\.3万/);
  assert.match(await page.getByTestId('breadcrumb').innerText(), /浙江省\s*›?\s*丽水市\s*›?\s*龙泉市/);

  const row = page.locator('tr', { hasText: '626支' }).first();
  const link = row.getByTestId('fact-link');
  const href = await link.getAttribute('href');
  assert.match(href ?? '', /^\/article\/[^#]+#fact-.+$/);
  await link.click();
  await page.waitForURL(/\/article\/[^#]+#fact-/);
  const id = decodeURIComponent(href!.split('#')[1]!);
  const mark = page.locator(`mark[id="${id}"]`);
  await mark.waitFor();
  assert.equal(await mark.innerText().then((t) => t.includes('626')), true);
  await page.waitForFunction((markId) => {
    const r = document.getElementById(markId)?.getBoundingClientRect();
    return !!r && r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;
  }, id);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a drill keeps the reader at the map: the page does not jump back to its top', T, async () => {
  const { page, errors } = await openPage();
  await page.goto(`${session.server.url}/?level=prefecture`);
  await mapReady(page, '330000');
  // The map at the top of the window, the page's top out of view (a reader who scrolled to it).
  await page.locator('[data-testid="zj-map"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const before = await page.evaluate(() => window.scrollY);
  assert.ok(before > 100, `scrolled to the map (${before})`);
  await clickRegion(page, '331100');
  await page.waitForURL(/[?&]region=331100/);
  await mapReady(page, '331100');
  const after = await page.evaluate(() => ({ y: window.scrollY, top: document.querySelector('[data-testid="zj-map"]')!.getBoundingClientRect().top }));
  // Kept, or moved only as far as the shorter page below it needs (the browser clamps the scroll).
  assert.ok(after.y > before / 2, `not back at the top (${after.y}, was ${before})`);
  assert.ok(after.top > -200 && after.top < 450, `the drilled map is where it was (top ${after.top})`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('each region of the map is a link: named with its figure, Enter on it drills, and without JavaScript the map is drawn and drills', T, async () => {
  const { page, errors } = await openPage();
  await page.goto(`${session.server.url}/?metric=criminal_cases.change.%25&region=331100`);
  await mapReady(page, '331100');
  const longquan = page.locator('[data-testid="zj-map"] a[data-code="331181"]');
  const name = (await longquan.getAttribute('aria-label')) ?? '';
  assert.match(name, /^龙泉市，刑事案件.*下降61%/);
  assert.equal(await longquan.locator('title').textContent(), name, 'the hover title says the same');
  // Keyboard: the focused region shows its tooltip; Enter opens the county's page.
  await longquan.focus();
  assert.match(await page.getByTestId('map-tooltip').innerText(), /龙泉市[\s\S]*下降61%/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/region\/331181$/);
  await page.getByRole('heading', { level: 1, name: '龙泉市' }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();

  const noScript = await session.context.browser()!.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
  try {
    const bare = await noScript.newPage();
    await bare.goto(`${session.server.url}/?level=prefecture`);
    assert.equal(await bare.locator('[data-testid="zj-map"] .map-regions a[data-code]').count(), 11, 'the prefectures, drawn by the server');
    await bare.locator('[data-testid="zj-map"] a[data-code="331100"]').click();
    await bare.waitForURL((u) => u.searchParams.get('region') === '331100');
    assert.equal(await bare.locator('[data-testid="zj-map"]').getAttribute('data-view'), '331100');
    assert.ok((await bare.locator('[data-testid="zj-map"] .map-regions a[data-code^="3311"]').count()) >= 9, '丽水市 counties drawn');
  } finally {
    await noScript.close();
  }
});

test('unknown or malformed region and article ids answer 404', T, async () => {
  // Undecodable segments (/article/%E0%A4%A) are covered by routes.e2e.test.ts.
  for (const path of ['/region/999999', '/region/abc', '/region/33118', '/article/no-such-article', '/article/a%20b', '/article/..%2F..%2Fetc']) {
    const r = await fetch(`${session.server.url}${path}`);
    assert.equal(r.status, 404, path);
    assert.match(await r.text(), /未找到/, path);
  }
});
