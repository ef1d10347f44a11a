/**
 * The filters every view has (paper, reviewed only, measure, region scope, time window, regions)
 * as a WHERE clause: its text is put together only from the fixed fragments below, chosen by
 * which filters are set; every value from a URL is a named parameter ($paper, $measure …).
 */
import { listValue, LIST, VARCHAR, type DuckDBType } from '@duckdb/node-api';
import type { Params } from './stats-db';
import { windowEnd, windowStart } from './fact-columns';

/** Which facts of the region tree: every fact (with those outside Zhejiang), the known regions, a prefecture and its counties, or one region alone. */
export type Scope =
  | { readonly kind: 'all' }
  | { readonly kind: 'tree' }
  | { readonly kind: 'prefecture'; readonly code: string }
  | { readonly kind: 'own'; readonly code: string };

export interface FactFilter {
  /** One newspaper's statistics only. */
  readonly paper?: string | null;
  /** Only what a reviewer confirmed, corrected or added (?reviewed=1). */
  readonly reviewed?: boolean;
  /** A measure id ("criminal_cases.change.%"); null or missing: every measure. */
  readonly measure?: string | null;
  readonly scope?: Scope;
  /** Inclusive ISO bounds (YYYY, YYYY-MM, YYYY-MM-DD): a fact is in when its time overlaps them. */
  readonly from?: string | null;
  readonly to?: string | null;
  /** Only these regions. */
  readonly codes?: readonly string[] | null;
  /** Leave this region out (a map leaves out the region it is the map of). */
  readonly exclude?: string | null;
}

export interface Clause {
  readonly sql: string;
  readonly params: Params;
  readonly types: Record<string, DuckDBType>;
}

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The filter as `WHERE …` over reader_facts (or facts_all), with its parameters. */
export function factWhere(f: FactFilter): Clause {
  const parts: string[] = [];
  const params: Params = {};
  const types: Record<string, DuckDBType> = {};
  if (f.paper) {
    parts.push('paper = $paper');
    params.paper = f.paper;
  }
  if (f.reviewed) parts.push(`status IN ('confirmed', 'corrected', 'added')`);
  if (f.measure) {
    parts.push('measure_id = $measure');
    params.measure = f.measure;
  }
  const scope = f.scope ?? { kind: 'all' };
  if (scope.kind === 'tree') parts.push('in_tree');
  else if (scope.kind === 'prefecture') {
    parts.push('prefecture_code = $scope');
    params.scope = scope.code;
  } else if (scope.kind === 'own') {
    parts.push('region_code = $scope');
    params.scope = scope.code;
  }
  const from = f.from && ISO.test(f.from) ? windowStart(f.from) : null;
  const to = f.to && ISO.test(f.to) ? windowEnd(f.to) : null;
  if (from || to) parts.push(`fact_date <> ''`);
  if (from) {
    parts.push('window_last >= $from');
    params.from = from;
  }
  if (to) {
    parts.push('window_first <= $to');
    params.to = to;
  }
  if (f.codes) {
    parts.push('list_contains($codes, region_code)');
    params.codes = listValue([...f.codes]);
    types.codes = LIST(VARCHAR);
  }
  if (f.exclude) {
    parts.push('region_code <> $exclude');
    params.exclude = f.exclude;
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params, types };
}

/** A stable text for cache keys. */
export function filterKey(f: FactFilter): string {
  return JSON.stringify([f.paper ?? null, !!f.reviewed, f.measure ?? null, f.scope ?? { kind: 'all' }, f.from ?? null, f.to ?? null, f.codes ?? null, f.exclude ?? null]);
}
