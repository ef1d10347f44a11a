/**
 * Everything the dashboard page (/) needs for one URL state, aggregated on the server: the map's
 * values per region, the timeline's series, one page of the table, and the filter choices.
 * The browser never receives the whole dataset.
 */
import { METRICS } from '../schema';
import { t } from '../i18n';
import { formatPeriod, measureLabel } from '../i18n/format';
import type { ViewState } from '../view-state';
import type { RegionTree } from './aggregate';
import type { Dataset } from './dataset';
import { byPaper, listPapers, resolveMeasure } from './filters';
import { buildHeadline, type HeadlineData } from './headline-view';
import { buildMapView } from './map-view';
import { groupByMetric, listMeasures } from './measures';
import { regionDisplay } from './region-names';
import { buildTable, type TableData } from './table-view';
import { buildTimeline, type TimelineData } from './timeline-view';
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

export function buildDashboard(all: Dataset, tree: RegionTree, state: ViewState, links: DashboardLinks): DashboardData {
  const lang = state.lang;
  const ds = byPaper(all, state.paper);
  const names = (code: string, fallback: string) => regionDisplay(code, fallback, lang);
  const window = { from: state.from ?? undefined, to: state.to ?? undefined };
  const measure = resolveMeasure(ds, tree, { metric: state.metric, region: state.region, window });

  const headline = buildHeadline(ds, tree, { region: state.region, window, lang }, names, links.fact);
  const map = buildMapView(ds, tree, { measure, region: state.region, level: state.level, ...window, lang, names, factHref: links.fact });
  const timeline = buildTimeline(ds, tree, { measure, region: state.region, lang, window }, names, links);
  const table = buildTable(ds, tree, { measure, region: state.region, window, sort: state.sort, dir: state.dir, page: state.page, lang }, names, links.fact);

  const options = listMeasures(ds.facts, tree.province.code);
  const m = t(lang);
  // Indicators under their metric family, with how many figures each has; the count of statistics
  // per region last, labelled as what it is (coverage of the sources).
  const measureGroups = [
    ...groupByMetric(options).map((g) => ({
      label: METRICS[g.metric][lang],
      options: g.options.map((o) => ({ id: o.id, label: measureLabel(o.measure, lang), factCount: o.factCount })),
    })),
    { label: m.measure.countShort, options: [{ id: 'count', label: m.measure.count, factCount: ds.facts.length }] },
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
    headline, map, timeline, table, metric: measure?.id ?? 'count', measureGroups, kinds,
    papers: listPapers(all),
    regionName: names(state.region, state.region),
    windowText: state.from || state.to ? formatPeriod(state.from ?? '', state.to ?? '', lang) : '',
  };
}
