/**
 * Where embeds and their links point, and the snippet a site pastes to embed a chart.
 * Pure and client-safe.
 */
import { embedStateToSearch, type EmbedState } from './embed-state';

export type EmbedChart = 'map' | 'timeline';

/** The message an embed posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE = 'zj-embed:height';

export function embedPath(chart: EmbedChart, state: EmbedState): string {
  return `/embed/${chart}${embedStateToSearch(state)}`;
}

/** The same view on the dashboard (the timeline sits under the map; its heading is #timeline-title). */
export function dashboardPath(chart: EmbedChart, state: EmbedState): string {
  return `/${embedStateToSearch(state)}${chart === 'timeline' ? '#timeline-title' : ''}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SnippetInput {
  /** Origin of the dashboard, e.g. "https://example.org". */
  readonly origin: string;
  readonly chart: EmbedChart;
  readonly state: EmbedState;
  /** Accessible name of the frame. */
  readonly title: string;
  /** Initial height in px, before the embed reports its own. */
  readonly height?: number;
}

/**
 * The <iframe> plus the few lines that resize it: the embed posts {type, height}; the script
 * accepts it only from the dashboard's origin and from that very frame.
 */
export function iframeSnippet({ origin, chart, state, title, height = 520 }: SnippetInput): string {
  const src = new URL(embedPath(chart, state), origin).href;
  const o = new URL(origin).origin;
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%" loading="lazy" data-zj-embed></iframe>`,
    '<script>',
    'window.addEventListener("message", function (e) {',
    `  if (e.origin !== ${JSON.stringify(o)} || !e.data || e.data.type !== ${JSON.stringify(HEIGHT_MESSAGE)}) return;`,
    '  var h = Number(e.data.height);',
    '  if (!(h > 0 && h < 20000)) return;',
    '  document.querySelectorAll("iframe[data-zj-embed]").forEach(function (f) {',
    '    if (f.contentWindow === e.source) f.style.height = Math.ceil(h) + "px";',
    '  });',
    '});',
    '</script>',
  ].join('\n');
}
