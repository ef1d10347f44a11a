/**
 * Scores extracted facts against hand-labelled gold rows the way ../shared/tools/score-facts.py
 * and GOLD.md do: each row is projected to (source, region, value, unit class); duplicates are
 * removed; optional gold rows are taken out of both sides; precision over everything extracted,
 * recall over required rows; metric accuracy over matched rows; indicator accuracy over matched
 * rows whose gold row names one (0 when the facts have no indicator column).
 */
export interface GoldRow {
  readonly source: string;
  readonly region_code: string;
  readonly metric: string;
  readonly indicator?: string;
  readonly value: string;
  readonly unit: string;
  readonly required: string;
  readonly quote: string;
}

export interface ExtractedRow {
  readonly source: string;
  readonly region_code: string;
  readonly metric: string;
  readonly indicator?: string;
  readonly value: string;
  readonly unit: string;
  readonly sentence?: string;
}

export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly metricAccuracy: number;
  readonly indicatorAccuracy: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly extracted: number;
  readonly required: number;
  readonly misses: ReadonlyArray<{ key: string; gold: GoldRow }>;
  readonly extras: ReadonlyArray<{ key: string; row: ExtractedRow }>;
  readonly wrongMetric: ReadonlyArray<{ key: string; got: string; want: string }>;
  readonly wrongIndicator: ReadonlyArray<{ key: string; got: string; want: string; quote: string }>;
}

/** Units are compared by class, so 名/人 or 件/起 do not decide a match. */
export function unitClass(unit: string): string {
  const u = unit.trim();
  if (u === '%' || u === '％' || u === 'percent') return 'pct';
  if (u.includes('百分点')) return 'pp';
  if (u.includes('元')) return 'money';
  if (['平方公里', '平方千米', 'km2', '公顷', '亩'].includes(u)) return 'area';
  return u ? 'count' : '';
}

const SCALE: Readonly<Record<string, number>> = { 万元: 1e4, 亿元: 1e8 };

function normValue(value: string, unit: string): string | null {
  const v = Number(value.trim());
  if (value.trim() === '' || Number.isNaN(v)) return null;
  return String(Number((v * (SCALE[unit.trim()] ?? 1)).toPrecision(12)));
}

function normRegion(code: string): string {
  const c = code.trim();
  return c.startsWith('33') && c.length === 6 ? c : '000000';
}

export function factKey(r: { source: string; region_code: string; value: string; unit: string }): string {
  return [r.source.trim(), normRegion(r.region_code), normValue(r.value, r.unit), unitClass(r.unit)].join(' | ');
}

export function scoreFacts(extracted: readonly ExtractedRow[], gold: readonly GoldRow[], onlySources?: ReadonlySet<string>): Score {
  const sources = onlySources ?? new Set(gold.map((g) => g.source));
  const inScope = gold.filter((g) => sources.has(g.source));
  const required = new Map<string, GoldRow>();
  const optional = new Set<string>();
  for (const g of inScope) {
    if (g.required.trim() === 'yes') required.set(factKey(g), g);
    else optional.add(factKey(g));
  }
  const out = new Map<string, ExtractedRow>();
  for (const r of extracted) {
    if (!sources.has(r.source.trim())) continue;
    const k = factKey(r);
    if (optional.has(k) && !required.has(k)) continue;
    if (!out.has(k)) out.set(k, r);
  }
  const tp = [...out.keys()].filter((k) => required.has(k));
  const extras = [...out.entries()].filter(([k]) => !required.has(k)).map(([key, row]) => ({ key, row }));
  const misses = [...required.entries()].filter(([k]) => !out.has(k)).map(([key, g]) => ({ key, gold: g }));
  const wrongMetric = tp
    .filter((k) => out.get(k)!.metric.trim() !== required.get(k)!.metric.trim())
    .map((key) => ({ key, got: out.get(key)!.metric, want: required.get(key)!.metric }));
  const withIndicator = tp.filter((k) => required.get(k)!.indicator?.trim());
  const wrongIndicator = withIndicator
    .filter((k) => (out.get(k)!.indicator ?? '').trim() !== required.get(k)!.indicator!.trim())
    .map((key) => ({ key, got: out.get(key)!.indicator?.trim() || '(none)', want: required.get(key)!.indicator!.trim(), quote: required.get(key)!.quote }));
  const precision = out.size ? tp.length / out.size : 0;
  const recall = required.size ? tp.length / required.size : 0;
  return {
    precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    metricAccuracy: tp.length ? (tp.length - wrongMetric.length) / tp.length : 0,
    indicatorAccuracy: withIndicator.length ? (withIndicator.length - wrongIndicator.length) / withIndicator.length : 0,
    tp: tp.length, fp: extras.length, fn: misses.length, extracted: out.size, required: required.size,
    misses, extras, wrongMetric, wrongIndicator,
  };
}

/** The closing line, in the reference scorer's format. */
export function scoreLine(s: Score): string {
  return `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} metric=${s.metricAccuracy.toFixed(3)} indicator=${s.indicatorAccuracy.toFixed(3)} tp=${s.tp} fp=${s.fp} fn=${s.fn} extracted=${s.extracted} required=${s.required}`;
}
