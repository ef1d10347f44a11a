/**
 * The URL parameters an embed takes: the dashboard's own (lib/view-state.ts) without the table's
 * (sort, dir, page), which an embedded chart has no use for.
 */
import { DEFAULT_VIEW, parseViewState, viewStateToSearch, type SearchParams, type ViewState } from '@/lib/view-state';

export type { Lang, SearchParams, Theme } from '@/lib/view-state';

export type EmbedState = Pick<ViewState, 'metric' | 'region' | 'level' | 'from' | 'to' | 'paper' | 'reviewed' | 'lang' | 'theme'>;

export const DEFAULT_EMBED_STATE: EmbedState = toEmbed(DEFAULT_VIEW);

function toEmbed({ metric, region, level, from, to, paper, reviewed, lang, theme }: EmbedState): EmbedState {
  return { metric, region, level, from, to, paper, reviewed, lang, theme };
}

export function parseEmbedState(params: SearchParams): EmbedState {
  return toEmbed(parseViewState(params));
}

/** Non-default parameters in the dashboard's order: "?metric=crime&lang=en", or "" when all are defaults. */
export function embedStateToSearch(state: EmbedState): string {
  return viewStateToSearch({ ...DEFAULT_VIEW, ...toEmbed(state) });
}

export { searchRecord } from '@/lib/view-state';
