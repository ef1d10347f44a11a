/**
 * Debian's Chromium for the e2e tests, through playwright-core, with the flags this workplace
 * runs it with; a page that records what the browser complained about; and the per-file session.
 */
import fs from 'node:fs';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { startServer, type ServerOptions, type TestServer } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** Console errors and warnings (of every frame) and uncaught exceptions, as they happen. */
export function recordProblems(page: Page, kinds: ReadonlyArray<'error' | 'warning'> = ['error', 'warning']): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if ((kinds as readonly string[]).includes(m.type())) problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  return problems;
}

/** A new page of `context` with its problems recorded. */
export async function openPage(context: BrowserContext, kinds?: ReadonlyArray<'error' | 'warning'>): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  return { page, problems: recordProblems(page, kinds) };
}

/** A new page of the session's context at `width` (phone height below 600 px), at `path` of its server. */
export async function openAt(session: BrowserSession, width: number, path: string): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await openPage(session.context);
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  await page.goto(`${session.server.url}${path}`);
  return { page, problems };
}

export interface BrowserSession {
  /** The app server (tests/e2e/server.ts), started before the file's tests. */
  readonly server: TestServer;
  readonly context: BrowserContext;
}

/**
 * The app server, Chromium and one browser context for a test file: started by a `before` hook,
 * stopped by an `after` hook. Read the fields inside tests (they exist once the hook has run).
 * `setup` runs at the end of the hook, for what a file needs besides (permissions, a second server).
 */
export function useBrowserSession(options: BrowserContextOptions, timeoutMs = 20_000, setup?: (s: BrowserSession) => Promise<void>, serverOptions: ServerOptions | (() => ServerOptions) = {}): BrowserSession {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  before(async () => {
    server = await startServer(typeof serverOptions === 'function' ? serverOptions() : serverOptions);
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'zh-CN', ...options });
    context.setDefaultTimeout(timeoutMs);
    await setup?.(session);
  }, { timeout: 300_000 });
  after(async () => {
    await context?.close().catch(() => {});
    await browser?.close().catch(() => {});
    await server?.stop();
  });
  const session: BrowserSession = {
    get server() { return server!; },
    get context() { return context!; },
  };
  return session;
}
