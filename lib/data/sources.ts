/**
 * sources.csv (one row per file the extractor read: the manifest's paper, date, page, URL and
 * title) for the article page, cached per file mtime like the dataset. Optional: output from an
 * older extractor has no sources.csv, and pages then show what articles.csv says.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SOURCE_COLUMNS, type SourceMeta } from '../schema';
import { dataDir } from './config';
import { parseCsv } from './csv';
import { reportProblems } from './load';

export const SOURCES_FILE = 'sources.csv';

let cache: { key: string; bySource: ReadonlyMap<string, SourceMeta> } | null = null;

const DATE_BASES: ReadonlySet<string> = new Set(['manifest', 'text', 'none']);

/** Only http(s) links are shown as links: a manifest is data, and javascript: is not a source. */
export function safeUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function parseSources(text: string, file: string): { bySource: Map<string, SourceMeta>; problems: ReturnType<typeof parseCsv>['problems'] } {
  const { records, problems } = parseCsv(text, file, SOURCE_COLUMNS);
  const bySource = new Map<string, SourceMeta>();
  for (const { values: v } of records) {
    bySource.set(v.source, {
      source: v.source, paper: v.paper, date: v.date, page: v.page, url: v.url, title: v.title,
      dateBasis: DATE_BASES.has(v.date_basis) ? (v.date_basis as SourceMeta['dateBasis']) : 'none',
    });
  }
  return { bySource, problems };
}

/** The manifest data of `source`, or undefined when sources.csv is missing or lacks it. */
export function sourceMeta(source: string, dir: string = dataDir()): SourceMeta | undefined {
  const file = path.join(dir, SOURCES_FILE);
  let key = 'missing';
  try {
    const st = fs.statSync(file);
    key = `${file}|${st.mtimeMs}|${st.size}`;
  } catch {
    return undefined;
  }
  if (cache?.key !== key) {
    const parsed = parseSources(fs.readFileSync(file, 'utf8'), file);
    reportProblems(dir, parsed.problems);
    cache = { key, bySource: parsed.bySource };
  }
  return cache.bySource.get(source);
}
