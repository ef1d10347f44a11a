/**
 * npm run lighthouse [-- --url BASE] [--path /] [--runs N] [--json DIR]   Lighthouse (npm lighthouse) against
 * the app in Debian's Chromium, desktop and mobile (Lighthouse's defaults: mobile has 4× CPU
 * slowdown and a slow network, simulated): the four category scores, CLS, TBT, LCP. Without
 * --url it builds if needed and starts the app on a free port. With --runs N it prints every run
 * and the median (the machine is shared; single runs are noisy). With --json DIR it also writes each
 * run's full report (DIR/<form>-<run>.json: mainthread-work-breakdown, bootup-time, long-tasks...).
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/browser';
import { startServer, type TestServer } from '../tests/e2e/server';
import { median } from './bench/median';

interface Figures { performance: number; accessibility: number; bestPractices: number; seo: number; cls: number; tbt: number; lcp: number }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: 'string' }, path: { type: 'string', default: '/' }, runs: { type: 'string', default: '1' }, json: { type: 'string' } } });
  const runs = Math.max(1, Math.min(9, Number(values.runs) || 1));
  // Lighthouse is an ES module.
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  let server: TestServer | null = null;
  const base = values.url ?? (server = await startServer()).url;
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', `--remote-debugging-port=${port}`],
  });
  try {
    for (const form of ['desktop', 'mobile'] as const) {
      const all: Figures[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await lighthouse(`${base}${values.path}`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, form === 'desktop' ? desktopConfig : undefined);
        if (!r) throw new Error('lighthouse returned nothing');
        const c = r.lhr.categories;
        const a = r.lhr.audits;
        const f: Figures = {
          performance: Math.round((c.performance?.score ?? 0) * 100), accessibility: Math.round((c.accessibility?.score ?? 0) * 100),
          bestPractices: Math.round((c['best-practices']?.score ?? 0) * 100), seo: Math.round((c.seo?.score ?? 0) * 100),
          cls: a['cumulative-layout-shift']?.numericValue ?? NaN, tbt: a['total-blocking-time']?.numericValue ?? NaN, lcp: a['largest-contentful-paint']?.numericValue ?? NaN,
        };
        all.push(f);
        if (values.json) {
          fs.mkdirSync(values.json, { recursive: true });
          fs.writeFileSync(path.join(values.json, `${form}-${i + 1}.json`), JSON.stringify(r.lhr));
        }
        console.log(`${form} run ${i + 1}: performance ${f.performance} · accessibility ${f.accessibility} · best practices ${f.bestPractices} · SEO ${f.seo} · CLS ${f.cls.toFixed(3)} · TBT ${Math.round(f.tbt)} ms · LCP ${(f.lcp / 1000).toFixed(2)} s`);
        if (r.lhr.runtimeError) console.log(`  runtime error: ${r.lhr.runtimeError.message}`);
      }
      if (runs > 1) {
        const m = (k: keyof Figures) => median(all.map((x) => x[k]));
        console.log(`${form} median of ${runs}: performance ${m('performance')} · accessibility ${m('accessibility')} · CLS ${m('cls').toFixed(3)} · TBT ${Math.round(m('tbt'))} ms · LCP ${(m('lcp') / 1000).toFixed(2)} s`);
      }
    }
    return 0;
  } finally {
    await browser.close();
    await server?.stop();
  }
}

main().then((code) => (process.exitCode = code), (e) => { console.error(e); process.exitCode = 1; });
