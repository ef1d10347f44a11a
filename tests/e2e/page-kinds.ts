/**
 * One URL of every page kind, for the checks every page must pass (axe, no sideways scroll,
 * one h1, footer): built from the data the e2e server reads, and a wait that says when each is drawn.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';

export interface PageKind {
  readonly name: string;
  readonly path: string;
  /** Embeds have no site frame (no header, footer, skip link). */
  readonly embed?: boolean;
  /** The 404 answers with status 404. */
  readonly status?: number;
}

/** The article with the most statistics (its page has the longest facts table). */
export function busiestArticle(dataDir: string): string {
  const facts = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(dataDir, 'facts.csv'), 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
  const n = new Map<string, number>();
  for (const f of facts) n.set(f.article_id!, (n.get(f.article_id!) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

export function pageKinds(dataDir: string): PageKind[] {
  return [
    { name: 'dashboard', path: '/' },
    { name: 'region', path: '/region/331181' },
    { name: 'article', path: `/article/${encodeURIComponent(busiestArticle(dataDir))}` },
    { name: 'about', path: '/about' },
    { name: 'review sign-in', path: '/review/sign-in' },
    { name: 'embed map', path: '/embed/map?region=331100', embed: true },
    { name: 'embed timeline', path: '/embed/timeline?metric=criminal_cases.change.%25&region=331100', embed: true },
    { name: 'not found', path: '/region/999999', status: 404 },
  ];
}

/** With `theme` and `lang` added to the kind's URL. */
export function withDisplay(p: string, display: { theme?: 'dark'; lang?: 'en' }): string {
  const q = new URLSearchParams();
  if (display.theme) q.set('theme', display.theme);
  if (display.lang) q.set('lang', display.lang);
  const s = q.toString();
  if (!s) return p;
  return `${p}${p.includes('?') ? '&' : '?'}${s}`;
}

/** Loads `url` and waits until its charts (if any) are drawn. */
export async function openKind(page: Page, base: string, kind: PageKind, url = kind.path): Promise<void> {
  const r = await page.goto(`${base}${url}`);
  if ((r?.status() ?? 0) !== (kind.status ?? 200)) throw new Error(`${url}: status ${r?.status()}`);
  if (kind.name === 'dashboard') await page.locator('[data-testid="zj-map"][data-ready="true"]').waitFor();
  if (kind.embed) await page.locator('[data-testid="embed-chart"][data-ready="true"]').waitFor();
  await page.waitForLoadState('networkidle');
}
