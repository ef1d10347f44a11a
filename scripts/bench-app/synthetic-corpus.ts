/**
 * Synthetic corpora for npm run bench:app: the bundled sample pages (data/raw) copied over and
 * over with their places, dates and numbers varied, so the extractor and the app see a decade of
 * a province's papers. Never real data: every page's manifest row says `synthetic=yes`, its paper
 * is named "合成·…" (so the app shows it as synthetic) and the corpus is written under .tmp/.
 * Seeded: the same size and seed give the same pages.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { allDivisions, type Division } from '../../lib/regions/divisions';

/** Four papers, marked synthetic in their names: the app never shows these as real papers. */
export const SYNTHETIC_PAPERS = ['合成·浙江法制报', '合成·浙江日报', '合成·钱江晚报', '合成·今日浙江'] as const;
const FIRST_YEAR = 2010;
const LAST_YEAR = 2025;

export interface SeedPage {
  readonly text: string;
  /** Articles the extractor finds on it (measured once on the sample). */
  readonly articles: number;
}

export interface CorpusSummary {
  readonly dir: string;
  readonly pages: number;
  readonly bytes: number;
  /** Articles expected from the seed pages' article counts. */
  readonly articles: number;
}

/** mulberry32: a small seeded generator, so corpora are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], r: () => number): T => list[Math.floor(r() * list.length)]!;

/** Names of Zhejiang's prefectures and counties as pages write them: full (安吉县) and short (安吉), longest first. */
function placeNames(): { name: string; division: Division; short: boolean }[] {
  const out: { name: string; division: Division; short: boolean }[] = [];
  for (const d of allDivisions()) {
    if (d.level === 'province') continue;
    out.push({ name: d.name, division: d, short: false });
    if (d.shortName.length >= 2 && d.shortName !== d.name) out.push({ name: d.shortName, division: d, short: true });
  }
  return out.sort((a, b) => b.name.length - a.name.length);
}

const PLACES = placeNames();
const BY_NAME = new Map(PLACES.map((p) => [p.name, p]));
// One pass over the text for every place name (longest first, so 安吉县 wins over 安吉).
const PLACE_PATTERN = new RegExp(PLACES.map((p) => p.name).join('|'), 'g');
const PREFECTURES = allDivisions().filter((d) => d.level === 'prefecture');
const COUNTIES = allDivisions().filter((d) => d.level === 'county');

/**
 * One variant of a page: every place moved to another of its level (consistently on the page),
 * years shifted by the page's offset, other numbers redrawn with as many digits.
 */
export function varyPage(text: string, r: () => number, yearShift: number): string {
  const moved = new Map<string, Division>();
  const target = (d: Division) => {
    let t = moved.get(d.code);
    if (!t) moved.set(d.code, (t = pick(d.level === 'prefecture' ? PREFECTURES : COUNTIES, r)));
    return t;
  };
  const placed = text.replace(PLACE_PATTERN, (name) => {
    const p = BY_NAME.get(name)!;
    const t = target(p.division);
    return p.short ? t.shortName : t.name;
  });
  // 2018年 → the page's year; 3000 → another 4-digit number; 13.7 → another share. Dates (3月19日) stay.
  return placed.replace(/\d+(\.\d+)?(?=(年|月|日)?)/g, (n, frac: string | undefined, after: string | undefined) => {
    if (after === '年' && /^(19|20)\d\d$/.test(n)) return String(Math.min(LAST_YEAR, Math.max(FIRST_YEAR, Number(n) + yearShift)));
    if (after === '月' || after === '日' || (after === '年' && n.length !== 4)) return n;
    const digits = n.length - (frac?.length ?? 0);
    const lead = 1 + Math.floor(r() * 9);
    const rest = Array.from({ length: digits - 1 }, () => Math.floor(r() * 10)).join('');
    return `${lead}${rest}${frac ? `.${Math.floor(r() * 10)}` : ''}`;
  });
}

function isoDate(r: () => number): string {
  const y = FIRST_YEAR + Math.floor(r() * (LAST_YEAR - FIRST_YEAR + 1));
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The sample pages with how many articles each yields (`articlesPerPage` from one extraction of data/raw). */
export function readSeeds(rawDir: string, articlesPerPage: ReadonlyMap<string, number>): { name: string; page: SeedPage; year: number }[] {
  const manifest = Papa.parse<Record<string, string>>(readFileSync(path.join(rawDir, 'manifest.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const dates = new Map(manifest.map((row) => [row.source ?? '', row.date ?? '']));
  return readdirSync(rawDir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({
    name,
    page: { text: readFileSync(path.join(rawDir, name), 'utf8'), articles: articlesPerPage.get(name) ?? 1 },
    year: Number((dates.get(name) ?? '2018').slice(0, 4)),
  }));
}

/** Writes pages until they hold `articles` articles, with manifest.csv (synthetic=yes on every row). */
export function writeCorpus(dir: string, seeds: ReturnType<typeof readSeeds>, articles: number, seed = 1): CorpusSummary {
  mkdirSync(dir, { recursive: true });
  const r = seededRandom(seed);
  const rows: string[][] = [];
  let count = 0;
  let bytes = 0;
  for (let i = 0; count < articles; i++) {
    const s = seeds[i % seeds.length]!;
    const date = isoDate(r);
    const text = varyPage(s.page.text, r, Number(date.slice(0, 4)) - s.year);
    const name = `synthetic-${String(i).padStart(6, '0')}.txt`;
    writeFileSync(path.join(dir, name), text);
    rows.push([name, date, pick(SYNTHETIC_PAPERS, r), String(1 + Math.floor(r() * 8)), 'yes']);
    count += s.page.articles;
    bytes += Buffer.byteLength(text);
  }
  const manifest = Papa.unparse({ fields: ['source', 'date', 'paper', 'page', 'synthetic'], data: rows }, { newline: '\n' });
  writeFileSync(path.join(dir, 'manifest.csv'), `${manifest}\n`);
  writeFileSync(path.join(dir, 'SYNTHETIC.txt'), 'Synthetic pages made by npm run bench:app from data/raw: places, dates and numbers are random. Not real data.\n');
  return { dir, pages: rows.length, bytes, articles: count };
}
