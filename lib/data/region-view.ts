/**
 * Payloads of the region page (/region/<code>) and the article page (/article/<id>), built from
 * query results. A region's page lists the latest REGION_LIST figures of each metric and the
 * latest REGION_ARTICLES articles (with how many there are): no page grows with the corpus. Pure.
 */
import { METRICS, METRIC_KEYS, reviewStatusOf, type FactRecord, type MetricKey, type Quote, type ReviewStatus } from '../schema';
import type { ArticleRefRow, RegionCount } from '../db/queries';
import { formatCompact, formatDate, formatFigure, formatPeriod } from './format';
import { formatCompact as formatCompactIn, formatFigure as formatFigureIn, measureLabel, periodOrReport } from '../i18n/format';
import { regionDisplay } from './region-names';
import { ancestorsOf, type RegionInfo, type RegionTree } from './region-tree';
import type { Lang } from '../view-state';
import { indicatorName, kindOf, measureId, measureOf, signedValue, type MeasureKind } from './measures';
import type { Measure } from '../schema';

export type { Quote } from '../schema';

/** Figures listed per metric on a region page (the latest; the dashboard's table has them all). */
export const REGION_LIST = 50;
/** Articles listed on a region page (the latest). */
export const REGION_ARTICLES = 50;

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
  /** A bounded window of the sentence around the figure (lib/data/quote.ts). */
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
  /** The latest figures (at most REGION_LIST), newest first. */
  readonly facts: readonly FactView[];
  /** Figures of the metric in all. */
  readonly total: number;
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
  /** The latest articles (at most REGION_ARTICLES) and how many there are. */
  readonly articles: readonly ArticleRef[];
  readonly articleCount: number;
  readonly factCount: number;
}

/** What the database says for one region page (lib/data/view-data.ts asks it). */
export interface RegionRows {
  /** Facts of the page's scope per metric. */
  readonly perMetric: ReadonlyMap<string, number>;
  /** The latest REGION_LIST of each metric, newest first. */
  readonly latest: readonly FactRecord[];
  /** Facts per child region (a prefecture's own and its counties'). */
  readonly children: readonly RegionCount[];
  readonly articles: readonly ArticleRefRow[];
  readonly articleCount: number;
}

/** Period of a fact in words, else the date of its article. */
export function periodText(f: Pick<FactRecord, 'periodStart' | 'periodEnd' | 'published'>): string {
  const p = formatPeriod(f.periodStart, f.periodEnd);
  if (p) return p;
  return f.published ? `${formatDate(f.published)}报道` : '时间不详';
}

/** A fact for display; `lang` 'en' words the figure and period in English and adds pinyin to the place. */
export function factView(f: FactRecord, tree: RegionTree, lang: Lang = 'zh'): FactView {
  const region = tree.get(f.regionCode);
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
    kind: kindOf(f),
    measure: measureOf(f),
    measureId: measureId(measureOf(f)),
    indicatorName: indicatorName(f.indicator, lang),
    period: lang === 'zh' ? periodText(f) : periodOrReport(f.periodStart, f.periodEnd, f.published, lang),
    quote: f.quote,
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

function groupByMetric(rows: RegionRows, tree: RegionTree, showRegion: boolean, lang: Lang): MetricGroup[] {
  const groups: MetricGroup[] = [];
  for (const metric of METRIC_KEYS) {
    const list = rows.latest.filter((f) => f.metric === metric);
    if (list.length === 0) continue;
    const views = list.map((f) => factView(f, tree, lang));
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
    groups.push({ metric, label: METRICS[metric][lang], color: METRICS[metric].color, facts: views, total: rows.perMetric.get(metric) ?? views.length, charts });
  }
  return groups;
}

/**
 * The page of `code`, or null when it is not a region of the tree (the page answers 404). The
 * province page shows 全省 figures and a table of prefectures; a prefecture page also its
 * counties' figures; a county page its own.
 */
export function buildRegionPage(rows: RegionRows, tree: RegionTree, code: string, lang: Lang = 'zh'): RegionPageData | null {
  const region = tree.get(code);
  if (!region) return null;
  const counts = new Map(rows.children.map((c) => [c.code, c.facts]));
  const children = tree.childrenOf(region.code).map((c) => ({
    code: c.code, name: lang === 'zh' ? c.name : regionDisplay(c.code, c.name, lang), factCount: counts.get(c.code) ?? 0, hasShape: tree.hasShape(c.code),
  }));
  const articles = rows.articles.map((a) => ({ articleId: a.articleId, title: a.title, paper: a.paper, date: a.date, page: a.page, factCount: a.facts }));
  return {
    region,
    crumbs: ancestorsOf(region.code, tree),
    children,
    groups: groupByMetric(rows, tree, region.level !== 'county', lang),
    articles,
    articleCount: rows.articleCount,
    factCount: [...rows.perMetric.values()].reduce((n, x) => n + x, 0),
  };
}
