/**
 * Accessibility, end to end in Chromium: axe-core reports no violations on every page kind, light
 * and dark; each page has a skip link to its main content and exactly one h1; the focus ring
 * contrasts ≥ 3:1 with what surrounds it; links in text are underlined; repeated "查看原文" links
 * have distinct accessible names; the map's regions are reachable by keyboard through the region list.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPage, useBrowserSession } from './browser';
import { openKind, pageKinds, withDisplay } from './page-kinds';
import { reviewEnv } from './review-helpers';

const T = { timeout: 240_000 };
const AXE = fs.readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');
// The app's CSP allows only its own nonce'd scripts: axe is injected through the DevTools protocol.
const session = useBrowserSession({ viewport: { width: 1440, height: 900 }, bypassCSP: true }, 30_000, undefined, () => reviewEnv().env);

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }

async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 4).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

for (const theme of [undefined, 'dark'] as const) {
  for (const width of [1440, 390]) {
    test(`axe: no violations on every page kind, ${theme ?? 'light'}, ${width} px`, T, async () => {
      const { page } = await openPage(session.context);
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      const found: string[] = [];
      for (const kind of pageKinds(session.server.data.dir)) {
        await openKind(page, session.server.url, kind, withDisplay(kind.path, { theme }));
        for (const v of await axe(page)) found.push(`${kind.name}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`).join('\n    ')}`);
      }
      assert.deepEqual(found, []);
      await page.close();
    });
  }
}

test('every page: a skip link first in tab order that moves focus to the main content; exactly one h1', T, async () => {
  const { page, problems } = await openPage(session.context);
  for (const kind of pageKinds(session.server.data.dir)) {
    await openKind(page, session.server.url, kind);
    assert.equal(await page.locator('h1').count(), 1, `${kind.name}: one h1`);
    if (kind.embed) continue;
    // First in tab order (a page that focuses a field on load, like sign-in, starts there instead).
    const autofocus = await page.evaluate(() => document.activeElement !== document.body);
    if (!autofocus) await page.keyboard.press('Tab');
    else await page.getByTestId('skip-link').focus();
    const first = await page.evaluate(() => {
      const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].find((e) => e.tabIndex >= 0);
      return { text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href'), first: tabbable === document.activeElement };
    });
    assert.deepEqual(first, { text: '跳到正文', href: '#main', first: true }, kind.name);
    const box = (await page.getByTestId('skip-link').boundingBox())!;
    assert.ok(box.y >= 0 && box.height >= 24, `${kind.name}: the focused skip link is on screen`);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', kind.name);
  }
  assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
  await page.close();
});

/** Relative luminance and contrast ratio of two CSS colours (rgb()/rgba() as Chromium reports them). */
const CONTRAST = `(() => {
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const bgOf = (el) => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c; } return [255, 255, 255]; };
  window.__contrast = (el) => { const s = getComputedStyle(el); const ring = parse(s.outlineColor); const bg = bgOf(el.parentElement); const [a, b] = [lum(ring), lum(bg)].sort((x, y) => y - x); return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), ratio: (a + 0.05) / (b + 0.05), ring: s.outlineColor, bg: String(bg) }; };
})()`;

for (const theme of [undefined, 'dark'] as const) {
  test(`focus ring: every control reached by Tab on / shows a ring ≥ 3:1 against its surroundings (${theme ?? 'light'})`, T, async () => {
    const { page } = await openPage(session.context);
    await openKind(page, session.server.url, { name: 'dashboard', path: '/' }, withDisplay('/', { theme }));
    await page.evaluate(CONTRAST);
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const r = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const c = (window as unknown as { __contrast(e: Element): { style: string; width: number; ratio: number; ring: string; bg: string } }).__contrast(el);
        return { ...c, what: `${el.tagName}.${el.className} ${el.textContent?.slice(0, 20)}` };
      });
      if (!r) continue;
      seen.push(r.what);
      assert.notEqual(r.style, 'none', `${r.what}: a visible ring`);
      assert.ok(r.width >= 2, `${r.what}: ring ${r.width}px`);
      assert.ok(r.ratio >= 3, `${r.what}: ring ${r.ring} on ${r.bg} is ${r.ratio.toFixed(2)}:1`);
    }
    assert.ok(seen.length >= 20, `reached ${seen.length} controls`);
    await page.close();
  });
}

test('links in text are underlined; repeated "查看原文" links have distinct accessible names', T, async () => {
  const { page } = await openPage(session.context);
  for (const kind of pageKinds(session.server.data.dir).filter((k) => !k.embed)) {
    await openKind(page, session.server.url, kind);
    const bare = await page.locator('main p a, main li a, main td a, main dd a, footer a').evaluateAll((as) =>
      as.filter((a) => !getComputedStyle(a).textDecorationLine.includes('underline')).map((a) => a.outerHTML.slice(0, 80)));
    assert.deepEqual(bare, [], `${kind.name}: links in text without underline`);
    const names = await page.locator('main a').evaluateAll((as) => as.map((a) => ({ text: a.textContent!.trim(), name: a.getAttribute('aria-label') ?? a.textContent!.trim(), href: a.getAttribute('href') })));
    const byName = new Map<string, Set<string>>();
    for (const n of names) byName.set(n.name, (byName.get(n.name) ?? new Set()).add(n.href ?? ''));
    const ambiguous = [...byName.entries()].filter(([, hrefs]) => hrefs.size > 1).map(([n]) => n);
    assert.deepEqual(ambiguous, [], `${kind.name}: one accessible name for links to different places`);
  }
  // The region page lists a figure's source link per row, each naming its figure.
  await page.goto(`${session.server.url}/region/331181`);
  const labels = await page.getByTestId('fact-link').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
  assert.ok(labels.length >= 2, `${labels.length} source links`);
  assert.ok(labels.every((l) => l?.startsWith('查看原文: ')), labels.join('|'));
  await page.close();
});

test('keyboard: the map\'s regions are reachable in the region list beside it, and Enter drills the same way as a click', T, async () => {
  const { page } = await openPage(session.context);
  await openKind(page, session.server.url, { name: 'dashboard', path: '/' }, '/?level=prefecture');
  const target = page.locator('[data-testid="region-table"] tbody tr[data-code="331100"] th a').first();
  assert.equal(await target.count(), 1, '丽水市 is listed');
  // Tab until the link has the focus (no mouse).
  let reached = false;
  for (let i = 0; i < 120 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await target.evaluate((a) => a === document.activeElement);
  }
  assert.ok(reached, 'reached by Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('region') === '331100');
  await page.locator('[data-testid="zj-map"][data-ready="true"][data-view="331100"]').waitFor();
  await page.close();
});
