/**
 * Phones and the page frame, end to end in Chromium at 390 and 1440 px: no page scrolls sideways;
 * below 640 px tables are stacked cards (label: value); the map fills the width with no empty
 * bands; every control is at least 24 × 24 px; the footer shows the extraction date and links to
 * /about; copy link and full screen beside each chart's embed button.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { checkQualityReport } from '../../lib/eval/quality-report';
import { ROOT } from '../../scripts/start';
import { openPage, useBrowserSession } from './browser';
import { openKind, pageKinds } from './page-kinds';
import { reviewEnv } from './review-helpers';

const T = { timeout: 240_000 };
const session = useBrowserSession({ viewport: { width: 1440, height: 900 } }, 30_000, async (s) => {
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.server.url });
  // (tsx names inner functions with a __name helper the page does not have: give it one.)
  await s.context.addInitScript('window.__name = window.__name || ((f) => f)');
}, () => reviewEnv().env);

async function sized(width: number): Promise<{ page: Page; problems: string[] }> {
  const opened = await openPage(session.context);
  await opened.page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  return opened;
}

/**
 * Controls smaller than 24 × 24 px (WCAG 2.2 2.5.8), except links inside a sentence and the map's
 * regions (SVG links: their size is the region's; WCAG's "equivalent" exception, as axe's
 * target-size rule: the region list beside the map drills the same way with full-size links).
 */
const SMALL_TARGETS = () => {
  const inSentence = (a: Element) => {
    const block = a.closest('p, dd, blockquote, .article-text, .quote');
    return block !== null && (block.textContent ?? '').trim().length > (a.textContent ?? '').trim().length + 4;
  };
  return [...document.querySelectorAll('a[href], button, select, input:not([type="hidden"]), summary, [tabindex="0"]')]
    .filter((e) => {
      const r = e.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false; // not shown
      if (getComputedStyle(e).visibility === 'hidden') return false;
      if (e.matches('.skip-link')) return false; // off screen until focused
      if (e.tagName === 'A' && inSentence(e)) return false;
      if (e.namespaceURI === 'http://www.w3.org/2000/svg' && e.closest('[data-testid="zj-map"]')) return false;
      return r.width < 23.5 || r.height < 23.5;
    })
    .map((e) => `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent ?? '').trim().slice(0, 16)}" ${Math.round(e.getBoundingClientRect().width)}×${Math.round(e.getBoundingClientRect().height)}`);
};

for (const width of [390, 1440]) {
  test(`${width} px: no page scrolls sideways; every control is at least 24 × 24 px`, T, async () => {
    const { page } = await sized(width);
    for (const kind of pageKinds(session.server.data.dir)) {
      await openKind(page, session.server.url, kind);
      const wide = await page.evaluate(() => {
        const d = document.documentElement;
        if (d.scrollWidth <= d.clientWidth) return null;
        return `${d.scrollWidth} > ${d.clientWidth}: ${[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > d.clientWidth + 0.5).map((e) => `${e.tagName}.${e.className}`).slice(0, 6).join(', ')}`;
      });
      assert.equal(wide, null, `${kind.name} scrolls sideways`);
      assert.deepEqual(await page.evaluate(SMALL_TARGETS), [], `${kind.name}: small targets`);
    }
    await page.close();
  });

  test(`${width} px: tables are ${width < 640 ? 'stacked cards (label: value)' : 'tables'}`, T, async () => {
    const { page } = await sized(width);
    for (const url of ['/', '/region/331181']) {
      await openKind(page, session.server.url, { name: url === '/' ? 'dashboard' : 'region', path: url });
      // Tables behind a disclosure (the timeline's data table draws its rows when opened): opened, as a reader would.
      const disclosures = page.locator('main details:has(table.data-table)');
      for (let i = 0; i < (await disclosures.count()); i++) {
        const d = disclosures.nth(i);
        if (await d.evaluate((e) => (e as HTMLDetailsElement).open)) continue;
        await d.locator('summary').first().click();
        await d.locator('table.data-table tbody td[data-label]').first().waitFor();
      }
      const tables = await page.locator('main table.data-table').evaluateAll((ts) => ts.filter((t) => t.getBoundingClientRect().height > 0).map((t) => {
        const cell = t.querySelector('tbody td[data-label]')!;
        const row = t.querySelector('tbody tr')!;
        return {
          id: t.getAttribute('data-testid') ?? t.className,
          row: getComputedStyle(row).display,
          label: getComputedStyle(cell, '::before').content,
          want: cell.getAttribute('data-label'),
          head: t.querySelector('thead')!.getBoundingClientRect().height,
          cellsWithoutLabel: [...t.querySelectorAll('tbody td')].filter((c) => !c.hasAttribute('data-label')).length,
        };
      }));
      assert.ok(tables.length >= 1, `${url}: tables`);
      for (const tb of tables) {
        assert.equal(tb.cellsWithoutLabel, 0, `${url} ${tb.id}: every cell names its column`);
        if (width < 640) {
          assert.equal(tb.row, 'block', `${url} ${tb.id}: a row is a card`);
          assert.equal(tb.label, `"${tb.want}"`, `${url} ${tb.id}: a cell shows its label`);
          assert.ok(tb.head <= 1, `${url} ${tb.id}: the header row is hidden`);
        } else {
          assert.equal(tb.row, 'table-row', `${url} ${tb.id}`);
          assert.equal(tb.label, 'none', `${url} ${tb.id}`);
        }
      }
    }
    await page.close();
  });

  test(`${width} px: the map fills the width with no empty bands`, T, async () => {
    const { page } = await sized(width);
    for (const url of ['/', '/?level=prefecture', '/?region=331100']) {
      await openKind(page, session.server.url, { name: 'dashboard', path: url });
      await page.waitForTimeout(300); // a resize after the geometry set the box's shape
      const r = await page.getByTestId('zj-map').evaluate((box) => {
        const b = box.getBoundingClientRect();
        let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        for (const p of box.querySelectorAll('svg path')) {
          const q = p.getBoundingClientRect();
          if (q.width === 0 || q.height === 0 || q.width > b.width * 1.5) continue;
          x0 = Math.min(x0, q.left); y0 = Math.min(y0, q.top); x1 = Math.max(x1, q.right); y1 = Math.max(y1, q.bottom);
        }
        return { w: (x1 - x0) / b.width, h: (y1 - y0) / b.height, card: box.closest('.map-card')!.getBoundingClientRect().width / document.documentElement.clientWidth };
      });
      assert.ok(r.w >= 0.9 || r.h >= 0.9, `${url}: shapes fill the map box (${r.w.toFixed(2)} × ${r.h.toFixed(2)})`);
      if (width < 640) {
        assert.ok(r.w >= 0.9 && r.h >= 0.85, `${url}: no empty bands (${r.w.toFixed(2)} × ${r.h.toFixed(2)})`);
        assert.ok(r.card >= 0.9, `${url}: the map card takes the screen's width (${r.card.toFixed(2)})`);
      }
    }
    await page.close();
  });

  test(`${width} px: every page's footer shows the extraction date and links to /about, which shows the measured quality`, T, async () => {
    const { page } = await sized(width);
    const facts = fs.statSync(path.join(session.server.data.dir, 'facts.csv')).mtime.toISOString().slice(0, 10);
    for (const kind of pageKinds(session.server.data.dir).filter((k) => !k.embed)) {
      await openKind(page, session.server.url, kind);
      assert.equal(await page.getByTestId('extraction-date').getAttribute('data-date'), facts, kind.name);
      assert.match(await page.getByTestId('site-footer').innerText(), new RegExp(`数据抽取于 ${facts}`));
    }
    await page.goto(`${session.server.url}/region/331181?theme=dark&lang=en`);
    await page.getByTestId('about-link').click();
    await page.waitForURL((u) => u.pathname === '/about' && u.searchParams.get('lang') === 'en' && u.searchParams.get('theme') === 'dark');
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
    const q = checkQualityReport(JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'quality.json'), 'utf8')), 'data/quality.json');
    const shown = await page.locator('[data-testid="quality-table"] td[data-value]').evaluateAll((tds) => tds.map((td) => [td.closest('tr')!.getAttribute('data-key'), Number(td.getAttribute('data-value')), td.textContent]));
    assert.deepEqual(shown, [
      ['precision', q.precision, q.precision.toFixed(3)], ['recall', q.recall, q.recall.toFixed(3)], ['f1', q.f1, q.f1.toFixed(3)],
      ['metric', q.metricAccuracy, q.metricAccuracy.toFixed(3)], ['indicator', q.indicatorAccuracy, q.indicatorAccuracy.toFixed(3)],
    ]);
    const about = await page.locator('main').innerText();
    assert.match(about, new RegExp(`Measured on ${q.date} with npm run eval on the development set \\(${q.texts} hand-labelled articles, ${q.required} figures`));
    assert.match(about, /How the figures are made[\s\S]*What an indicator is[\s\S]*Criminal cases, Cases solved[\s\S]*How to cite[\s\S]*Zhejiang Legal Daily[\s\S]*last extracted on \d{4}-\d{2}-\d{2}/);
    await page.close();
  });
}

test('copy link copies the view\'s dashboard URL; full screen shows the chart\'s card alone, and Escape leaves it', T, async () => {
  const { page, problems } = await sized(1440);
  await openKind(page, session.server.url, { name: 'dashboard', path: '/' }, '/?metric=criminal_cases.change.%25&region=331100');
  await page.getByTestId('map-copy-link').click();
  await page.getByText('链接已复制').waitFor();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.origin, session.server.url);
  assert.equal(copied.searchParams.get('metric'), 'criminal_cases.change.%');
  assert.equal(copied.searchParams.get('region'), '331100');
  await page.getByTestId('timeline-copy-link').click();
  assert.equal(new URL(await page.evaluate(() => navigator.clipboard.readText())).hash, '#timeline-title');

  for (const [button, card] of [['map-fullscreen', '.map-card'], ['timeline-fullscreen', '.timeline-card']] as const) {
    await page.getByTestId(button).click();
    await page.waitForFunction((sel) => document.fullscreenElement?.matches(sel) === true, card);
    // The button learns of full screen from the fullscreenchange event, a moment after it starts.
    await page.locator(`[data-testid="${button}"][aria-pressed="true"]`).waitFor();
    await page.getByTestId(button).click();
    await page.waitForFunction(() => document.fullscreenElement === null);
  }
  assert.deepEqual(problems, []);
  await page.close();
});
