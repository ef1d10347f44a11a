/**
 * A measure is what one choropleth shows: a metric, either levels (direction none) or
 * changes (direction increase/decrease), in one unit — 626 支 teams and 13000 人 volunteers
 * are both `volunteers` levels but never share a colour scale.
 * Pure and client-safe.
 */
import { METRICS, METRIC_KEYS, isMetricKey, type FactRow, type MetricKey } from '../schema';

export type MeasureKind = 'level' | 'change';

export interface Measure {
  readonly metric: MetricKey;
  readonly kind: MeasureKind;
  readonly unit: string;
}

/** A measure offered by the selector, with how much data it has. */
export interface MeasureOption {
  readonly id: string;
  readonly label: string;
  readonly measure: Measure;
  readonly factCount: number;
  /** Regions below the province with at least one fact of the measure. */
  readonly regionCount: number;
}

export function kindOf(f: Pick<FactRow, 'direction'>): MeasureKind {
  return f.direction === 'none' ? 'level' : 'change';
}

export function measureOf(f: Pick<FactRow, 'metric' | 'direction' | 'unit'>): Measure {
  return { metric: f.metric, kind: kindOf(f), unit: f.unit };
}

/** "volunteers.level.人", "crime.change.%". */
export function measureId(m: Measure): string {
  return `${m.metric}.${m.kind}.${m.unit}`;
}

export function sameMeasure(a: Measure, b: Measure): boolean {
  return a.metric === b.metric && a.kind === b.kind && a.unit === b.unit;
}

export function matchesMeasure(f: Pick<FactRow, 'metric' | 'direction' | 'unit'>, m: Measure): boolean {
  return f.metric === m.metric && kindOf(f) === m.kind && f.unit === m.unit;
}

export function measureLabel(m: Measure): string {
  const metric = METRICS[m.metric].zh;
  const unit = m.unit === '' ? '' : `（${m.unit}）`;
  return m.kind === 'level' ? `${metric} · 数量${unit}` : `${metric} · 增减${unit}`;
}

/** Signed value for charts: a decrease of 13.7 % is −13.7. */
export function signedValue(f: Pick<FactRow, 'value' | 'direction'>): number {
  return f.direction === 'decrease' ? -f.value : f.value;
}

/** Measures present in `facts`, best first: most regions, then most facts, then metric order. */
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
    .map(([id, e]) => ({
      id,
      label: measureLabel(e.measure),
      measure: e.measure,
      factCount: e.facts,
      regionCount: e.regions.size,
    }))
    .sort(
      (a, b) =>
        b.regionCount - a.regionCount ||
        b.factCount - a.factCount ||
        METRIC_KEYS.indexOf(a.measure.metric) - METRIC_KEYS.indexOf(b.measure.metric) ||
        (a.measure.kind === b.measure.kind ? 0 : a.measure.kind === 'level' ? -1 : 1) ||
        a.measure.unit.localeCompare(b.measure.unit),
    );
}

/**
 * Matches the `metric` URL parameter against the measures on offer: a full id
 * ("volunteers.level.人"), a metric and kind ("crime.change") or a metric ("volunteers").
 * Undefined when the parameter is missing or matches nothing (the caller picks a default).
 */
export function matchMeasure(param: string | undefined, options: readonly MeasureOption[]): MeasureOption | undefined {
  if (!param) return undefined;
  const exact = options.find((o) => o.id === param);
  if (exact) return exact;
  const [metric, kind] = param.split('.');
  if (!metric || !isMetricKey(metric)) return undefined;
  return options.find((o) => o.measure.metric === metric && (kind === undefined || o.measure.kind === kind));
}
