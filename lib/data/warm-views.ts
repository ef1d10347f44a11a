/**
 * The dashboard views one click away from the landing view, computed ahead: after each start and
 * each change of the data, the first dashboard request starts a background pass that builds (and
 * caches, in the database generation's cache) the view of every measure in the picker, every
 * prefecture's map from each map level, and each map level, and projects the map shapes each of
 * them draws (kept per process: map-shapes-store.ts). A reader's first change of measure or drill
 * into a prefecture then costs only the page's render, not its queries or its map's projection.
 *
 * One view at a time, with a pause between, so readers' own requests go first; the pass stops
 * when the data changes under it (its generation is closed) and runs once per generation.
 */
import type { StatsDb } from '../db/stats-db';
import { MAP_LEVELS, parseViewState, viewStateToSearch, type ViewState } from '../view-state';
import { mapShapes } from './map-shapes-store';
import { REGION_TREE as tree } from './regions';
import { dashboardData, type DashboardPage, type Links } from './view-data';

/** Pause between two views of the pass (ms). */
const PAUSE_MS = 25;
/** At most this many views per pass (a picker with very many measures warms the first ones). */
export const MAX_WARMED = 80;

/**
 * The URL states one click from `landing` (a dashboard state) whose page shows `measures` in its
 * picker: each other measure, each prefecture (from every map level), each map level. In the
 * order a reader is likely to want them; no duplicates, `landing` itself left out, at most MAX_WARMED.
 */
export function oneClickStates(landing: ViewState, measures: readonly string[]): ViewState[] {
  const keep = { lang: landing.lang, theme: landing.theme };
  const asks: Record<string, string | undefined>[] = [];
  for (const metric of measures) asks.push({ ...keep, metric });
  for (const level of [undefined, ...MAP_LEVELS]) {
    if (level) asks.push({ ...keep, level });
    for (const p of tree.childrenOf(tree.province.code)) asks.push({ ...keep, region: p.code, level });
  }
  const seen = new Set([viewStateToSearch(landing)]);
  const states: ViewState[] = [];
  for (const ask of asks) {
    const s = parseViewState(ask);
    const key = viewStateToSearch(s);
    if (seen.has(key)) continue;
    seen.add(key);
    states.push(s);
    if (states.length === MAX_WARMED) break;
  }
  return states;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The background pass from the landing view (`landing`: the default state in some language and
 * theme; any other state warms nothing) with its data `page`; `links` gives each state's links
 * as the page makes them. Once per database generation, language and theme (each is its own URL
 * state): a second call gets the first call's promise. Resolves to the number of views built.
 */
export function warmOneClickViews(db: StatsDb, landing: ViewState, page: DashboardPage, links: (s: ViewState) => Links): Promise<number> {
  const search = viewStateToSearch(landing);
  if (search !== viewStateToSearch(parseViewState({ lang: landing.lang, theme: landing.theme }))) return Promise.resolve(0);
  return db.cached(`warm:${search}`, async () => {
    const measures = page.measureGroups.flatMap((g) => g.options.map((o) => o.id));
    let built = 0;
    for (const s of oneClickStates(landing, measures)) {
      await pause(PAUSE_MS);
      try {
        const { map } = await dashboardData(db, s, links(s));
        mapShapes(map.view.code, map.level); // a prefecture's first drill projected ~15 ms of shapes at 100k
        built++;
      } catch {
        break; // the data changed under the pass: the new generation warms itself
      }
    }
    return built;
  });
}
