/**
 * The source line every chart carries: which papers, published when, how many articles — for the
 * facts the chart shows (lib/data/view-data.ts asks the database per paper). Pure; the result is
 * plain data for the browser.
 */
import type { PaperSummary } from '../db/queries';
import { formatDate } from './format';
import { paperLabel } from '../i18n/papers';

export interface SourceLine {
  /** Newspapers, most articles first, then by name (code points: the same in every locale). */
  readonly papers: readonly string[];
  /** Publication dates (ISO) of the first and last article; '' when unknown. */
  readonly firstDate: string;
  readonly lastDate: string;
  readonly articles: number;
  readonly facts: number;
}

/** The source line of the articles behind a view, from their summary per paper. */
export function summarise(perPaper: readonly PaperSummary[]): SourceLine {
  const papers = perPaper.filter((p) => p.paper)
    .sort((x, y) => y.articles - x.articles || (x.paper < y.paper ? -1 : x.paper > y.paper ? 1 : 0)).map((p) => p.paper);
  const firsts = perPaper.map((p) => p.first).filter(Boolean).sort();
  const lasts = perPaper.map((p) => p.last).filter(Boolean).sort();
  return {
    papers, firstDate: firsts[0] ?? '', lastDate: lasts.at(-1) ?? '',
    articles: perPaper.reduce((n, p) => n + p.articles, 0), facts: perPaper.reduce((n, p) => n + p.facts, 0),
  };
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
