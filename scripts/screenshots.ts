/**
 * npm run screenshots [-- --url BASE]   pictures of `/` as a reader first sees it, at 1440 × 900
 * and 390 × 844 px, into docs/ (linked from the README). Without --url it builds if needed and
 * starts the app on a free port.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/e2e/browser';
import { startServer, type TestServer } from '../tests/e2e/server';
import { ROOT } from './start';

const SIZES = [{ width: 1440, height: 900 }, { width: 390, height: 844 }] as const;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: 'string' } } });
  let server: TestServer | null = null;
  const base = values.url ?? (server = await startServer()).url;
  const browser = await launchChromium();
  try {
    for (const viewport of SIZES) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: viewport.width < 600 ? 2 : 1, locale: 'zh-CN' });
      await page.goto(`${base}/`, { waitUntil: 'networkidle' });
      await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor();
      const file = path.join(ROOT, 'docs', `dashboard-${viewport.width}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(ROOT, file)} (${viewport.width} × ${viewport.height})`);
      await page.close();
    }
    return 0;
  } finally {
    await browser.close();
    await server?.stop();
  }
}

main().then((code) => (process.exitCode = code), (e) => { console.error(e); process.exitCode = 1; });
