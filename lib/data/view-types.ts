/**
 * What the server passes to the browser for the map: aggregated values per region, never facts.
 * Types only, so client components can import them without pulling in server code.
 */
import type { IndicatorId, MeasureKind, MetricKey, ReviewStatus } from '../schema';
import type { Lang, MapLevel } from '../view-state';

/** One figure of a region, as listed when a region has several ("3 figures"). */
export interface FigureRef {
  readonly factId: string;
  /** The statistic in its article (/article/<id>#fact-<id>). */
  readonly href: string;
  readonly figure: string;
  readonly subject: string;
  readonly period: string;
}

export interface MapRegionDatum {
  readonly code: string;
  readonly name: string;
  /** What the map writes on the region: the short name (zh) or its pinyin (en). */
  readonly label: string;
  /** The region's own latest figure of the measure, signed (a decrease is negative); null: none. */
  readonly value: number | null;
  /** That figure in words: "1.3万多人", "同比下降13.7%"; in count mode "12条统计". */
  readonly figure: string | null;
  /** Compact form for labels: "1.3万+". */
  readonly compact: string | null;
  readonly subject: string;
  /** Period (or report date) of the figure, in words. */
  readonly period: string;
  /** The region's own figures of the measure in the window (the latest is shown). */
  readonly count: number;
  /** Those figures, latest first (at most MAX_LISTED). */
  readonly figures: readonly FigureRef[];
  /** Figures of the measure in regions below it (a prefecture's counties). */
  readonly belowFacts: number;
  /** Distinct sources (newspaper pages) of the region's figures and those below it. */
  readonly sourceCount: number;
  /** The latest figure, as downloads write it; null without one (and in count mode). */
  readonly latest: FigureFields | null;
}

export interface ShapelessDatum {
  readonly code: string;
  readonly name: string;
  readonly countedOnCode: string;
  readonly countedOnName: string;
  readonly figures: readonly { readonly factId: string; readonly articleId: string; readonly figure: string; readonly period: string }[];
}

export interface Crumb {
  readonly code: string;
  readonly name: string;
}

export interface MeasureChoice {
  readonly id: string;
  readonly label: string;
  readonly factCount: number;
  readonly regionCount: number;
}

export interface MapViewData {
  readonly lang: Lang;
  readonly view: { readonly code: string; readonly name: string; readonly level: 'province' | 'prefecture' };
  /** 浙江省 › 丽水市 */
  readonly crumbs: readonly Crumb[];
  /** The level whose regions are coloured (the province view: prefectures or counties). */
  readonly level: MapLevel;
  /** The province view's 地级/县级 switch: regions with figures of their own per level; null in a prefecture. */
  readonly levels: { readonly prefecture: number; readonly county: number } | null;
  /** What colours the map: a measure, or (id "count", metric null) the number of statistics. */
  readonly measure: {
    readonly id: string;
    readonly label: string;
    readonly metric: MetricKey | null;
    readonly indicator: IndicatorId | null;
    /** The indicator's name (刑事案件), or the count's label. */
    readonly indicatorName: string;
    readonly kind: MeasureKind;
    readonly unit: string;
    readonly color: string;
  } | null;
  readonly measures: readonly MeasureChoice[];
  /** One per region drawn in colour (regions of the coloured level that have a shape). */
  readonly regions: readonly MapRegionDatum[];
  /** Province view at county level: prefectures with figures of their own, marked on the map. */
  readonly ownPrefectures: readonly MapRegionDatum[];
  readonly shapeless: readonly ShapelessDatum[];
  readonly unplaced: number;
  readonly window: { readonly from?: string; readonly to?: string };
  /** What the legend says of time: the window, else the span of the figures shown ("" without dates). */
  readonly period: string;
  readonly years: readonly string[];
  readonly totals: { readonly facts: number; readonly articles: number; readonly problems: number };
}

/**
 * One statistic as every download writes it (lib/export/figure-csv.ts): the same fields for the
 * table, the map and the timeline, whatever the language of the page.
 */
export interface FigureFields {
  readonly factId: string;
  /** The statistic in its article (relative: /article/<id>#fact-<id>). */
  readonly href: string;
  readonly indicator: string;
  /** 刑事案件 / Criminal cases. */
  readonly indicatorName: string;
  readonly kind: MeasureKind;
  /** Signed: a decrease is negative. */
  readonly value: number;
  readonly unit: string;
  /** exact, more_than, at_least, less_than, about. */
  readonly qualifier: string;
  /** The figure in words, in the page's language. */
  readonly figure: string;
  readonly subject: string;
  /** ISO (YYYY, YYYY-MM or YYYY-MM-DD) as extracted; '' when the text gives none. */
  readonly periodStart: string;
  readonly periodEnd: string;
  /** YYYY-MM-DD: where the figure sits in time (period end, else publication date). */
  readonly date: string;
  readonly basis: 'period' | 'published' | 'none';
  readonly paper: string;
  readonly published: string;
  /** The words around the figure in its sentence (a bounded window: lib/data/quote.ts). */
  readonly sentence: string;
  /** Whether a person has checked it (lib/review/). */
  readonly status: ReviewStatus;
}
