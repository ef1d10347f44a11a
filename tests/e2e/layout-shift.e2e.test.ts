/**
 * No layout shift while / loads, in Chromium at 1440 and 390 px: the page is sent whole (no
 * streamed placeholder replaced by the page), and the boxes the charts draw into keep their size.
 * CLS here is the plain sum of every layout-shift entry without recent input until the charts
 * are drawn, the timeline too once scrolled to (stricter than Lighthouse's session windows).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowserSession } from './browser';

const T = { timeout: 120_000 };
const session = useBrowserSession({ viewport: { width: 1440, height: 900 } }, 30_000, async (s) => {
  await s.context.addInitScript(`
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, nodes: (e.sources || []).map((x) => x.node && x.node.nodeName + '.' + (x.node.className || '')).join(' ') });
    }).observe({ type: 'layout-shift', buffered: true });
  `);
});

for (const width of [1440, 390]) {
  test(`${width} px: loading / shifts the layout by less than 0.1`, T, async () => {
    const { page } = await openPage(session.context);
    await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
    await page.goto(`${session.server.url}/`, { waitUntil: 'networkidle' });
    await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor();
    await page.waitForTimeout(1500);
    // Then the timeline, drawn when the reader comes near it (on phones), takes its placeholder's place.
    await page.getByTestId('timeline').scrollIntoViewIfNeeded();
    await page.locator('[data-testid="timeline-chart"] svg').first().waitFor();
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string }[] }).__shifts);
    const cls = shifts.reduce((s, x) => s + x.value, 0);
    assert.ok(cls < 0.1, `CLS ${cls.toFixed(3)}: ${shifts.map((x) => `${x.value.toFixed(3)} ${x.nodes}`).join('; ')}`);
    await page.close();
  });
}
