/**
 * The source line every chart carries: which papers, published when, how many articles — for the
 * facts the chart shows. Server-side (reads the dataset); the result is plain data for the browser.
 */
import type { ArticleRecord } from '../schema';
import { inWindow, isWithin, type RegionTree, type TimeWindow } from './aggregate';
import type { Dataset } from './dataset';
import { formatDate } from './format';
import { paperLabel } from '../i18n/papers';
import { byPaper, resolveMeasure } from './filters';
import { matchesMeasure } from './measures';

export interface SourceQuery {
  /** The `metric` parameter as the dashboard reads it (resolveMeasure); "count" or undefined: every fact. */
  readonly metric?: string;
  readonly region?: string;
  readonly from?: string;
  readonly to?: string;
  /** Only this newspaper's articles. */
  readonly paper?: string;
  /** Only facts of exactly these regions (the series a timeline draws). */
  readonly codes?: readonly string[];
}

export interface SourceLine {
  /** Newspapers, most articles first, then by name (code points: the same in every locale). */
  readonly papers: readonly string[];
  /** Publication dates (ISO) of the first and last article; '' when unknown. */
  readonly firstDate: string;
  readonly lastDate: string;
  readonly articles: number;
  readonly facts: number;
}

export type SourceScope = 'map' | 'region';

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Facts in view: of the measure, in the window, in the region and below. `scope` "map": a county
 * shows its prefecture's map (as buildMapView does); "region": exactly the region asked for.
 */
export function sourceLineFor(ds: Dataset, tree: RegionTree, q: SourceQuery, scope: SourceScope = 'map'): SourceLine {
  let region = (q.region && tree.get(q.region)) || tree.province;
  if (scope === 'map' && region.level === 'county') region = (region.parent && tree.get(region.parent)) || tree.province;
  const window: TimeWindow = {
    from: q.from && ISO.test(q.from) ? q.from : undefined,
    to: q.to && ISO.test(q.to) ? q.to : undefined,
  };
  const chosen = q.metric === undefined ? null : resolveMeasure(byPaper(ds, q.paper ?? null), tree, { metric: q.metric, region: region.code, window });
  const codes = q.codes ? new Set(q.codes) : null;
  const articles = new Map<string, ArticleRecord | undefined>();
  let facts = 0;
  for (const f of ds.facts) {
    const a = ds.articleById.get(f.articleId);
    if (chosen && !matchesMeasure(f, chosen.measure)) continue;
    if ((q.paper && a?.paper !== q.paper) || (codes && !codes.has(f.regionCode))) continue;
    if (!inWindow(f, a, window) || !isWithin(f.regionCode, region.code, tree)) continue;
    facts++;
    articles.set(f.articleId, a);
  }
  return summarise([...articles.values()], facts);
}

/** Papers, date range and counts of a set of articles (undefined entries: articles not found). */
export function summarise(list: readonly (ArticleRecord | undefined)[], facts: number): SourceLine {
  const perPaper = new Map<string, number>();
  const dates: string[] = [];
  for (const a of list) {
    if (!a) continue;
    if (a.paper) perPaper.set(a.paper, (perPaper.get(a.paper) ?? 0) + 1);
    if (a.date) dates.push(a.date);
  }
  dates.sort();
  const papers = [...perPaper.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([p]) => p);
  return { papers, firstDate: dates[0] ?? '', lastDate: dates[dates.length - 1] ?? '', articles: list.length, facts };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function enDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : '', month ?? '', y ?? ''].filter(Boolean).join(' ');
}

const MAX_PAPERS = 3;

/** "来源：浙江法制报 · 2018年7月18日—2019年3月2日 · 12篇报道" / "Source: 浙江法制报 · 18 Jul 2018 – 2 Mar 2019 · 12 articles". */
export function formatSourceLine(s: SourceLine, lang: 'zh' | 'en' = 'zh'): string {
  const zh = lang === 'zh';
  if (s.articles === 0) return zh ? '来源：暂无报道' : 'Source: no articles';
  const shown = s.papers.slice(0, MAX_PAPERS);
  const more = s.papers.length - shown.length;
  const papers = shown.length === 0
    ? (zh ? '报纸不详' : 'unknown paper')
    : zh
      ? `${shown.join('、')}${more > 0 ? `等${s.papers.length}家报纸` : ''}`
      : `${shown.map((p) => paperLabel(p, 'en')).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  const fmt = zh ? formatDate : enDate;
  const range = !s.firstDate
    ? (zh ? '日期不详' : 'date unknown')
    : s.firstDate === s.lastDate
      ? fmt(s.firstDate)
      : `${fmt(s.firstDate)}${zh ? '—' : ' – '}${fmt(s.lastDate)}`;
  const count = zh ? `${s.articles}篇报道` : `${s.articles} article${s.articles === 1 ? '' : 's'}`;
  return `${zh ? '来源：' : 'Source: '}${papers} · ${range} · ${count}`;
}
