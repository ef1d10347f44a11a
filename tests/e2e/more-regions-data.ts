/**
 * A small synthetic data folder (CSVs in the contract of lib/schema.ts, written to a temporary
 * folder) with more regions for one measure than the timeline draws by default: five counties of
 * 杭州 with three or four figures each (drawn), and three regions with fewer (the "other regions"
 * list), one of them outside the region table with a hostile name (shown as text, never as HTML).
 * Deterministic: the same folder every run. Marked synthetic in its paper and titles.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { ARTICLE_COLUMNS, FACT_COLUMNS, type ArticleRow, type FactCsvRow } from '../../lib/schema';

/** The measure every figure is of (volunteers, a level in people). */
export const MEASURE = 'volunteers.level.人';

export interface SyntheticRegion {
  readonly code: string;
  readonly name: string;
  /** The years it has a figure for (one figure a year, 1000 × its rank + year's last digit). */
  readonly years: readonly number[];
}

/** A region code outside Zhejiang's table: its name is shown as the data gives it. */
export const HOSTILE: SyntheticRegion = { code: '990001', name: '<img src=x onerror="window.__xss=1">&amp;测试区', years: [2021] };

/** Most figures first: the first five are drawn, the rest are listed under "other regions". */
export const REGIONS: readonly SyntheticRegion[] = [
  { code: '330102', name: '上城区', years: [2019, 2020, 2021, 2022] },
  { code: '330105', name: '拱墅区', years: [2019, 2020, 2021, 2022] },
  { code: '330106', name: '西湖区', years: [2019, 2020, 2021] },
  { code: '330108', name: '滨江区', years: [2019, 2020, 2021] },
  { code: '330109', name: '萧山区', years: [2020, 2021, 2022] },
  { code: '330110', name: '余杭区', years: [2019, 2022] },
  { code: '330111', name: '富阳区', years: [2020, 2022] },
  HOSTILE,
];

export const DRAWN = REGIONS.slice(0, 5);
export const OTHERS = REGIONS.slice(5);

/** The figure of `region` in `year`. */
export function valueOf(region: SyntheticRegion, year: number): number {
  return 1000 * (REGIONS.indexOf(region) + 1) + (year % 10);
}

/** The fact id of `region`'s figure in `year` (as the chart and its table link to it). */
export function factIdOf(region: SyntheticRegion, year: number): string {
  return `syn-${region.code}-${year}`;
}

/** Writes articles.csv and facts.csv into a new temporary folder; returns the folder. */
export function writeMoreRegionsData(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zj-e2e-regions-'));
  const articles: ArticleRow[] = [];
  const facts: FactCsvRow[] = [];
  for (const r of REGIONS) {
    const id = `synthetic-${r.code}`;
    let text = '（测试数据，非真实报道）';
    for (const year of r.years) {
      const figure = `${valueOf(r, year)}人`;
      const sentence = `${year}年，${r.name}有平安志愿者${figure}。`;
      const start = text.length + sentence.indexOf(figure);
      facts.push({
        fact_id: factIdOf(r, year), article_id: id, source: `${id}.txt`, region_code: r.code, region_name: r.name, region_level: 'county',
        metric: 'volunteers', indicator: 'volunteers', subject: '平安志愿者', value: String(valueOf(r, year)), unit: '人', qualifier: 'exact',
        direction: 'none', comparison: '', period_start: String(year), period_end: String(year), sentence,
        start: String(start), end: String(start + figure.length), confidence: '0.9',
      });
      text += sentence;
    }
    articles.push({ article_id: id, source: `${id}.txt`, paper: '测试报', date: '2023-01-10', page: '1', title: `（测试数据）${r.name}平安志愿者`, byline: '', text });
  }
  writeFileSync(path.join(dir, 'articles.csv'), `${Papa.unparse(articles, { columns: [...ARTICLE_COLUMNS], newline: '\n' })}\n`);
  writeFileSync(path.join(dir, 'facts.csv'), `${Papa.unparse(facts, { columns: [...FACT_COLUMNS], newline: '\n' })}\n`);
  return dir;
}
