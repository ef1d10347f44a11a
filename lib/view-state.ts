/**
 * The dashboard's state, as it lives in the URL: every view is a link.
 *
 *   metric  measure id ("criminal_cases.change.%", "volunteers.level.人"), an indicator
 *           ("criminal_cases"), the older metric forms ("crime", "crime.change", "crime.change.%"),
 *           or "count" (statistics per region); default "": the measure with the widest coverage
 *   region  6-digit code of a Zhejiang division (province, prefecture or county), default 330000
 *   level   which level colours the province map: prefecture | county; default: the level
 *           with more regions with data
 *   from/to time window, YYYY, YYYY-MM or YYYY-MM-DD (inclusive), default: no bound
 *   paper   newspaper name, default: every paper
 *   reviewed  1: only statistics a reviewer confirmed, corrected or added; default: all
 *   sort    table order: date (default), value or region; `dir` asc|desc (default desc)
 *   page    table page, 1-based (default 1)
 *   lang    zh (default) | en
 *   theme   light (default) | dark
 *
 * Pure and client-safe. Unknown or malformed values fall back to their defaults, never an error.
 */
import { getDivision } from './regions/divisions';
import { isIndicatorId } from './indicators';
import { isMetricKey } from './schema';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const SORT_KEYS = ['date', 'value', 'region'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';
export const MAP_LEVELS = ['prefecture', 'county'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];

export interface ViewState {
  readonly metric: string;
  readonly region: string;
  /** The level colouring the province map; null: whichever has more regions with data. */
  readonly level: MapLevel | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly paper: string | null;
  /** ?reviewed=1: only statistics a person has checked (confirmed, corrected, added). */
  readonly reviewed: boolean;
  readonly sort: SortKey;
  readonly dir: SortDir;
  readonly page: number;
  readonly lang: Lang;
  readonly theme: Theme;
}

export type SearchParams = Record<string, string | string[] | undefined>;

/** No `metric=`: the data layer shows the measure with the widest coverage. */
export const DEFAULT_METRIC = '';
/** Statistics per region (coverage of the sources), a choice, never the default. */
export const COUNT_METRIC = 'count';
export const DEFAULT_REGION = '330000';
/** Pages beyond this are treated as malformed (a table never has that many). */
const MAX_PAGE = 100_000;

export const DEFAULT_VIEW: ViewState = {
  metric: DEFAULT_METRIC,
  region: DEFAULT_REGION,
  level: null,
  from: null,
  to: null,
  paper: null,
  reviewed: false,
  sort: 'date',
  dir: 'desc',
  page: 1,
  lang: 'zh',
  theme: 'light',
};

/** The URL parameters, in the order viewStateToSearch writes them. */
export const PARAM_ORDER = ['metric', 'region', 'level', 'from', 'to', 'paper', 'reviewed', 'sort', 'dir', 'page', 'lang', 'theme'] as const;

/**
 * URLSearchParams → the record parseViewState reads, keeping the FIRST value of a repeated
 * parameter (?metric=a&metric=b is metric=a), as Next's page searchParams are read through `one`
 * and the proxy reads lang and theme with URLSearchParams.get: one rule on every route.
 */
export function searchRecord(search: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of search) if (!Object.hasOwn(out, k)) out[k] = v;
  return out;
}

const one = (v: string | string[] | undefined): string | undefined => {
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined ? undefined : s.trim();
};

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar date as YYYY, YYYY-MM or YYYY-MM-DD (years 1900–2100), else null. */
export function parseIsoDate(s: string | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  if (y < 1900 || y > 2100) return null;
  if (m[2] === undefined) return m[1]!;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) return `${m[1]}-${m[2]}`;
  const d = Number(m[3]);
  if (d < 1 || d > daysIn(y, mo)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** First day a date (YYYY, YYYY-MM, YYYY-MM-DD) covers, as YYYY-MM-DD. */
export function firstDay(iso: string): string {
  if (iso.length === 4) return `${iso}-01-01`;
  if (iso.length === 7) return `${iso}-01`;
  return iso;
}

/** Last day a date covers, as YYYY-MM-DD. */
export function lastDay(iso: string): string {
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) {
    const d = daysIn(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));
    return `${iso}-${String(d).padStart(2, '0')}`;
  }
  return iso;
}

/** criminal_cases.change.% — indicator or metric, then optionally kind, then optionally unit. */
const MEASURE_ID = /^([a-z_]+)(?:\.(level|change)(?:\.([^.\s]{1,8}))?)?$/;

/** "count", or a measure id whose indicator (or metric) and kind are known (the unit is checked by the data layer). */
export function isMetricParam(s: string): boolean {
  if (s === COUNT_METRIC) return true;
  const m = MEASURE_ID.exec(s);
  return !!m && (isIndicatorId(m[1]!) || isMetricKey(m[1]!));
}

function pick<T extends string>(v: string | undefined, allowed: readonly T[], fallback: T): T {
  return v !== undefined && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

export function parseLang(v: string | null | undefined): Lang {
  return pick(v ?? undefined, LANGS, 'zh');
}

export function parseTheme(v: string | null | undefined): Theme {
  return pick(v ?? undefined, THEMES, 'light');
}

export function parseViewState(params: SearchParams): ViewState {
  const metric = one(params.metric);
  const region = one(params.region);
  let from = parseIsoDate(one(params.from));
  let to = parseIsoDate(one(params.to));
  // from ≤ to: a reversed window is read the way round it was meant.
  if (from && to && firstDay(from) > lastDay(to)) [from, to] = [to, from];
  const paper = one(params.paper);
  const page = one(params.page);
  const pageNo = page && /^\d{1,6}$/.test(page) ? Number(page) : 1;
  return {
    metric: metric && isMetricParam(metric) ? metric : DEFAULT_METRIC,
    region: region && /^\d{6}$/.test(region) && getDivision(region) ? region : DEFAULT_REGION,
    level: (MAP_LEVELS as readonly string[]).includes(one(params.level) ?? '') ? (one(params.level) as MapLevel) : null,
    from,
    to,
    paper: paper && paper.length <= 60 && !/[\u0000-\u001f]/.test(paper) ? paper : null,
    reviewed: one(params.reviewed) === '1',
    sort: pick(one(params.sort), SORT_KEYS, 'date'),
    dir: pick(one(params.dir), ['asc', 'desc'] as const, 'desc'),
    page: pageNo >= 1 && pageNo <= MAX_PAGE ? pageNo : 1,
    lang: parseLang(one(params.lang)),
    theme: parseTheme(one(params.theme)),
  };
}

/** The state's non-default parameters in PARAM_ORDER, as "?a=1&b=2" ("" when all are defaults). */
export function viewStateToSearch(state: ViewState): string {
  const q = new URLSearchParams();
  for (const key of PARAM_ORDER) {
    const v = state[key];
    if (v === null || v === DEFAULT_VIEW[key]) continue;
    q.set(key, v === true ? '1' : String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * The state with `patch` applied. Changing what the table shows (anything but sort, dir, page,
 * lang, theme) goes back to page 1.
 */
export function withState(state: ViewState, patch: Partial<ViewState>): ViewState {
  const next = { ...state, ...patch };
  const refilters = (['metric', 'region', 'from', 'to', 'paper', 'reviewed', 'sort', 'dir'] as const).some(
    (k) => k in patch && patch[k] !== state[k],
  );
  return refilters && !('page' in patch) ? { ...next, page: 1 } : next;
}

/** A link to `path` with the state's parameters: hrefFor('/', s) → "/?metric=…". */
export function hrefFor(path: string, state: ViewState, patch: Partial<ViewState> = {}): string {
  return `${path}${viewStateToSearch(withState(state, patch))}`;
}

/** Only the language and theme, and ?reviewed=1 when given (for links to other pages: region, article). */
export function langSearch(state: Pick<ViewState, 'lang' | 'theme'> & Partial<Pick<ViewState, 'reviewed'>>): string {
  return viewStateToSearch({ ...DEFAULT_VIEW, lang: state.lang, theme: state.theme, reviewed: state.reviewed ?? false });
}
