/**
 * Everything the dashboard page (/) needs for one URL state, from the views built on query
 * results: the map's values per region, the timeline's series, one page of the table, and the
 * filter choices. The browser never receives the whole dataset. Pure.
 */
import { METRICS } from '../schema';
import { t } from '../i18n';
import { formatPeriod, measureLabel } from '../i18n/format';
import type { ViewState } from '../view-state';
import type { HeadlineData } from './headline-view';
import { groupByMetric, type MeasureOption } from './measures';
import type { TableData } from './table-view';
import type { TimelineData } from './timeline-view';
import type { MapViewData } from './view-types';

export interface DashboardData {
  readonly headline: HeadlineData;
  readonly map: MapViewData;
  readonly timeline: TimelineData;
  readonly table: TableData;
  /** The measure shown: its id, or "count" (statistics per region). */
  readonly metric: string;
  readonly measureGroups: readonly { label: string; options: { id: string; label: string; factCount: number }[] }[];
  /** Levels and changes of the chosen metric (for the switch); null in count mode. */
  readonly kinds: { current: 'level' | 'change'; choices: { kind: 'level' | 'change'; id: string | null }[] } | null;
  readonly papers: readonly { name: string; articles: number }[];
  readonly regionName: string;
  /** The window in words ("" without one). */
  readonly windowText: string;
}

export interface DashboardLinks {
  fact(articleId: string, factId: string): string;
  region(code: string): string;
}

export interface DashboardParts {
  readonly headline: HeadlineData;
  readonly map: MapViewData;
  readonly timeline: TimelineData;
  readonly table: TableData;
  /** Every measure on offer (the paper's, the reviewed ones), best first. */
  readonly options: readonly MeasureOption[];
  /** The measure shown (null: statistics per region). */
  readonly measure: MeasureOption | null;
  /** Statistics with the same filters (the count entry of the picker). */
  readonly totalFacts: number;
  readonly papers: readonly { name: string; articles: number }[];
  readonly regionName: string;
}

export function buildDashboard(parts: DashboardParts, state: ViewState): DashboardData {
  const lang = state.lang;
  const { measure, options } = parts;
  const m = t(lang);
  // Indicators under their metric family, with how many figures each has; the count of statistics
  // per region last, labelled as what it is (coverage of the sources).
  const measureGroups = [
    ...groupByMetric(options).map((g) => ({
      label: METRICS[g.metric][lang],
      options: g.options.map((o) => ({ id: o.id, label: measureLabel(o.measure, lang), factCount: o.factCount })),
    })),
    { label: m.measure.countShort, options: [{ id: 'count', label: m.measure.count, factCount: parts.totalFacts }] },
  ];
  // The same indicator's levels or changes (most data first).
  const kinds = measure
    ? {
        current: measure.measure.kind,
        choices: (['level', 'change'] as const).map((kind) => ({
          kind,
          id: kind === measure.measure.kind ? measure.id : options.find((o) => o.measure.indicator === measure.measure.indicator && o.measure.kind === kind)?.id ?? null,
        })),
      }
    : null;
  return {
    headline: parts.headline, map: parts.map, timeline: parts.timeline, table: parts.table,
    metric: measure?.id ?? 'count', measureGroups, kinds,
    papers: [...parts.papers].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)),
    regionName: parts.regionName,
    windowText: state.from || state.to ? formatPeriod(state.from ?? '', state.to ?? '', lang) : '',
  };
}
