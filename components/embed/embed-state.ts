/**
 * The URL parameters an embed takes: the dashboard's (metric, region, from, to, paper, lang, theme).
 * A local stand-in with the same names and shape as the dashboard's `parseViewState` /
 * `viewStateToSearch` (lib/view-state.ts, issue 4): once that is merged, these two functions are
 * replaced by imports of it. Pure and client-safe; malformed values fall back to defaults.
 */
export type Lang = 'zh' | 'en';
export type Theme = 'light' | 'dark';

export interface EmbedState {
  readonly metric: string;
  readonly region: string;
  readonly from: string | null;
  readonly to: string | null;
  /** One newspaper, or null for all. */
  readonly paper: string | null;
  readonly lang: Lang;
  readonly theme: Theme;
}

export type SearchParams = Record<string, string | string[] | undefined>;

export const DEFAULT_EMBED_STATE: EmbedState = { metric: 'count', region: '330000', from: null, to: null, paper: null, lang: 'zh', theme: 'light' };

const ORDER = ['metric', 'region', 'from', 'to', 'paper', 'lang', 'theme'] as const;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const METRIC = /^(count|[a-z]+(\.(level|change)(\.[^.\s&#?/]{0,8})?)?)$/;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim();

export function parseEmbedState(params: SearchParams): EmbedState {
  const metric = one(params.metric);
  const region = one(params.region);
  const from = one(params.from);
  const to = one(params.to);
  const paper = one(params.paper);
  return {
    metric: metric && METRIC.test(metric) ? metric : DEFAULT_EMBED_STATE.metric,
    region: region && /^\d{6}$/.test(region) ? region : DEFAULT_EMBED_STATE.region,
    from: from && DATE.test(from) ? from : null,
    to: to && DATE.test(to) ? to : null,
    paper: paper && paper.length <= 60 && !/[\u0000-\u001f]/.test(paper) ? paper : null,
    lang: one(params.lang) === 'en' ? 'en' : 'zh',
    theme: one(params.theme) === 'dark' ? 'dark' : 'light',
  };
}

/** Non-default parameters in a fixed order: "?metric=crime&lang=en", or "" when all are defaults. */
export function embedStateToSearch(state: EmbedState): string {
  const q = new URLSearchParams();
  for (const k of ORDER) {
    const v = state[k];
    if (v !== null && v !== DEFAULT_EMBED_STATE[k]) q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** URLSearchParams (client) → the record parseEmbedState reads. */
export function searchRecord(search: URLSearchParams): SearchParams {
  const out: Record<string, string> = {};
  for (const [k, v] of search) if (!(k in out)) out[k] = v;
  return out;
}
