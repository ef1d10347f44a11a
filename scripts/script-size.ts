/**
 * npm run size [-- --url BASE] [--max KB]   the JavaScript `/` makes the browser load, gzipped:
 * the scripts the HTML names (the initial script, limited to --max kB, default 198) and every
 * script loaded until the map is drawn and the network is idle (charts come later, on demand). Loads the page in
 * Chromium; without --url, builds if needed and starts the app on a free port (as the e2e tests do).
 * Exits 1 when the initial script is over the limit.
 */
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/e2e/browser';
import { startServer, type TestServer } from '../tests/e2e/server';

interface Loaded { url: string; raw: number; gz: number; initial: boolean }

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: 'string' }, max: { type: 'string', default: '198' } } });
  const max = Number(values.max) * 1000;
  let server: TestServer | null = null;
  const base = values.url ?? (server = await startServer()).url;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const bodies: Promise<Loaded | null>[] = [];
    let initial = new Set<string>();
    page.on('response', (r) => {
      if (r.request().resourceType() !== 'script') return;
      bodies.push(r.body().then((b) => ({ url: r.url(), raw: b.length, gz: gzipSync(b).length, initial: false })).catch(() => null));
    });
    const res = await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    // The map (and its chunks) load after hydration: wait until it is drawn and the network is quiet again.
    await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const html = (await res?.text()) ?? '';
    // <script src="/_next/static/chunks/…js" async> in the document as sent.
    initial = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&'), base).href));
    const loaded = (await Promise.all(bodies)).filter((x): x is Loaded => x !== null).map((x) => ({ ...x, initial: initial.has(x.url) }));
    const sum = (xs: Loaded[], k: 'raw' | 'gz') => xs.reduce((s, x) => s + x[k], 0);
    const first = loaded.filter((x) => x.initial);
    const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
    for (const x of loaded.sort((a, b) => b.gz - a.gz)) console.log(`${x.initial ? 'initial' : 'later  '}  ${kb(x.gz).padStart(9)} gz  ${kb(x.raw).padStart(9)}  ${new URL(x.url).pathname}`);
    console.log(`initial script of /: ${first.length} files, ${kb(sum(first, 'gz'))} gzipped (${kb(sum(first, 'raw'))} raw); limit ${kb(max)}`);
    console.log(`all scripts until idle: ${loaded.length} files, ${kb(sum(loaded, 'gz'))} gzipped`);
    if (first.length === 0) {
      console.error('size: the HTML of / names no script (is this the app?)');
      return 1;
    }
    return sum(first, 'gz') <= max ? 0 : 1;
  } finally {
    await browser.close();
    await server?.stop();
  }
}

main().then((code) => (process.exitCode = code), (e) => { console.error(e); process.exitCode = 1; });
