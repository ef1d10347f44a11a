/**
 * Debian's Chromium for the e2e tests, through playwright-core, with the flags this workplace
 * runs it with; and a page that records what the browser complained about.
 */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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
