/**
 * A measure is what one chart shows: an indicator (lib/indicators.ts), either levels (direction
 * none) or changes (direction increase/decrease), in one unit class — 刑事案件同比下降13.7% and
 * 命案同比下降8.22% are both crime changes but two measures; 626 支 teams and 13000 人 volunteers
 * are two indicators and never share a colour scale.
 *
 * Ids: `<indicator>.<kind>.<unit class>` ("criminal_cases.change.%", "volunteers.level.人").
 * The URL's `metric=` also takes the older forms: a metric family ("crime"), a family and kind
 * ("crime.change"), a family, kind and unit ("crime.change.%"); they pick the family's measure
 * with the widest coverage. Pure and client-safe.
 */
import { METRIC_KEYS, isMetricKey, type FactRow, type Measure, type MeasureKind } from '../schema';
import { INDICATOR_IDS, indicatorInfo, isIndicatorId } from '../indicators';

export type { Measure, MeasureKind } from '../schema';

/** A measure offered by the selector, with how much data it has. */
export interface MeasureOption {
  readonly id: string;
  readonly measure: Measure;
  readonly factCount: number;
  /** Regions below the province with at least one fact of the measure. */
  readonly regionCount: number;
}

/** Units that count the same thing, written differently: 刑事案件1234起 and 立案1234件 are one scale. */
const UNIT_CLASS: Readonly<Record<string, string>> = { 起: '件', 宗: '件' };

/** The class a unit belongs to ("起" → "件"); other units are their own class. */
export function unitClass(unit: string): string {
  return UNIT_CLASS[unit] ?? unit;
}

export function kindOf(f: Pick<FactRow, 'direction'>): MeasureKind {
  return f.direction === 'none' ? 'level' : 'change';
}

export function measureOf(f: Pick<FactRow, 'indicator' | 'metric' | 'direction' | 'unit'>): Measure {
  return { indicator: f.indicator, metric: f.metric, kind: kindOf(f), unit: unitClass(f.unit) };
}

/** "volunteers.level.人", "criminal_cases.change.%". */
export function measureId(m: Pick<Measure, 'indicator' | 'kind' | 'unit'>): string {
  return `${m.indicator}.${m.kind}.${m.unit}`;
}

export function sameMeasure(a: Measure, b: Measure): boolean {
  return a.indicator === b.indicator && a.kind === b.kind && a.unit === b.unit;
}

export function matchesMeasure(f: Pick<FactRow, 'indicator' | 'direction' | 'unit'>, m: Measure): boolean {
  return f.indicator === m.indicator && kindOf(f) === m.kind && unitClass(f.unit) === m.unit;
}

/** Signed value for charts: a decrease of 13.7 % is −13.7. */
export function signedValue(f: Pick<FactRow, 'value' | 'direction'>): number {
  return f.direction === 'decrease' ? -f.value : f.value;
}

/** Indicators that only catch what fits nowhere else: never a headline, never a default. */
export const CATCH_ALL_INDICATORS: ReadonlySet<string> = new Set(['crime_other', 'satisfaction_other', 'personnel_other', 'services_other', 'other']);

/** Order of measures: widest coverage, then most facts, then table order (levels before changes). */
export function compareOptions(a: MeasureOption, b: MeasureOption): number {
  return (
    b.regionCount - a.regionCount ||
    b.factCount - a.factCount ||
    Number(CATCH_ALL_INDICATORS.has(a.measure.indicator)) - Number(CATCH_ALL_INDICATORS.has(b.measure.indicator)) ||
    INDICATOR_IDS.indexOf(a.measure.indicator) - INDICATOR_IDS.indexOf(b.measure.indicator) ||
    (a.measure.kind === b.measure.kind ? 0 : a.measure.kind === 'level' ? -1 : 1) ||
    (a.measure.unit < b.measure.unit ? -1 : a.measure.unit > b.measure.unit ? 1 : 0)
  );
}

/** Measures present in `facts`, best first (compareOptions). */
export function listMeasures(facts: readonly FactRow[], provinceCode: string): MeasureOption[] {
  const byId = new Map<string, { measure: Measure; facts: number; regions: Set<string> }>();
  for (const f of facts) {
    const m = measureOf(f);
    const id = measureId(m);
    let e = byId.get(id);
    if (!e) {
      e = { measure: m, facts: 0, regions: new Set() };
      byId.set(id, e);
    }
    e.facts++;
    if (f.regionCode !== provinceCode) e.regions.add(f.regionCode);
  }
  return [...byId.entries()]
    .map(([id, e]) => ({ id, measure: e.measure, factCount: e.facts, regionCount: e.regions.size }))
    .sort(compareOptions);
}

/** The measures grouped by metric family (in METRIC_KEYS order), best first within each. */
export function groupByMetric(options: readonly MeasureOption[]): { metric: (typeof METRIC_KEYS)[number]; options: MeasureOption[] }[] {
  return METRIC_KEYS.flatMap((metric) => {
    const list = options.filter((o) => o.measure.metric === metric)
      .sort((a, b) => INDICATOR_IDS.indexOf(a.measure.indicator) - INDICATOR_IDS.indexOf(b.measure.indicator) || compareOptions(a, b));
    return list.length > 0 ? [{ metric, options: list }] : [];
  });
}

/** The default measure: the widest coverage, leaving catch-all indicators aside when others exist. */
export function defaultMeasure(options: readonly MeasureOption[]): MeasureOption | undefined {
  return options.find((o) => !CATCH_ALL_INDICATORS.has(o.measure.indicator)) ?? options[0];
}

/**
 * Matches the `metric` URL parameter against the measures on offer: a measure id, an indicator
 * with or without kind and unit ("criminal_cases", "criminal_cases.change"), or the older metric
 * forms ("crime", "crime.change", "crime.change.%"). Several matches: the first in `options`'
 * order (widest coverage). Undefined when the parameter matches nothing (the caller picks a default).
 */
export function matchMeasure(param: string | undefined, options: readonly MeasureOption[]): MeasureOption | undefined {
  if (!param) return undefined;
  const exact = options.find((o) => o.id === param);
  if (exact) return exact;
  const [head = '', kind, unit] = param.split('.');
  const fits = (o: MeasureOption) => (kind === undefined || o.measure.kind === kind) && (unit === undefined || o.measure.unit === unitClass(unit));
  if (isIndicatorId(head)) {
    const hit = options.find((o) => o.measure.indicator === head && fits(o));
    if (hit) return hit;
  }
  if (!isMetricKey(head)) return undefined;
  const family = options.filter((o) => o.measure.metric === head && fits(o));
  return family.find((o) => !CATCH_ALL_INDICATORS.has(o.measure.indicator)) ?? family[0];
}

/** The indicator's name in the reader's language. */
export function indicatorName(id: Measure['indicator'], lang: 'zh' | 'en'): string {
  return indicatorInfo(id)[lang];
}

/**
 * The measure the `metric` URL parameter names among `all` (every measure on offer); null for
 * "count" and when there is no data. No parameter, or one that matches nothing: the default of
 * the first of `where` that has one (e.g. where the map looks in the window, then at any time),
 * else of `all`, as the entry of `all` (whose counts the picker shows).
 */
export function chooseMeasure(metric: string, all: readonly MeasureOption[], ...where: readonly (readonly MeasureOption[])[]): MeasureOption | null {
  if (metric === 'count') return null;
  const named = matchMeasure(metric, all);
  if (named) return named;
  for (const options of [...where, all]) {
    const d = defaultMeasure(options);
    const hit = d && all.find((o) => o.id === d.id);
    if (hit) return hit;
  }
  return null;
}
