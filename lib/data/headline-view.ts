/**
 * The headline panel: what a policy reader sees first. For one region (浙江省 by default), the
 * latest figure of each main indicator it has figures of its own for, with its period, the
 * history of that measure (a spark, when there is more than one point) and a link to the
 * sentence it comes from. Pure: built from the region's own fact rows.
 */
import { INDICATOR_IDS } from '../indicators';
import { METRICS, type FactRow, type IndicatorId } from '../schema';
import { formatFigure, measureLabel, periodOrReport } from '../i18n/format';
import type { Lang } from '../view-state';
import { compareLatest, inWindow, type RegionTree, type TimeWindow } from './aggregate';
import type { Dataset } from './dataset';
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

/** Of an indicator's measures, the one its card shows: crime as a change, the rest as a level; then the most figures. */
function preferred(groups: ReadonlyMap<string, FactRow[]>): FactRow[] {
  return [...groups.values()].sort((a, b) => {
    const pa = (a[0]!.metric === 'crime') === (a[0]!.direction !== 'none') ? 0 : 1;
    const pb = (b[0]!.metric === 'crime') === (b[0]!.direction !== 'none') ? 0 : 1;
    return pa - pb || b.length - a.length || measureId(measureOf(a[0]!)).localeCompare(measureId(measureOf(b[0]!)));
  })[0]!;
}

export function buildHeadline(
  ds: Dataset, tree: RegionTree, q: HeadlineQuery,
  names: (code: string, fallback: string) => string = (c, f) => tree.get(c)?.name ?? f,
  factHref: (articleId: string, factId: string) => string = (a, f) => `/article/${encodeURIComponent(a)}#fact-${f}`,
): HeadlineData {
  const region = tree.get(q.region) ?? tree.province;
  const window = q.window ?? {};
  const byIndicator = new Map<IndicatorId, Map<string, FactRow[]>>();
  let otherFigures = 0;
  let belowFigures = 0;
  for (const f of ds.facts) {
    if (!inWindow(f, ds.articleById.get(f.articleId), window)) continue;
    if (f.regionCode !== region.code) {
      for (let r = tree.get(f.regionCode); r; r = r.parent ? tree.get(r.parent) : undefined) {
        if (r.parent === region.code) {
          belowFigures++;
          break;
        }
      }
      continue;
    }
    if (CATCH_ALL_INDICATORS.has(f.indicator)) {
      otherFigures++;
      continue;
    }
    const groups = byIndicator.get(f.indicator) ?? new Map<string, FactRow[]>();
    const id = measureId(measureOf(f));
    groups.set(id, [...(groups.get(id) ?? []), f]);
    byIndicator.set(f.indicator, groups);
  }

  const cards = [...byIndicator.entries()]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([indicator, groups]): HeadlineCard => {
      const facts = preferred(groups).slice().sort((a, b) => compareLatest(a, b, ds.articleById));
      const latest = facts[0]!;
      const article = ds.articleById.get(latest.articleId);
      const at = timelineDate(latest, article?.date);
      const points = facts
        .flatMap((f) => {
          const d = timelineDate(f, ds.articleById.get(f.articleId)?.date);
          return d ? [{ date: d.date, value: signedValue(f) }] : [];
        })
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const measure = measureOf(latest);
      return {
        measureId: measureId(measure),
        indicator,
        name: indicatorName(indicator, q.lang),
        label: measureLabel(measure, q.lang),
        kind: measure.kind,
        figure: formatFigure(latest, q.lang),
        subject: latest.subject,
        period: periodOrReport(latest.periodStart, latest.periodEnd, article?.date ?? '', q.lang),
        basis: at?.basis ?? 'published',
        href: factHref(latest.articleId, latest.factId),
        count: facts.length,
        spark: points.length > 1 ? points : [],
        color: METRICS[latest.metric].color,
      };
    });
  return { code: region.code, name: names(region.code, region.name), cards, otherFigures, belowFigures };
}
