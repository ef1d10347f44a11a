/**
 * The headline panel: what a policy reader sees first. For one region (浙江省 by default), the
 * latest figure of each main indicator it has figures of its own for, with its period, the
 * history of that measure (a spark, when there is more than one point) and a link to the
 * sentence it comes from. Pure: built from query results (the region's own facts per measure).
 */
import { INDICATOR_IDS } from '../indicators';
import { METRICS, type FactRecord, type IndicatorId } from '../schema';
import type { MeasureStat } from '../db/queries';
import { formatFigure, measureLabel, periodOrReport } from '../i18n/format';
import type { Lang } from '../view-state';
import type { RegionTree, TimeWindow } from './region-tree';
import { CATCH_ALL_INDICATORS, indicatorName, measureId, measureOf, signedValue } from './measures';
import { timelineDate, type DateBasis } from './timeline-view';

/** Indicators a policy reader asks about first, in this order; the others follow in table order. */
export const HEADLINE_ORDER: readonly IndicatorId[] = [
  'criminal_cases', 'safety_satisfaction', 'telecom_fraud', 'volunteers', 'disputes', 'police_calls',
  'homicide', 'property_crime', 'serious_crime', 'cases_solved', 'organised_crime', 'traffic', 'fire', 'petitions',
];

export interface SparkPoint {
  /** YYYY-MM-DD: where the figure sits in time (timelineDate). */
  readonly date: string;
  readonly value: number;
}

export interface HeadlineCard {
  readonly measureId: string;
  readonly indicator: IndicatorId;
  /** 刑事案件 / Criminal cases. */
  readonly name: string;
  /** 刑事案件 · 增减（%）. */
  readonly label: string;
  readonly kind: 'level' | 'change';
  readonly figure: string;
  readonly subject: string;
  readonly period: string;
  readonly basis: DateBasis;
  /** The statistic in its article. */
  readonly href: string;
  /** Figures of this measure for the region in the window. */
  readonly count: number;
  /** The measure's history for the region, oldest first; empty with fewer than two dated points. */
  readonly spark: readonly SparkPoint[];
  readonly color: string;
}

export interface HeadlineData {
  readonly code: string;
  readonly name: string;
  readonly cards: readonly HeadlineCard[];
  /** Figures of the region's own that are only in catch-all indicators (not shown as cards). */
  readonly otherFigures: number;
  /** Figures of regions below it in the window (the map shows them). */
  readonly belowFigures: number;
}

export interface HeadlineQuery {
  readonly region: string;
  readonly window?: TimeWindow;
  readonly lang: Lang;
}

function rank(id: IndicatorId): number {
  const i = HEADLINE_ORDER.indexOf(id);
  return i >= 0 ? i : HEADLINE_ORDER.length + INDICATOR_IDS.indexOf(id);
}

/** The history a card's spark draws: at most this many of the latest figures. */
export const SPARK_MAX = 60;

/** What the database says for one headline panel (lib/data/view-data.ts asks it). */
export interface HeadlineRows {
  /** The region's own facts in the window, per measure. */
  readonly stats: readonly MeasureStat[];
  /** The latest (at most SPARK_MAX) of those per measure, newest first. */
  readonly latest: readonly FactRecord[];
  /** Facts of regions below it in the window. */
  readonly below: number;
}

/** Of an indicator's measures, the one its card shows: crime as a change, the rest as a level; then the most figures. */
function preferred(stats: readonly MeasureStat[]): MeasureStat {
  const rankOf = (s: MeasureStat) => ((s.metric === 'crime') === (s.kind === 'change') ? 0 : 1);
  return [...stats].sort((a, b) => rankOf(a) - rankOf(b) || b.facts - a.facts || a.id.localeCompare(b.id))[0]!;
}

export function buildHeadline(
  rows: HeadlineRows, tree: RegionTree, q: HeadlineQuery,
  names: (code: string, fallback: string) => string = (c, f) => tree.get(c)?.name ?? f,
  factHref: (articleId: string, factId: string) => string = (a, f) => `/article/${encodeURIComponent(a)}#fact-${f}`,
): HeadlineData {
  const region = tree.get(q.region) ?? tree.province;
  const byIndicator = new Map<IndicatorId, MeasureStat[]>();
  let otherFigures = 0;
  for (const s of rows.stats) {
    if (CATCH_ALL_INDICATORS.has(s.indicator)) otherFigures += s.facts;
    else byIndicator.set(s.indicator, [...(byIndicator.get(s.indicator) ?? []), s]);
  }
  const byMeasure = new Map<string, FactRecord[]>();
  for (const f of rows.latest) {
    const key = measureId(measureOf(f));
    const list = byMeasure.get(key);
    if (list) list.push(f);
    else byMeasure.set(key, [f]);
  }
  const cards = [...byIndicator.entries()]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .flatMap(([indicator, stats]): HeadlineCard[] => {
      const stat = preferred(stats);
      const facts = byMeasure.get(stat.id) ?? [];
      const latest = facts[0];
      if (!latest) return [];
      const at = timelineDate(latest, latest.published);
      const points = facts
        .flatMap((f) => {
          const d = timelineDate(f, f.published);
          return d ? [{ date: d.date, value: signedValue(f) }] : [];
        })
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const measure = measureOf(latest);
      return [{
        measureId: stat.id,
        indicator,
        name: indicatorName(indicator, q.lang),
        label: measureLabel(measure, q.lang),
        kind: measure.kind,
        figure: formatFigure(latest, q.lang),
        subject: latest.subject,
        period: periodOrReport(latest.periodStart, latest.periodEnd, latest.published, q.lang),
        basis: at?.basis ?? 'published',
        href: factHref(latest.articleId, latest.factId),
        count: stat.facts,
        spark: points.length > 1 ? points : [],
        color: METRICS[latest.metric].color,
      }];
    });
  return { code: region.code, name: names(region.code, region.name), cards, otherFigures, belowFigures: rows.below };
}

