/**
 * sources.csv (one row per file the extractor read: the manifest's paper, date, page, URL and
 * title, and the file's own place with where it was read) for the article page, cached per file
 * mtime like the dataset. Optional: output from an older extractor has no sources.csv, and pages
 * then show what articles.csv says; one without the place columns is read with the place unknown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REGION_BASES, SOURCE_COLUMNS, type ArticlePlace, type RegionBasis, type SourceMeta } from '../schema';
import { dataDir, publishedDir } from './config';
import { parseCsv } from './csv';
import { reportProblems } from './load';

export const SOURCES_FILE = 'sources.csv';

let cache: { key: string; bySource: ReadonlyMap<string, SourceInfo> } | null = null;

const DATE_BASES: ReadonlySet<string> = new Set(['manifest', 'text', 'none']);
const PLACE_BASES: ReadonlySet<string> = new Set(REGION_BASES);
const REGION_CODE = /^\d{6}$/;

/** The columns before the place columns were added (region_code, region_basis). */
const COLUMNS_WITHOUT_PLACE = SOURCE_COLUMNS.slice(0, SOURCE_COLUMNS.indexOf('region_code'));

/** A file's manifest data with its own place (its lead article's), as sources.csv gives them. */
export interface SourceInfo extends SourceMeta {
  readonly place: ArticlePlace;
}

/** Only http(s) links are shown as links: a manifest is data, and javascript: is not a source. */
export function safeUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function placeOf(code: string | undefined, basis: string | undefined): ArticlePlace {
  if (!basis || !PLACE_BASES.has(basis) || basis === 'none' || !code || !REGION_CODE.test(code)) return { code: '', basis: 'none' };
  return { code: code as ArticlePlace['code'], basis: basis as RegionBasis };
}

export function parseSources(text: string, file: string): { bySource: Map<string, SourceInfo>; problems: ReturnType<typeof parseCsv>['problems'] } {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.split(',').map((h) => h.trim());
  const legacy = header.length === COLUMNS_WITHOUT_PLACE.length && header.every((h, i) => h === COLUMNS_WITHOUT_PLACE[i]);
  const { records, problems } = parseCsv<(typeof SOURCE_COLUMNS)[number]>(text, file, legacy ? COLUMNS_WITHOUT_PLACE : SOURCE_COLUMNS, { guarded: true });
  const bySource = new Map<string, SourceInfo>();
  for (const { values: v } of records) {
    const place = placeOf(v.region_code, v.region_basis);
    bySource.set(v.source, {
      source: v.source, paper: v.paper, date: v.date, page: v.page, url: v.url, title: v.title,
      dateBasis: DATE_BASES.has(v.date_basis) ? (v.date_basis as SourceMeta['dateBasis']) : 'none',
      region: place.basis === 'manifest' ? place.code : '', place,
    });
  }
  return { bySource, problems };
}

/** The manifest data of `source`, or undefined when sources.csv is missing or lacks it. */
export function sourceMeta(source: string, dir: string = dataDir()): SourceInfo | undefined {
  const file = path.join(publishedDir(dir), SOURCES_FILE);
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
