/**
 * What the server passes to the browser for the map: aggregated values per region, never facts.
 * Types only, so client components can import them without pulling in server code.
 */
import type { IndicatorId, MeasureKind, MetricKey } from '../schema';
import type { Lang } from '../view-state';

export interface MapRegionDatum {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  /** The region's own latest figure of the measure, signed (a decrease is negative); null: none. */
  readonly value: number | null;
  /** That figure in words: "1.3万多人", "同比下降13.7%". */
  readonly figure: string | null;
  /** Compact form for labels: "1.3万+". */
  readonly compact: string | null;
  readonly subject: string;
  /** Period (or report date) of the figure, in words. */
  readonly period: string;
  /** Facts of the measure in the region and below. */
  readonly measureFacts: number;
  /** Of those, facts of sub-regions (counties of a prefecture). */
  readonly belowFacts: number;
  /** Distinct sources (newspaper pages) of those facts. */
  readonly sourceCount: number;
  /** All facts (any measure) in the region and below. */
  readonly allFacts: number;
}

export interface ShapelessDatum {
  readonly code: string;
  readonly name: string;
  readonly countedOnCode: string;
  readonly countedOnName: string;
  readonly figures: readonly { readonly factId: string; readonly articleId: string; readonly figure: string; readonly period: string }[];
}

export interface PanelFigure {
  readonly measureId: string;
  readonly metric: MetricKey;
  readonly metricLabel: string;
  readonly figure: string;
  readonly subject: string;
  readonly period: string;
  readonly factCount: number;
  readonly sourceCount: number;
  readonly factId: string;
  readonly articleId: string;
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
  /** What colours the map: a measure, or (id "count", metric null) the number of statistics. */
  readonly measure: {
    readonly id: string;
    readonly label: string;
    readonly metric: MetricKey | null;
    readonly indicator: IndicatorId | null;
    readonly kind: MeasureKind;
    readonly unit: string;
    readonly color: string;
  } | null;
  readonly measures: readonly MeasureChoice[];
  /** One per region drawn on the map (children of the view that have a shape). */
  readonly regions: readonly MapRegionDatum[];
  readonly shapeless: readonly ShapelessDatum[];
  readonly unplaced: number;
  /** Latest 全省 (330000) figure of every measure. */
  readonly province: readonly PanelFigure[];
  /** When drilled into a prefecture: its own (市本级) figures. */
  readonly viewOwn: readonly PanelFigure[] | null;
  readonly window: { readonly from?: string; readonly to?: string };
  readonly years: readonly string[];
  readonly totals: { readonly facts: number; readonly articles: number; readonly problems: number };
}
