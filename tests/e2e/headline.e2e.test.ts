/**
 * What a policy reader sees first, end to end in Chromium at 1440 and 390 px: the headline panel,
 * the default measure (the widest-covered indicator, never a count of statistics), the province map
 * at county level inside prefecture borders, the 地级/县级 switch, the region list with indicator,
 * subject and "N figures", and no map left blank while data exists below.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { loadExtractedDataset as loadDataset } from '../../lib/data/load';
import { measureId, measureOf } from '../../lib/data/measures';
import { REGION_TREE } from '../../lib/data/regions';
import { openPage as openPageOf, useBrowserSession } from './browser';

const T = { timeout: 120_000 };
const WIDTHS = [1440, 390] as const;

const session = useBrowserSession({ viewport: { width: 1440, height: 900 } });

async function open(width: number, path: string): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await openPageOf(session.context);
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  await page.goto(`${session.server.url}${path}`);
  await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor();
  return { page, problems };
}

for (const width of WIDTHS) {
  test(`${width} px: / opens on 浙江省's latest figures, each with its period and a link to its sentence`, T, async () => {
    const { page, problems } = await open(width, '/');
    const panel = page.getByTestId('headline');
    assert.equal(await page.locator('h1').count(), 1, 'one h1');
    assert.equal((await page.locator('h1').innerText()).trim(), '浙江省 · 最新数据');
    const cards = panel.locator('.headline-card');
    assert.deepEqual(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator'))), ['criminal_cases', 'homicide', 'property_crime', 'serious_crime']);
    const first = cards.first();
    assert.match(await first.innerText(), /刑事案件[\s\S]*同比下降13\.7%[\s\S]*2018年1月—6月/);
    // Every source link says which figure it opens (no two "原文" links alike).
    const names = await panel.getByTestId('headline-source').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
    assert.equal(new Set(names).size, names.length, names.join('|'));
    assert.match(names[0]!, /^查看原文：刑事案件 同比下降13\.7%$/);
    // The card is visible without scrolling.
    const box = (await first.boundingBox())!;
    assert.ok(box.y + box.height <= (width < 600 ? 844 : 900), `first card at ${box.y}`);
    await first.getByTestId('headline-source').click();
    await page.waitForURL((u) => u.pathname.startsWith('/article/') && u.hash.startsWith('#fact-'));
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await page.waitForFunction((markId) => document.getElementById(markId)?.classList.contains('is-target') === true, id);
    assert.match(await page.locator(`mark[id="${id}"]`).innerText(), /13\.7%/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test(`${width} px: the map shows the widest-covered indicator, all counties inside prefecture borders, and names measure and period`, T, async () => {
    const { page, problems } = await open(width, '/');
    assert.equal(await page.locator('.dashboard').getAttribute('data-metric'), 'volunteers.level.人');
    assert.equal(await page.locator('.dashboard').getAttribute('data-level'), 'county');
    assert.equal(await page.locator('[data-testid="zj-map-targets"] li').count(), 87);
    const legend = await page.getByTestId('map-legend').innerText();
    assert.match(legend, /^志愿者人数 · 数值（人） · 2018年/);
    // The switch says how many regions each level has figures for; 地级 colours prefectures.
    const levels = page.getByTestId('level-switch');
    assert.match(await levels.innerText(), /地级\s*0个地区有数据[\s\S]*县级\s*2个地区有数据/);
    // Hover: which indicator and subject the value is.
    const target = page.locator('[data-testid="zj-map-targets"] li[data-code="331181"]');
    const x = Number(await target.getAttribute('data-x'));
    const y = Number(await target.getAttribute('data-y'));
    await page.locator('[data-testid="zj-map"]').scrollIntoViewIfNeeded();
    const chart = (await page.locator('[data-testid="zj-map"] .zj-chart').boundingBox())!;
    await page.mouse.move(chart.x + x, chart.y + y);
    const tip = page.locator('[data-testid="zj-map"] div', { hasText: '志愿者人数 · 平安志愿者' }).last();
    await tip.waitFor();
    assert.match(await tip.innerText(), /龙泉市[\s\S]*1\.3万多人/);
    // The region list: indicator and subject; a region with several figures lists them on click.
    const list = page.getByTestId('region-table');
    assert.match(await list.locator('tr[data-code="331181"]').innerText(), /1\.3万多人[\s\S]*志愿者人数 · 平安志愿者/);
    const several = list.locator('tr[data-code="330523"]').getByTestId('region-figures');
    await several.locator('summary').click();
    assert.match(await several.locator('summary').innerText(), /2条数据/);
    assert.equal(await several.locator('li a[href*="#fact-"]').count(), 2);
    await levels.getByRole('link', { name: /地级/ }).click();
    await page.waitForURL((u) => u.searchParams.get('level') === 'prefecture');
    await page.locator('.dashboard[data-level="prefecture"]').waitFor();
    await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor();
    assert.equal(await page.locator('[data-testid="zj-map-targets"] li').count(), 11);
    assert.match(await page.getByTestId('map-legend').innerText(), /仅下级地区有数据/);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('no map is blank while its view has data: every measure, at the default level', T, async () => {
  const ds = loadDataset(session.server.data.dir);
  const below = new Map<string, boolean>();
  for (const f of ds.facts) {
    const id = measureId(measureOf(f));
    below.set(id, (below.get(id) ?? false) || (f.regionCode !== '330000' && REGION_TREE.get(f.regionCode) !== undefined));
  }
  assert.ok(below.size >= 5, [...below.keys()].join(' '));
  for (const [id, hasBelow] of below) {
    const html = await (await fetch(`${session.server.url}/?metric=${encodeURIComponent(id)}`)).text();
    assert.match(html, new RegExp(`data-metric="${id.replace(/[.%]/g, '\\$&')}"`));
    const rows = [...html.matchAll(/<tr data-code="\d{6}"/g)].length;
    assert.equal(rows > 0, hasBelow, `${id}: ${rows} regions coloured`);
  }
});
