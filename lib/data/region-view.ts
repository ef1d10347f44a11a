/**
 * Payloads of the region page (/region/<code>) and the article page (/article/<id>).
 */
import { METRICS, METRIC_KEYS, reviewStatusOf, type ArticleRecord, type FactRow, type MetricKey, type ReviewStatus } from '../schema';
import { childOf, compareLatest, isWithin, type RegionInfo, type RegionTree } from './aggregate';
import type { Dataset } from './dataset';
import { formatCompact, formatDate, formatFigure, formatPeriod } from './format';
import { formatCompact as formatCompactIn, formatFigure as formatFigureIn, measureLabel, periodOrReport } from '../i18n/format';
import { regionDisplay } from './region-names';
import type { Lang } from '../view-state';
import { indicatorName, kindOf, measureId, measureOf, signedValue, type MeasureKind } from './measures';
import type { Measure } from '../schema';

/** A sentence cut around the figure, for a quote with the figure highlighted. */
export interface Quote {
  readonly before: string;
  readonly figure: string;
  readonly after: string;
}

export interface FactView {
  readonly factId: string;
  readonly articleId: string;
  readonly regionCode: string;
  readonly regionName: string;
  readonly subject: string;
  readonly figure: string;
  readonly compact: string;
  readonly value: number;
  readonly unit: string;
  readonly kind: MeasureKind;
  readonly measure: Measure;
  readonly measureId: string;
  /** The indicator's name in the reader's language (刑事案件, Criminal cases). */
  readonly indicatorName: string;
  readonly period: string;
  readonly quote: Quote;
  readonly confidence: number;
  /** Whether a person has checked it (lib/review/). */
  readonly status: ReviewStatus;
}

export interface MeasureSeries {
  readonly measureId: string;
  readonly label: string;
  readonly kind: MeasureKind;
  readonly unit: string;
  /** figure: in words, for tooltips; short: for bar labels ("↓22%", "1.3万+"). */
  readonly items: readonly { readonly label: string; readonly value: number; readonly figure: string; readonly short: string }[];
}

export interface MetricGroup {
  readonly metric: MetricKey;
  readonly label: string;
  readonly color: string;
  readonly facts: readonly FactView[];
  /** Measures with two figures or more, for a small chart. */
  readonly charts: readonly MeasureSeries[];
}

export interface ArticleRef {
  readonly articleId: string;
  readonly title: string;
  readonly paper: string;
  readonly date: string;
  readonly page: string;
  readonly factCount: number;
}

export interface RegionPageData {
  readonly region: RegionInfo;
  /** 浙江省 › 丽水市 › 龙泉市 */
  readonly crumbs: readonly RegionInfo[];
  /** Sub-regions with how many figures each has (prefectures of the province, counties of a prefecture). */
  readonly children: readonly { readonly code: string; readonly name: string; readonly factCount: number; readonly hasShape: boolean }[];
  readonly groups: readonly MetricGroup[];
  readonly articles: readonly ArticleRef[];
  readonly factCount: number;
}

/** Cuts the sentence around the figure, locating it by the fact's offsets in the article. */
export function quoteOf(f: FactRow, article: ArticleRecord | undefined): Quote {
  const sentence = f.sentence;
  const figure = article ? article.text.slice(f.start, f.end) : '';
  if (article && figure) {
    // Find the occurrence of the sentence that covers the figure's offsets.
    for (let at = article.text.indexOf(sentence); at >= 0 && sentence; at = article.text.indexOf(sentence, at + 1)) {
      if (at <= f.start && f.end <= at + sentence.length) {
        return { before: sentence.slice(0, f.start - at), figure, after: sentence.slice(f.end - at) };
      }
      if (at > f.start) break;
    }
    const i = sentence.indexOf(figure);
    if (i >= 0) return { before: sentence.slice(0, i), figure, after: sentence.slice(i + figure.length) };
  }
  return { before: sentence, figure: '', after: '' };
}

/** Period of a fact in words, else the date of its article. */
export function periodText(f: FactRow, articleDate: string | undefined): string {
  const p = formatPeriod(f.periodStart, f.periodEnd);
  if (p) return p;
  return articleDate ? `${formatDate(articleDate)}报道` : '时间不详';
}

/** A fact for display; `lang` 'en' words the figure and period in English and adds pinyin to the place. */
export function factView(f: FactRow, ds: Dataset, tree: RegionTree, lang: Lang = 'zh'): FactView {
  const article = ds.articleById.get(f.articleId);
  const region = tree.get(f.regionCode);
  const kind = kindOf(f);
  return {
    factId: f.factId,
    articleId: f.articleId,
    regionCode: f.regionCode,
    regionName: lang === 'zh' ? region?.name ?? f.regionName : regionDisplay(f.regionCode, f.regionName, lang),
    subject: f.subject,
    figure: lang === 'zh' ? formatFigure(f) : formatFigureIn(f, lang),
    compact: lang === 'zh' ? formatCompact(signedValue(f), f.qualifier) : formatCompactIn(signedValue(f), f.qualifier, lang),
    value: signedValue(f),
    unit: f.unit,
    kind,
    measure: measureOf(f),
    measureId: measureId(measureOf(f)),
    indicatorName: indicatorName(f.indicator, lang),
    period: lang === 'zh' ? periodText(f, article?.date) : periodOrReport(f.periodStart, f.periodEnd, article?.date ?? '', lang),
    quote: quoteOf(f, article),
    confidence: f.confidence,
    status: reviewStatusOf(f),
  };
}

/** "龙泉市 刑事立案"; no repeated place when the subject already names it ("龙泉市总接警量"). */
function barLabel(v: FactView, showRegion: boolean, tree: RegionTree): string {
  const subject = v.subject || v.period;
  if (!showRegion) return subject;
  const short = tree.get(v.regionCode)?.shortName ?? v.regionName;
  return subject.startsWith(v.regionName) || subject.startsWith(short) ? subject : `${v.regionName} ${subject}`;
}

function groupByMetric(facts: readonly FactRow[], ds: Dataset, tree: RegionTree, showRegion: boolean, lang: Lang): MetricGroup[] {
  const groups: MetricGroup[] = [];
  for (const metric of METRIC_KEYS) {
    const list = facts.filter((f) => f.metric === metric).sort((a, b) => compareLatest(a, b, ds.articleById));
    if (list.length === 0) continue;
    const views = list.map((f) => factView(f, ds, tree, lang));
    const byMeasure = new Map<string, FactView[]>();
    for (const v of views) byMeasure.set(v.measureId, [...(byMeasure.get(v.measureId) ?? []), v]);
    const charts: MeasureSeries[] = [];
    for (const [id, vs] of byMeasure) {
      if (vs.length < 2) continue;
      const first = vs[0]!;
      charts.push({
        measureId: id,
        label: measureLabel(first.measure, lang),
        kind: first.kind,
        unit: first.unit,
        items: vs.map((v) => ({
          label: barLabel(v, showRegion, tree),
          value: v.value,
          figure: v.figure,
          short: v.kind === 'change' ? `${v.value < 0 ? '↓' : '↑'}${formatCompact(Math.abs(v.value))}${v.unit}` : v.compact,
        })),
      });
    }
    groups.push({ metric, label: METRICS[metric][lang], color: METRICS[metric].color, facts: views, charts });
  }
  return groups;
}

export function ancestorsOf(code: string, tree: RegionTree): RegionInfo[] {
  const chain: RegionInfo[] = [];
  for (let r = tree.get(code); r; r = r.parent ? tree.get(r.parent) : undefined) chain.unshift(r);
  return chain;
}

/** Null when the code is not a region of the tree (the page answers 404). */
export function buildRegionPage(ds: Dataset, tree: RegionTree, code: string, lang: Lang = 'zh'): RegionPageData | null {
  const region = tree.get(code);
  if (!region) return null;
  // The province page shows 全省 figures and a table of prefectures; a prefecture page also shows
  // its counties' figures; a county page its own.
  const facts = region.level === 'province'
    ? ds.facts.filter((f) => f.regionCode === region.code)
    : ds.facts.filter((f) => isWithin(f.regionCode, region.code, tree));
  const counts = new Map<string, number>();
  for (const f of ds.facts) {
    const c = childOf(f.regionCode, region.code, tree);
    if (c) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  }
  const children = tree.childrenOf(region.code).map((c) => ({
    code: c.code, name: lang === 'zh' ? c.name : regionDisplay(c.code, c.name, lang), factCount: counts.get(c.code) ?? 0, hasShape: tree.hasShape(c.code),
  }));

  const perArticle = new Map<string, number>();
  for (const f of facts) perArticle.set(f.articleId, (perArticle.get(f.articleId) ?? 0) + 1);
  const articles: ArticleRef[] = [...perArticle.entries()]
    .flatMap(([id, n]) => {
      const a = ds.articleById.get(id);
      return a ? [{ articleId: a.articleId, title: a.title, paper: a.paper, date: a.date, page: a.page, factCount: n }] : [];
    })
    .sort((a, b) => (a.date === b.date ? a.articleId.localeCompare(b.articleId) : a.date < b.date ? 1 : -1));

  return {
    region,
    crumbs: ancestorsOf(region.code, tree),
    children,
    groups: groupByMetric(facts, ds, tree, region.level !== 'county', lang),
    articles,
    factCount: facts.length,
  };
}
