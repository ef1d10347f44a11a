/**
 * Embeds and downloads end to end, in headless Chromium against the production build: the
 * snippet the dashboard's embed button gives is pasted into a page served from another origin
 * (http://localhost:<port2> framing http://127.0.0.1:<port>); the embed renders there, resizes
 * its frame, and its downloads produce a 2× PNG, a well-formed SVG and a formula-safe CSV.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Papa from 'papaparse';
import type { Download, FrameLocator, Page } from 'playwright-core';
import path from 'node:path';
import { FIGURE_CSV_COLUMNS } from '../../lib/schema';
import { openPage as openPageOf, useBrowserSession } from './browser';

const T = { timeout: 120_000 };

let host: http.Server | undefined;
let hostUrl = '';
/** Host pages by path: what another site would publish. */
const hostPages = new Map<string, string>();

/** Another site, on another loopback origin, that publishes the host pages. */
async function startHost(): Promise<void> {
  host = http.createServer((req, res) => {
    const body = hostPages.get(req.url ?? '');
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => host!.listen(0, 'localhost', resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
}

const session = useBrowserSession({ viewport: { width: 1000, height: 900 }, acceptDownloads: true }, 30_000, async ({ server, context }) => {
  await startHost();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
});

after(async () => {
  await new Promise((r) => (host ? host.close(r) : r(undefined)));
});

const openPage = () => openPageOf(session.context);

/** The snippet exactly as the dashboard's embed button gives it (opened and closed by keyboard). */
async function snippetFromDashboard(search: string, chart: 'map' | 'timeline' = 'map'): Promise<string> {
  const { page, problems } = await openPage();
  await page.goto(`${session.server.url}/${search}`);
  await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor();
  const actions = page.getByTestId(`${chart}-actions`);
  const open = actions.getByTestId('embed-open');
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = actions.getByTestId('embed-dialog');
  await dialog.waitFor();
  assert.equal(await dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal')), true, 'a modal dialog');
  const snippet = await dialog.getByTestId('embed-snippet').inputValue();
  // Keyboard only: the dialog opens on the snippet; Tab reaches the copy button.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'embed-snippet');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'embed-copy');
  await page.keyboard.press('Enter');
  await dialog.getByRole('status').filter({ hasText: '已复制' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet, 'the snippet is on the clipboard');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'embed-open', 'focus back on the button');
  assert.deepEqual(problems, []);
  await page.close();
  return snippet;
}

function hostPage(path: string, body: string): string {
  hostPages.set(path, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>body{margin:0;padding:16px;font-family:sans-serif}</style></head><body><h1>A presenter's page</h1>${body}<p id="after">after the chart</p></body></html>`);
  return hostUrl + path;
}

/** Polls `check` until it holds or 5 s have passed; its last answer. */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + 5000;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function embedReady(frame: FrameLocator): Promise<void> {
  await frame.locator('[data-testid="embed-chart"][data-ready="true"]').waitFor();
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(buf.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function saved(d: Download): Promise<Buffer> {
  const p = await d.path();
  assert.ok(p, 'download saved');
  return fs.readFileSync(p);
}

test('the embed, pasted into a page of another origin, renders there and resizes its frame', T, async () => {
  const snippet = await snippetFromDashboard('?region=331100');
  // The snippet pins the measure the dashboard shows (its default may change as data is added).
  assert.match(snippet, new RegExp(`^<iframe src="${session.server.url.replace(/\./g, '\\.')}/embed/map\\?metric=criminal_cases\\.change\\.%25&amp;region=331100"`));
  const { page, problems } = await openPage();
  await page.goto(hostPage('/embed', snippet));
  const iframe = page.locator('iframe[data-zj-embed]');
  const frame = page.frameLocator('iframe[data-zj-embed]');
  await embedReady(frame);
  assert.ok((await frame.locator('[data-testid="embed-chart"] svg path').count()) >= 9, '丽水市 counties drawn');
  assert.match(await frame.getByTestId('map-legend').innerText(), /无数据/, 'the legend travels with the map');
  const source = await frame.getByTestId('embed-source').innerText();
  assert.match(source, /^来源：.+ · .*\d{4}年.* · \d+篇报道/);
  const link = frame.getByTestId('embed-dashboard-link');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener');
  assert.equal(await link.evaluate((a) => (a as HTMLAnchorElement).href), `${session.server.url}/?metric=criminal_cases.change.%25&region=331100`);

  // The frame takes the height the embed posts (not the snippet's initial 520 px).
  const posted = async () => Number(await frame.getByTestId('embed-root').getAttribute('data-height'));
  await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
  let h = await posted();
  assert.ok(h > 300 && h !== 520, `posted height ${h}`);
  assert.equal(await iframe.evaluate((f) => (f as HTMLElement).getBoundingClientRect().height), h);
  assert.equal(await frame.locator('html').evaluate((el) => el.scrollHeight <= el.clientHeight), true, 'no scroll bar inside');

  // Narrow (320 px): the chart follows, the frame gets the new height, nothing overflows.
  await page.setViewportSize({ width: 352, height: 800 });
  await page.waitForFunction((old) => document.querySelector('iframe')!.getBoundingClientRect().height < old - 50, h);
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe')!;
    return Math.abs(f.getBoundingClientRect().height - parseFloat(f.style.height)) < 1;
  });
  h = await posted();
  assert.equal(Math.round(await iframe.evaluate((f) => (f as HTMLElement).getBoundingClientRect().height)), h);
  // The chart redraws at the new width a moment after the layout (ECharts' size sensor).
  assert.equal(await eventually(() => frame.locator('html').evaluate((el) => el.scrollWidth <= el.clientWidth)), true,
    await frame.locator('html').evaluate((d) => `${d.scrollWidth} > ${d.clientWidth}: ${[...d.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > d.clientWidth + 0.5).map((e) => `${e.tagName}.${e.className}`).slice(0, 5).join(', ')}`));
  assert.deepEqual(problems, []);
  await page.close();
});

test('other pages refuse to be framed by another origin', T, async () => {
  const { page, problems } = await openPage();
  await page.goto(hostPage('/framed', `<iframe src="${session.server.url}/" width="600" height="400"></iframe><iframe src="${session.server.url}/region/330000" width="600" height="400"></iframe>`));
  await page.waitForTimeout(1500);
  const children = page.frames().filter((f) => f !== page.mainFrame());
  assert.equal(children.length, 2);
  for (const f of children) {
    const dashboard = await f.locator('.site-header').count().catch(() => 0);
    assert.equal(dashboard, 0, `${f.url()} must not render inside another site`);
  }
  const refused = problems.filter((p) => /frame-ancestors/.test(p));
  assert.equal(refused.length, 2, problems.join('\n'));
  await page.close();
});

test('downloads from the embed: a 2× PNG, a well-formed SVG with title and source, a formula-safe CSV', T, async () => {
  const snippet = await snippetFromDashboard('?metric=count&level=prefecture');
  const { page, problems } = await openPage();
  await page.goto(hostPage('/downloads', snippet));
  const frame = page.frameLocator('iframe[data-zj-embed]');
  await embedReady(frame);
  const box = await frame.getByTestId('embed-chart').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  });
  const source = await frame.getByTestId('embed-source').locator('span').innerText();

  const [png] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('export-png').click()]);
  assert.match(png.suggestedFilename(), /^zj-map-330000-count\.png$/);
  const pngBytes = await saved(png);
  assert.deepEqual(pngSize(pngBytes), { width: 2 * box.width, height: 2 * box.height });
  // The browser decodes it, whole, at that size (the host page has no CSP of its own).
  const decoded = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  }, pngBytes.toString('base64'));
  assert.deepEqual(decoded, { width: 2 * box.width, height: 2 * box.height });

  const [svgDl] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('export-svg').click()]);
  assert.match(svgDl.suggestedFilename(), /\.svg$/);
  const svg = (await saved(svgDl)).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      root: doc.documentElement.localName,
      ns: doc.documentElement.namespaceURI,
      error: doc.getElementsByTagName('parsererror').length,
      width: doc.documentElement.getAttribute('width'),
      text: doc.documentElement.textContent ?? '',
    };
  }, svg);
  assert.equal(parsed.error, 0);
  assert.equal(parsed.root, 'svg');
  assert.equal(parsed.ns, 'http://www.w3.org/2000/svg');
  assert.equal(parsed.width, String(box.width));
  const flat = (s: string) => s.replace(/\s+/g, '');
  assert.ok(flat(parsed.text).includes(flat('浙江省 · 统计条数（来源覆盖）')), 'title in the SVG');
  assert.ok(flat(parsed.text).includes(flat(source)), 'source line in the SVG');
  assert.ok(flat(parsed.text).includes(`${session.server.url}/`), 'link to the view in the SVG');

  const [csvDl] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('export-csv').click()]);
  assert.match(csvDl.suggestedFilename(), /\.csv$/);
  const csv = (await saved(csvDl)).toString('utf8');
  assert.ok(csv.startsWith('\ufeff'), 'BOM for Excel');
  const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  assert.deepEqual(rows.errors, []);
  assert.deepEqual(rows.data[0], [...FIGURE_CSV_COLUMNS]);
  assert.equal(rows.data.length, 1 + 11, 'one row per prefecture');
  for (const row of rows.data) {
    for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell) || /^-?\d+(\.\d+)?$/.test(cell), `unsafe cell ${JSON.stringify(cell)}`);
  }
  assert.equal(rows.data[1]![FIGURE_CSV_COLUMNS.indexOf('source_line')], source, 'each row carries the source line');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the dashboard map: source line, PNG at 2× the chart, dark English embed', T, async () => {
  const { page, problems } = await openPage();
  await page.goto(`${session.server.url}/?region=331100`);
  await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor();
  await page.getByTestId('map-source').filter({ hasText: /来源：/ }).waitFor();
  const chart = await page.locator('[data-testid="zj-map"] .zj-chart').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  });
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('map-actions').getByTestId('export-png').click()]);
  assert.deepEqual(pngSize(await saved(png)), { width: 2 * chart.width, height: 2 * chart.height });
  const metric = (await page.locator('.dashboard').getAttribute('data-metric'))!;
  assert.equal(png.suggestedFilename(), `zj-map-331100-${metric.replace(/[%.]+$/, '')}.png`);

  // The dashboard's source line is the embed's, for the same view.
  const dashboardSource = await page.getByTestId('map-source').innerText();
  await page.goto(`${session.server.url}/embed/map?region=331100`);
  assert.equal(await page.getByTestId('embed-source').locator('span').innerText(), dashboardSource);

  await page.goto(`${session.server.url}/embed/map?theme=dark&lang=en`);
  await page.locator('[data-testid="embed-chart"][data-ready="true"]').waitFor();
  assert.match(await page.getByTestId('embed-source').innerText(), /^Source: .+ · \d+ articles?/);
  assert.equal(await page.getByTestId('embed-root').getAttribute('data-theme'), 'dark');
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), 'rgb(21, 32, 43)');
  assert.equal(await page.locator('.site-header').isVisible(), false, 'no site chrome in an embed');
  assert.deepEqual(problems, []);
  await page.close();
});

test('print: A4, controls left out, the map scaled to the page as a drawing and charts as pictures, source lines kept', T, async () => {
  const { page, problems } = await openPage();
  await page.goto(`${session.server.url}/`);
  await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor();
  await page.getByTestId('map-source').filter({ hasText: /来源：/ }).waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 718, height: 1000 }); // A4 less 12 mm margins, at 96 dpi
  assert.equal(await page.getByTestId('map-source').isVisible(), true);
  assert.equal(await page.getByTestId('map-actions').getByTestId('export-png').isVisible(), false);
  assert.equal(await page.getByTestId('metric-select').isVisible(), false);
  // The map is a vector drawing (its viewBox): on paper it scales to the page, whole, not cropped.
  const map = page.locator('[data-testid="zj-map"] svg.zj-chart');
  assert.equal(await map.isVisible(), true);
  const fit = await map.evaluate((svg) => {
    const r = svg.getBoundingClientRect();
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const p of svg.querySelectorAll('.map-regions path')) {
      const q = p.getBoundingClientRect();
      x0 = Math.min(x0, q.left); y0 = Math.min(y0, q.top); x1 = Math.max(x1, q.right); y1 = Math.max(y1, q.bottom);
    }
    const vb = (svg as SVGSVGElement).viewBox.baseVal;
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, x0, y0, x1, y1, aspect: vb.width / vb.height };
  });
  assert.ok(fit.left >= 0 && fit.right <= 718, `map within the page: ${JSON.stringify(fit)}`);
  assert.ok(fit.x0 >= fit.left - 1 && fit.x1 <= fit.right + 1 && fit.y0 >= fit.top - 1 && fit.y1 <= fit.bottom + 1, `the whole drawing: ${JSON.stringify(fit)}`);
  assert.ok(Math.abs((fit.x1 - fit.x0) / (fit.y1 - fit.y0) - fit.aspect) < 0.05, `its shape kept: ${JSON.stringify(fit)}`);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  await page.emulateMedia({ media: 'screen' });

  // A region page: its bar charts print as pictures in place, under the heading, within the page.
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${session.server.url}/region/330523`);
  await page.locator('.small-chart svg').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 718, height: 1000 });
  const heading = await page.locator('h1').boundingBox();
  const bars = await page.locator('.small-chart img.print-chart').first().boundingBox();
  assert.ok(heading && bars && bars.y > heading.y + heading.height && bars.x >= 0 && bars.x + bars.width <= 718, `bar chart at ${JSON.stringify(bars)}`);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(problems, []);
  await page.close();
});

test('/embed/timeline: the dashboard timeline\'s snippet, rendered on another origin, resized, with its downloads', T, async () => {
  const snippet = await snippetFromDashboard('?region=331100', 'timeline');
  const dashboard = await session.context.newPage();
  await dashboard.goto(`${session.server.url}/?region=331100`);
  const dashboardSource = dashboard.getByTestId('timeline-source').filter({ hasText: /来源：/ });
  await dashboardSource.waitFor();
  const expectedSource = await dashboardSource.innerText();
  await dashboard.close();
  assert.match(snippet, new RegExp(`^<iframe src="${session.server.url.replace(/\./g, '\\.')}/embed/timeline\\?metric=criminal_cases\\.change\\.%25&amp;region=331100"`));
  const { page, problems } = await openPage();
  await page.goto(hostPage('/timeline', snippet));
  const frame = page.frameLocator('iframe[data-zj-embed]');
  await embedReady(frame);
  assert.ok((await frame.locator('[data-testid="embed-chart"] svg path').count()) > 0, 'lines drawn');
  assert.equal(await frame.getByTestId('embed-source').locator('span').innerText(), expectedSource, 'the same source line as on the dashboard');
  await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
  const h = Number(await frame.getByTestId('embed-root').getAttribute('data-height'));
  assert.equal(await page.locator('iframe[data-zj-embed]').evaluate((f) => (f as HTMLElement).getBoundingClientRect().height), h);
  assert.equal(await frame.getByTestId('embed-dashboard-link').evaluate((a) => (a as HTMLAnchorElement).href), `${session.server.url}/?metric=criminal_cases.change.%25&region=331100#timeline-title`);

  const box = await frame.getByTestId('embed-chart').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  });
  const [png] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('export-png').click()]);
  assert.deepEqual(pngSize(await saved(png)), { width: 2 * box.width, height: 2 * box.height });
  const [csvDl] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('export-csv').click()]);
  const rows = Papa.parse<string[]>((await saved(csvDl)).toString('utf8').slice(1), { skipEmptyLines: true });
  assert.deepEqual(rows.errors, []);
  assert.deepEqual(rows.data[0], [...FIGURE_CSV_COLUMNS]);
  assert.ok(rows.data.length > 1, 'points');
  for (const row of rows.data) {
    for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell) || /^-?\d+(\.\d+)?$/.test(cell), `unsafe cell ${JSON.stringify(cell)}`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});
