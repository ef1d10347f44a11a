/**
 * The views as the server serves them: for one URL state, ask the database (lib/db/queries.ts,
 * the one module that knows SQL) for what the view needs and build its model with the pure
 * builders (map-view, timeline-view …). Whole view models are cached per URL state in the
 * database's generation, so they are dropped when stats.duckdb or corrections.csv changes.
 */
import * as Q from '../db/queries';
import type { StatsDb } from '../db/stats-db';
import type { FactFilter, Scope } from '../db/where';
import type { ArticleRecord } from '../schema';
import { viewStateToSearch, type Lang, type ViewState } from '../view-state';
import { buildDashboard, type DashboardData } from './dashboard-view';
import { buildHeadline, SPARK_MAX, type HeadlineData } from './headline-view';
import { buildMapView, MAX_LISTED } from './map-view';
import { chooseMeasure, compareOptions, matchMeasure, type MeasureOption } from './measures';
import { regionDisplay } from './region-names';
import { mapView, type RegionInfo, type TimeWindow } from './region-tree';
import { buildRegionPage, factView, REGION_ARTICLES, REGION_LIST, type FactView, type RegionPageData } from './region-view';
import { REGION_TREE as tree } from './regions';
import { summarise, type SourceLine } from './source-line';
import { buildTable, PAGE_SIZE, type TableData } from './table-view';
import { buildTimeline, drawnRegions, seriesGrain, type TimelineData } from './timeline-view';
import type { MapViewData } from './view-types';

export interface Links {
  fact(articleId: string, factId: string): string;
  region(code: string): string;
}

/** The filters of a URL that every view applies. */
type Base = Pick<ViewState, 'paper' | 'reviewed'>;
type MapState = Base & Pick<ViewState, 'metric' | 'region' | 'level' | 'from' | 'to' | 'lang'>;

const baseOf = (s: Partial<Base>): FactFilter => ({ paper: s.paper ?? null, reviewed: s.reviewed ?? false });
const windowOf = (s: { from?: string | null; to?: string | null }): TimeWindow => ({ from: s.from ?? undefined, to: s.to ?? undefined });
const namesIn = (lang: Lang) => (code: string, fallback: string) => regionDisplay(code, fallback, lang);

const factsIn = (regions: readonly Q.RegionCount[]) => regions.reduce((n, r) => n + r.facts, 0);

/** A region and everything below it; for the province, `province` (every fact, or the known regions). */
function below(r: RegionInfo, province: 'all' | 'tree'): Scope {
  if (r.level === 'province') return { kind: province };
  return r.level === 'prefecture' ? { kind: 'prefecture', code: r.code } : { kind: 'own', code: r.code };
}

export async function measureOptions(db: StatsDb, f: FactFilter, exclude: string): Promise<MeasureOption[]> {
  const stats = await Q.measureStats(db, f, exclude);
  return stats.map((s) => ({ id: s.id, measure: { indicator: s.indicator, metric: s.metric, kind: s.kind, unit: s.unit }, factCount: s.facts, regionCount: s.regions }))
    .sort(compareOptions);
}

/**
 * The measure of the `metric` parameter (lib/data/measures.ts chooseMeasure): named, or the widest
 * coverage where the map of `region` looks, in the window, else at any time, else anywhere.
 */
export async function resolveMeasure(db: StatsDb, base: FactFilter, metric: string, region: string, window: TimeWindow = {}): Promise<MeasureOption | null> {
  const all = await measureOptions(db, base, tree.province.code);
  if (metric === 'count' || matchMeasure(metric, all)) return chooseMeasure(metric, all);
  const view = mapView(region, tree);
  const scoped = { ...base, scope: below(view, 'all') };
  const [inWindow, anyTime] = await Promise.all([measureOptions(db, { ...scoped, ...window }, view.code), measureOptions(db, scoped, view.code)]);
  return chooseMeasure(metric, all, inWindow, anyTime);
}

export async function mapData(db: StatsDb, s: MapState, measure: MeasureOption | null, factHref?: Links['fact']): Promise<MapViewData> {
  const base = baseOf(s);
  const view = mapView(s.region, tree);
  const province = view.code === tree.province.code;
  const chosen: FactFilter = { ...base, measure: measure?.id ?? null, ...windowOf(s) };
  const scoped: FactFilter = { ...chosen, scope: below(view, 'tree') };
  // The province's map reads its regions and the unplaced count off the count of every region,
  // which the dashboard's timeline and table ask for too (one query for the three).
  const everyRegion = province ? Q.countByRegion(db, chosen) : null;
  const [all, own, prefectures, latest, unplaced, years, totalFacts, regions, articles, problems] = await Promise.all([
    measureOptions(db, base, tree.province.code), everyRegion?.then((rs) => rs.filter((r) => r.inTree)) ?? Q.countByRegion(db, scoped),
    province ? Q.countByPrefecture(db, chosen) : [], Q.latestPer(db, scoped, 'region_code', MAX_LISTED),
    everyRegion?.then((rs) => factsIn(rs.filter((r) => !r.inTree))) ?? Q.countUnplaced(db, chosen), Q.factYears(db, base),
    Q.countFacts(db, base), Q.countByRegion(db, base), Q.countArticles(db, base.paper ?? null), Q.inputProblems(db, 0),
  ]);
  return buildMapView(
    { options: all, totalFacts, totalRegions: regions.length, own, prefectures, latest, unplaced, years, totals: { facts: totalFacts, articles, problems: problems.total } },
    tree, { measure, region: s.region, level: s.level, ...windowOf(s), lang: s.lang, names: namesIn(s.lang), factHref },
  );
}

export async function headlineData(db: StatsDb, s: Base & Pick<ViewState, 'region' | 'from' | 'to' | 'lang'>, factHref?: Links['fact']): Promise<HeadlineData> {
  const region = tree.get(s.region) ?? tree.province;
  const f: FactFilter = { ...baseOf(s), ...windowOf(s) };
  const own: FactFilter = { ...f, scope: { kind: 'own', code: region.code } };
  const [stats, latest, below_] = await Promise.all([
    Q.measureStats(db, own, ''), Q.latestPer(db, own, 'measure_id', SPARK_MAX),
    region.level === 'county' ? 0 : Q.countFacts(db, { ...f, scope: below(region, 'tree'), exclude: region.code }),
  ]);
  return buildHeadline({ stats, latest, below: below_ }, tree, { region: region.code, window: windowOf(s), lang: s.lang }, namesIn(s.lang), factHref);
}

export interface TimelineAsk {
  /** Draw these regions (on demand); default: the regions with most figures. */
  readonly codes?: readonly string[];
  /** Each statistic's download fields (default true; the dashboard's downloads fetch them from /api/timeline). */
  readonly fields?: boolean;
}

export async function timelineData(db: StatsDb, s: Base & Pick<ViewState, 'region' | 'from' | 'to' | 'lang'>, measure: MeasureOption | null, links: Links, ask: TimelineAsk = {}): Promise<TimelineData> {
  const region = tree.get(s.region) ?? tree.province;
  const f: FactFilter = { ...baseOf(s), measure: measure?.id ?? null, ...windowOf(s), scope: below(region, 'all') };
  const regions = await Q.countByRegion(db, f);
  const drawn = drawnRegions(regions, ask.codes);
  const grain = (g: ReturnType<typeof seriesGrain>) => drawn.filter((r) => seriesGrain(r, !measure) === g).map((r) => r.code);
  const [facts, months, years] = await Promise.all([
    grain('facts').length > 0 ? Q.datedFacts(db, { ...f, codes: grain('facts') }) : [],
    grain(7).length > 0 ? Q.binnedFacts(db, { ...f, codes: grain(7) }, 7) : [],
    grain(4).length > 0 ? Q.binnedFacts(db, { ...f, codes: grain(4) }, 4) : [],
  ]);
  return buildTimeline({ regions, drawn, facts, bins: [...months, ...years] }, { measure, lang: s.lang, window: windowOf(s), fields: ask.fields }, namesIn(s.lang), links);
}

export async function tableData(db: StatsDb, s: ViewState, measure: MeasureOption | null, factHref?: Links['fact']): Promise<TableData> {
  const region = tree.get(s.region) ?? tree.province;
  const f: FactFilter = { ...baseOf(s), measure: measure?.id ?? null, ...windowOf(s), scope: below(region, 'all') };
  // The total is read off the count per region, which the dashboard's timeline asks for too.
  const page = await Q.factPage(db, f, s.sort, s.dir, s.page, PAGE_SIZE, s.lang, Q.countByRegion(db, f).then(factsIn));
  return buildTable(page, { sort: s.sort, dir: s.dir, lang: s.lang, pageSize: PAGE_SIZE }, namesIn(s.lang), factHref);
}

export interface DashboardPage extends DashboardData {
  readonly problems: Awaited<ReturnType<typeof Q.inputProblems>>;
}

/** The dashboard of one URL state (cached per state and database generation). */
export function dashboardData(db: StatsDb, s: ViewState, links: Links): Promise<DashboardPage> {
  return db.cached(`view:dashboard${viewStateToSearch(s)}`, async () => {
    const base = baseOf(s);
    // What does not depend on the measure is asked for while the measure is resolved (a query of
    // its own when the URL names none): one round of DuckDB less before the headline's queries.
    const measureOf = resolveMeasure(db, base, s.metric, s.region, windowOf(s));
    const [[measure, map, timeline, table], headline, all, totalFacts, papers, problems] = await Promise.all([
      measureOf.then((m) => Promise.all([m, mapData(db, s, m, links.fact), timelineData(db, s, m, links, { fields: false }), tableData(db, s, m, links.fact)])),
      headlineData(db, s, links.fact), measureOptions(db, base, tree.province.code), Q.countFacts(db, base), Q.paperCounts(db), Q.inputProblems(db, 50),
    ]);
    const data = buildDashboard({
      headline, map, timeline, table, options: all, measure, totalFacts, papers: papers.map((p) => ({ name: p.name, articles: p.articles })),
      regionName: namesIn(s.lang)(s.region, s.region),
    }, s);
    return { ...data, problems };
  });
}

/** The map alone (embeds, and /api/map for the dashboard map's downloads), with the measure it shows. */
export function embedMapData(db: StatsDb, s: ViewState, factHref?: Links['fact']): Promise<MapViewData> {
  return db.cached(`view:embed-map${viewStateToSearch(s)}|${factHref?.('a', 'f') ?? ''}`, async () => {
    const measure = await resolveMeasure(db, baseOf(s), s.metric, s.region, windowOf(s));
    return mapData(db, s, measure, factHref);
  });
}

/** The timeline alone (embeds, /api/timeline with `codes`). */
export function embedTimelineData(db: StatsDb, s: ViewState, links: Links, ask: TimelineAsk = {}): Promise<TimelineData> {
  return db.cached(`view:timeline${viewStateToSearch(s)}|${ask.codes?.join(',') ?? ''}|${ask.fields ?? true}|${links.fact('a', 'f')}`, async () => {
    const measure = await resolveMeasure(db, baseOf(s), s.metric, s.region, windowOf(s));
    return timelineData(db, s, measure, links, ask);
  });
}

export interface SourceAsk {
  /** The `metric` parameter; undefined: every fact. */
  readonly metric?: string;
  readonly region?: string;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly paper?: string | null;
  readonly reviewed?: boolean;
  /** Only facts of exactly these regions (the series a timeline draws). */
  readonly codes?: readonly string[];
}

/**
 * The source line of the facts a chart shows: of the measure, in the window, in the region and
 * below. `scope` "map": a county shows its prefecture's map; "region": exactly the region asked for.
 */
export async function sourceLineData(db: StatsDb, q: SourceAsk, scope: 'map' | 'region' = 'map'): Promise<SourceLine> {
  let region = (q.region && tree.get(q.region)) || tree.province;
  if (scope === 'map' && region.level === 'county') region = mapView(region.code, tree);
  const base = baseOf(q);
  const window = windowOf(q);
  const measure = q.metric === undefined ? null : await resolveMeasure(db, base, q.metric, region.code, window);
  const perPaper = await Q.sourceSummary(db, { ...base, measure: measure?.id ?? null, ...window, codes: q.codes ?? null, scope: below(region, 'tree') });
  return summarise(perPaper);
}

/** A region's page (null for a code that is not a region: 404). */
export function regionPageData(db: StatsDb, code: string, lang: Lang, reviewed: boolean): Promise<RegionPageData | null> {
  return db.cached(`view:region|${code}|${lang}|${reviewed}`, async () => {
    const region = tree.get(code);
    if (!region) return null;
    const f: FactFilter = { reviewed, scope: region.level === 'province' ? { kind: 'own', code } : below(region, 'tree') };
    const [stats, latest, children, articles] = await Promise.all([
      Q.measureStats(db, f, ''), Q.latestPer(db, f, 'metric', REGION_LIST),
      region.level === 'province' ? Q.countByPrefecture(db, { reviewed }) : region.level === 'prefecture' ? Q.countByRegion(db, { reviewed, scope: f.scope }) : [],
      Q.articlesWithFacts(db, f, 1, REGION_ARTICLES),
    ]);
    const perMetric = new Map<string, number>();
    for (const s of stats) perMetric.set(s.metric, (perMetric.get(s.metric) ?? 0) + s.facts);
    return buildRegionPage({ perMetric, latest, children, articles: articles.rows, articleCount: articles.total }, tree, code, lang);
  });
}

export interface ArticlePage {
  readonly article: ArticleRecord;
  /** Its statistics in text order, with their offsets. */
  readonly facts: readonly (FactView & { readonly start: number; readonly end: number })[];
  readonly source: Q.SourceRecord | undefined;
}

/** An article with its statistics (its text read for this article only); null when there is none. */
export async function articlePageData(db: StatsDb, id: string, lang: Lang, reviewed: boolean): Promise<ArticlePage | null> {
  const article = await Q.articleById(db, id);
  if (!article) return null;
  const [facts, source] = await Promise.all([Q.articleFacts(db, id, { reviewed }), Q.sourceByName(db, article.source)]);
  return { article, facts: facts.map((f) => ({ ...factView(f, tree, lang), start: f.start, end: f.end })), source };
}
