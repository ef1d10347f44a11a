/**
 * npm run bench:main-thread [-- --url BASE] [--path /] [--runs 5] [--width 412]
 * The main thread's work while `/` loads in Chromium, measured as CPU time (the trace's thread
 * time per task, `tdur`), which a shared machine's load inflates far less than wall time (what
 * Lighthouse's simulation scales). Per run: total main-thread CPU, the longest task, and
 * "4× blocking": Σ max(0, 4·task − 50 ms) over the tasks, Lighthouse mobile's 4× CPU slowdown
 * applied to every task after navigation (all of them, also those before first paint that
 * Lighthouse's TBT leaves out, so it reads higher). Prints each run and the median. Without --url
 * it builds if needed and starts the app on a free port (as the e2e tests do).
 */
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/e2e/browser';
import { startServer, type TestServer } from '../tests/e2e/server';
import { median } from './bench/median';

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { data?: { documentLoaderURL?: string } } }

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: 'string' }, path: { type: 'string', default: '/' }, runs: { type: 'string', default: '5' }, width: { type: 'string', default: '412' } } });
  const runs = Math.max(1, Math.min(15, Number(values.runs) || 5));
  let server: TestServer | null = null;
  const base = values.url ?? (server = await startServer()).url;
  const browser = await launchChromium();
  const rows: { cpu: number; longest: number; blocking: number }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: Number(values.width), height: 823 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as TraceEvent[])); });
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
      await page.goto(`${base}${values.path}`, { waitUntil: 'load' });
      await page.waitForTimeout(3000);
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      await context.close();
      const nav = events.filter((e) => e.name === 'navigationStart' && /^http/.test(e.args?.data?.documentLoaderURL ?? '')).pop();
      if (!nav) throw new Error('no navigationStart in the trace');
      const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts)
        .map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
      const row = { cpu: tasks.reduce((s, t) => s + t, 0), longest: Math.max(0, ...tasks), blocking: tasks.reduce((s, t) => s + Math.max(0, 4 * t - 50), 0) };
      rows.push(row);
      console.log(`run ${i + 1}: main-thread CPU ${Math.round(row.cpu)} ms · longest task ${Math.round(row.longest)} ms · 4× blocking ${Math.round(row.blocking)} ms`);
    }
    const m = (k: keyof (typeof rows)[number]) => Math.round(median(rows.map((r) => r[k])));
    console.log(`median of ${runs}: main-thread CPU ${m('cpu')} ms · longest task ${m('longest')} ms · 4× blocking ${m('blocking')} ms`);
    return 0;
  } finally {
    await browser.close();
    await server?.stop();
  }
}

main().then((code) => (process.exitCode = code), (e) => { console.error(e); process.exitCode = 1; });
