/**
 * Display settings, end to end in Chromium at 1440 and 390 px: the dark theme reaches the map
 * card (no light box inside a dark page); 重置 and the logo keep theme and language; in English the
 * map labels are pinyin, a paper's name carries its English gloss, and indicator names come from
 * lib/indicators.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { INDICATORS } from '../../lib/indicators';
import { regionPinyin } from '../../lib/data/region-names';
import { openPage, useBrowserSession } from './browser';
import { busiestArticle, openKind } from './page-kinds';

const T = { timeout: 180_000 };
// (tsx names inner functions with a __name helper the page does not have: give it one.)
const session = useBrowserSession({ viewport: { width: 1440, height: 900 } }, 20_000, async (s) => { await s.context.addInitScript('window.__name = window.__name || ((f) => f)'); });

async function sized(width: number): Promise<Page> {
  const { page } = await openPage(session.context);
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  return page;
}

const luminance = (rgb: string) => {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

for (const width of [1440, 390]) {
  test(`${width} px: the dark theme reaches the map card: dark card, dark map box, light labels`, T, async () => {
    const page = await sized(width);
    await openKind(page, session.server.url, { name: 'dashboard', path: '/' }, '/?theme=dark');
    const colours = await page.evaluate(() => {
      const bgOf = (el: Element | null): string => {
        for (let e = el; e; e = e.parentElement) {
          const c = getComputedStyle(e).backgroundColor;
          if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
        }
        return 'rgb(255, 255, 255)';
      };
      const map = document.querySelector('[data-testid="zj-map"]')!;
      const svg = map.querySelector('svg');
      const rect = svg?.querySelector(':scope > rect');
      return {
        card: bgOf(document.querySelector('.map-card')),
        box: bgOf(map),
        svgFill: rect?.getAttribute('fill') ?? 'none',
        labels: [...map.querySelectorAll('svg text')].slice(0, 5).map((t) => t.getAttribute('fill') ?? ''),
      };
    });
    assert.ok(luminance(colours.card) < 0.05, `map card ${colours.card}`);
    assert.ok(luminance(colours.box) < 0.05, `map box ${colours.box}`);
    assert.ok(colours.svgFill === 'none' || colours.svgFill === 'transparent' || luminance(colours.svgFill.startsWith('#') ? hexToRgb(colours.svgFill) : colours.svgFill) < 0.05, `chart background ${colours.svgFill}`);
    await page.close();
  });

  test(`${width} px: 重置 and the logo keep theme and language`, T, async () => {
    const page = await sized(width);
    await openKind(page, session.server.url, { name: 'dashboard', path: '/' }, '/?theme=dark&lang=en&region=331100&from=2019');
    await page.getByTestId('reset-filters').click();
    await page.waitForURL((u) => u.searchParams.get('region') === null);
    let u = new URL(page.url());
    assert.deepEqual([u.pathname, u.searchParams.get('lang'), u.searchParams.get('theme'), u.searchParams.get('from')], ['/', 'en', 'dark', null]);
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
    await page.goto(`${session.server.url}/region/331181?theme=dark&lang=en`);
    await page.locator('.site-title').click();
    await page.waitForURL((x) => x.pathname === '/');
    u = new URL(page.url());
    assert.deepEqual([u.searchParams.get('lang'), u.searchParams.get('theme')], ['en', 'dark']);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.close();
  });
}

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1).padEnd(6, '0').slice(0, 6), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

test('English: map labels in pinyin, the paper with its English gloss, indicator names from the table', T, async () => {
  const page = await sized(1440);
  await openKind(page, session.server.url, { name: 'dashboard', path: '/' }, '/?lang=en&level=prefecture');
  const labels = await page.locator('[data-testid="zj-map"] svg text').evaluateAll((ts) => ts.map((t) => t.textContent ?? '').filter(Boolean));
  assert.ok(labels.some((l) => l.startsWith(regionPinyin('331100'))), `Lishui among ${labels.join('|')}`);
  assert.deepEqual(labels.filter((l) => /[\u4e00-\u9fff]/.test(l)), [], 'no Chinese on the English map');
  // The paper filter and the source line name the paper with its gloss.
  assert.match(await page.locator('select[name="paper"] option').nth(1).innerText(), /^浙江法制报 \(Zhejiang Legal Daily\)$/);
  // (The source line arrives once the page is idle.)
  const source = page.getByTestId('map-source').filter({ hasText: /Source:/ });
  await source.waitFor();
  assert.match(await source.innerText(), /^Source: 浙江法制报 \(Zhejiang Legal Daily\) · /);
  // Indicator names: the table's English names, nothing else.
  const english = new Set<string>(INDICATORS.map((i) => i.en));
  const shown = await page.locator('.headline-card .card-name').allInnerTexts();
  assert.ok(shown.length > 0);
  for (const s of shown) assert.ok(english.has(s.trim()), `"${s}" is an indicator's English name`);
  await page.goto(`${session.server.url}/article/${encodeURIComponent(busiestArticle(session.server.data.dir))}?lang=en`);
  assert.match(await page.locator('.article-meta').innerText(), /浙江法制报 \(Zhejiang Legal Daily\)/);
  const subjects = await page.locator('.data-table td[data-label="Subject"] .muted').allInnerTexts();
  assert.ok(subjects.length > 0 && subjects.every((s) => english.has(s.trim())), subjects.join('|'));
  await page.close();
});
