/**
 * For npm run bench:app: how long the dashboard takes, in Chromium, from a reader's action to the
 * redrawn map, timeline and table. Performance API marks in the page: `zj-input` when the action's
 * event fires (change, submit or click, in the capture phase), `zj-drawn` at the first animation
 * frame where the dashboard shows the new state, the map is drawn and not pending, the timeline
 * is not pending and the table has rows; the figure is the measure between them.
 *
 * Actions: choose another measure, set a time window, drill into a prefecture on the map, and
 * choose another measure inside that time window. Each is timed the first time the state is asked
 * for, and again on the same state (the page then comes from the page cache). "First" means the
 * page was not rendered before; its data may have been: the server builds the views one click
 * from the landing view ahead (lib/data/warm-views.ts: each measure, each prefecture), so the
 * measure and drill rows time a render over data built ahead, while the two window rows time
 * states nobody asked for before, queried and rendered on the click.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/browser';

export interface Timing {
  readonly action: string;
  /** Milliseconds from the action to the redraw: a state first asked for, then the same again. */
  readonly firstMs: number;
  readonly againMs: number;
}

interface Expect {
  readonly metric?: string;
  readonly region?: string;
  readonly window?: string;
  readonly view: string;
}

/**
 * The in-page parts, as source text: a function given to page.evaluate would be rewritten by the
 * TypeScript loader (it wraps named functions in a helper the page does not have).
 */
const ARM_INPUT_MARK = `(() => {
  performance.clearMarks();
  performance.clearMeasures();
  for (const type of ['change', 'submit', 'click']) {
    document.addEventListener(type, function mark() {
      if (performance.getEntriesByName('zj-input').length === 0) performance.mark('zj-input');
    }, { capture: true, once: true });
  }
})()`;

const DRAWN_AFTER_INPUT = `(w) => new Promise((resolve, reject) => {
  const deadline = performance.now() + 120000;
  function drawn() {
    const d = document.querySelector('.dashboard');
    const map = document.querySelector('[data-testid="zj-map"]');
    const timeline = document.querySelector('[data-testid="timeline-chart"]');
    if (!d || !map) return false;
    if (w.metric !== undefined && d.dataset.metric !== w.metric) return false;
    if (w.region !== undefined && d.dataset.region !== w.region) return false;
    if (w.window !== undefined && d.dataset.window !== w.window) return false;
    if (map.dataset.view !== w.view || map.dataset.ready !== 'true' || map.dataset.pending === 'true') return false;
    if (timeline && timeline.dataset.pending === 'true') return false;
    return document.querySelector('[data-testid="facts-table"] tbody tr, [data-testid="table-empty"]') !== null;
  }
  function tick() {
    if (drawn()) {
      performance.mark('zj-drawn');
      resolve(performance.measure('zj-action', 'zj-input', 'zj-drawn').duration);
    } else if (performance.now() > deadline) reject(new Error('no redraw to ' + JSON.stringify(w) + ' within 120 s'));
    else requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})`;

/** Resolves when the browser is next idle (at most 2 s). */
const SETTLED = `new Promise((resolve) => requestIdleCallback(() => resolve(0), { timeout: 2000 }))`;

/** Waits in the page for the redrawn dashboard and returns the measure from the action to it. */
function drawnAfterInput(page: Page, want: Expect): Promise<number> {
  return page.evaluate(`(${DRAWN_AFTER_INPUT})(${JSON.stringify(want)})`) as Promise<number>;
}

/** Marks the next change, submit or click as the action (the first one after this call). */
async function armInputMark(page: Page): Promise<void> {
  await page.evaluate(ARM_INPUT_MARK);
}

/** Clicks region `code` where the map draws it: its own link or shape, else its label anchor. */
async function clickRegion(page: Page, code: string): Promise<void> {
  const shape = page.locator(`[data-testid="zj-map"] :is(a, path, g)[data-code="${code}"]`).first();
  if (await shape.count() > 0 && await shape.isVisible()) return shape.click();
  const target = page.locator(`[data-testid="zj-map-targets"] li[data-code="${code}"]`);
  await target.waitFor({ state: 'attached' });
  const [x, y] = [Number(await target.getAttribute('data-x')), Number(await target.getAttribute('data-y'))];
  const box = await page.locator('[data-testid="zj-map"] .zj-chart').boundingBox();
  if (!box) throw new Error('the map has no box');
  await page.mouse.click(box.x + x, box.y + y);
}

async function timed(page: Page, act: () => Promise<void>, want: Expect): Promise<number> {
  await armInputMark(page);
  await act();
  return drawnAfterInput(page, want);
}

/** The three actions on the dashboard of `base` (a server over the corpus to measure). */
export async function measureInteractions(base: string): Promise<Timing[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 2400 }, locale: 'zh-CN' });
    const open = async (path: string, view: string) => {
      await page.goto(base + path);
      await page.locator(`[data-testid="zj-map"][data-view="${view}"][data-ready="true"]`).waitFor({ timeout: 120_000 });
      // The page has settled (its scripts loaded, the browser idle): the action is timed, not the load's tail.
      await page.waitForLoadState('networkidle');
      await page.evaluate(SETTLED);
    };
    const measures = await page.goto(base + '/').then(() => page.locator('[data-testid="metric-select"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)));
    const current = await page.locator('.dashboard').getAttribute('data-metric');
    const other = measures.find((m) => m !== current && m !== 'count') ?? 'count';
    const chooseMeasure = async (metric: string) => {
      await open('/', '330000');
      return timed(page, async () => void (await page.locator('[data-testid="metric-select"]').selectOption(metric)), { metric, view: '330000' });
    };
    const setWindow = async (from: string, to: string) => {
      await open('/', '330000');
      // The reader's action is the Enter that applies the typed window: the clock starts there,
      // not at the first field's change event (focus moving to the second field), which came
      // 40–75 ms of the bench's own typing earlier.
      await page.locator('[data-testid="from-input"]').fill(from);
      await page.locator('[data-testid="to-input"]').fill(to);
      return timed(page, () => page.locator('[data-testid="to-input"]').press('Enter'), { window: `${from}|${to}`, view: '330000' });
    };
    const drill = async (code: string) => {
      await open('/?level=prefecture', '330000');
      return timed(page, () => clickRegion(page, code), { region: code, view: code });
    };
    const measureInWindow = async (metric: string) => {
      await open('/?from=2015&to=2018', '330000');
      return timed(page, async () => void (await page.locator('[data-testid="metric-select"]').selectOption(metric)), { metric, window: '2015|2018', view: '330000' });
    };
    const inWindow = measures.find((m) => m !== current && m !== other && m !== 'count') ?? other;
    return [
      { action: `choose a measure (${other})`, firstMs: await chooseMeasure(other), againMs: await chooseMeasure(other) },
      { action: 'set a time window (2015–2018)', firstMs: await setWindow('2015', '2018'), againMs: await setWindow('2015', '2018') },
      { action: 'drill into a prefecture (330300)', firstMs: await drill('330300'), againMs: await drill('330300') },
      { action: `choose a measure in 2015–2018 (${inWindow})`, firstMs: await measureInWindow(inWindow), againMs: await measureInWindow(inWindow) },
    ];
  } finally {
    await browser.close();
  }
}
