/**
 * Every fixed text of the dashboard, in Chinese and English. The zh table is the reference:
 * `Messages` is its shape, so a missing English text is a type error.
 */
import type { MetricKey } from '../schema';
import { EN_DASH, ZH_DASH, type DashMessages } from './dashboard-messages';

export interface Messages {
  readonly htmlLang: string;
  readonly dash: DashMessages;
  readonly site: { readonly title: string; readonly sub: string; readonly footer: string; readonly docTitle: string };
  readonly toggles: { readonly lang: string; readonly langName: string; readonly dark: string; readonly light: string; readonly settings: string };
  readonly metrics: Readonly<Record<MetricKey, string>>;
  readonly measure: { readonly count: string; readonly countShort: string; readonly level: string; readonly change: string; readonly facts: (n: number) => string };
  readonly filters: {
    readonly label: string; readonly metric: string; readonly kind: string; readonly region: string;
    readonly regionSearch: string; readonly regionHint: string; readonly noRegionMatch: string;
    readonly from: string; readonly to: string; readonly paper: string; readonly allPapers: string;
    readonly apply: string; readonly reset: string; readonly window: string; readonly anyTime: string;
  };
  readonly map: {
    readonly mapOf: (name: string) => string; readonly hintProvince: string; readonly hintPrefecture: string;
    readonly loading: string; readonly failed: string; readonly noData: string; readonly belowOnly: string;
    readonly down: string; readonly up: string; readonly flat: string; readonly detail: string;
    readonly tableCaption: (view: string, province: boolean, measure: string) => string;
    readonly colRegion: string; readonly colLatest: string; readonly colTime: string; readonly colFacts: string; readonly colSources: string;
    readonly belowFacts: (n: number) => string; readonly clickProvince: string; readonly clickPrefecture: string;
    readonly factsSources: (facts: number, sources: number) => string; readonly ownNone: (n: number) => string; readonly time: string;
    readonly noneAt: (n: number) => string; readonly noMeasure: string; readonly latestOf: (n: number) => string;
  };
  readonly panel: { readonly province: string; readonly own: (name: string) => string; readonly noProvince: string; readonly noOwn: string; readonly meta: (facts: number, sources: number) => string };
  readonly timeline: {
    readonly title: string; readonly periodEnd: string; readonly published: string; readonly empty: string; readonly pickMeasure: string;
    readonly more: (n: number) => string; readonly loadingMore: string; readonly loadFailed: (detail: string) => string; readonly dataTable: string; readonly countUnit: string;
    readonly colDate: string; readonly colRegion: string; readonly colValue: string; readonly colBasis: string;
    readonly value: string; readonly qualifier: string; readonly region: string; readonly period: string; readonly quote: string;
    readonly clickHint: string; readonly countTooltip: (n: number) => string; readonly medianTooltip: (n: number, median: string) => string; readonly windowNote: string; readonly loading: string;
    readonly span: string; readonly countKey: string; readonly colPeriod: string;
  };
  readonly table: {
    readonly title: string; readonly caption: (n: number) => string; readonly region: string; readonly subject: string; readonly figure: string;
    readonly period: string; readonly source: string; readonly quote: string; readonly sortBy: (col: string) => string;
    readonly prev: string; readonly next: string; readonly page: (p: number, n: number) => string; readonly download: string;
    readonly empty: (region: string, window: string) => string; readonly open: string;
    readonly reported: string;
  };
  readonly totals: (articles: number, facts: number, unplaced: number) => string;
  readonly loading: string;
  readonly shapeless: (n: number) => string;
  readonly countedOn: (name: string) => string;
  readonly crumbs: string;
  readonly region: {
    readonly summary: (facts: number, articles: number, scope: string) => string; readonly scopePrefecture: string; readonly scopeProvince: string;
    readonly onMap: string; readonly none: (name: string) => string; readonly articles: string; readonly noArticles: string;
    readonly prefectures: string; readonly counties: string; readonly noShape: string; readonly noShapeTitle: string;
    readonly count: (n: number) => string; readonly articleMeta: (paper: string, date: string, page: string, n: number) => string; readonly open: string;
    readonly latestOf: (shown: number, total: number) => string; readonly inTable: string; readonly moreArticles: (shown: number, total: number) => string;
  };
  readonly article: {
    readonly back: string; readonly backLabel: string; readonly paper: string; readonly date: string; readonly page: string;
    readonly pageNo: (p: string) => string; readonly file: string; readonly byline: string; readonly untitled: string; readonly original: string; readonly dateFromText: string;
    readonly facts: (n: number) => string; readonly none: string; readonly figure: string; readonly subject: string;
    readonly region: string; readonly period: string; readonly notFound: string;
  };
}

const zh: Messages = {
  htmlLang: 'zh-CN',
  dash: ZH_DASH,
  site: {
    title: '浙江平安统计', sub: '报纸版面中的平安建设数据 · 每个数字都链接到原文',
    footer: '数据来自报纸版面自动抽取，请以原文为准。', docTitle: '浙江平安统计 · Zhejiang safety statistics',
  },
  toggles: { lang: 'English', langName: '切换语言', dark: '深色', light: '浅色', settings: '显示设置' },
  metrics: { crime: '案件与警情', volunteers: '志愿者', satisfaction: '安全感与满意度', personnel: '人员力量', services: '调解与服务', other: '其他' },
  measure: { count: '统计条数（来源覆盖）', countShort: '统计条数', level: '数值', change: '增减', facts: (n) => `${n}条` },
  filters: {
    label: '筛选', metric: '统计指标', kind: '数值或增减', region: '地区', regionSearch: '搜索地区',
    regionHint: '输入名称或拼音，如“丽水”或“lishui”', noRegionMatch: '没有匹配的地区',
    from: '起', to: '止', paper: '报纸', allPapers: '全部报纸', apply: '应用', reset: '重置',
    window: '时间范围', anyTime: '不限',
  },
  map: {
    mapOf: (n) => `${n}地图`, hintProvince: '点击地区，查看所在设区市的各县（市、区）', hintPrefecture: '点击县（市、区）查看详细统计',
    loading: '地图加载中…', failed: '地图加载失败：', noData: '无数据', belowOnly: '仅下级地区有数据',
    down: '下降', up: '增长', flat: '持平', detail: '详情',
    tableCaption: (v, p, m) => `${v}${p ? '各设区市' : '各县（市、区）'} · ${m}`,
    colRegion: '地区', colLatest: '最新数值', colTime: '时间', colFacts: '统计条数', colSources: '来源',
    belowFacts: (n) => `下辖地区${n}条`, clickProvince: '点击查看下辖县（市、区）', clickPrefecture: '点击查看地区详情',
    factsSources: (f, s) => `统计 ${f} 条 · 来源 ${s} 个`, ownNone: (n) => `本级无数据；下辖地区 ${n} 条统计`, time: '时间',
    noneAt: (n) => `${n}个地区无数据。`, noMeasure: '无可显示的统计', latestOf: (n) => `共${n}条数据，显示最新一条`,
  },
  panel: { province: '全省', own: (n) => `${n}（市本级）`, noProvince: '暂无全省统计', noOwn: '暂无市本级统计', meta: (f, s) => `${f}条统计 · ${s}个来源` },
  timeline: {
    title: '时间线', periodEnd: '统计期末', published: '报道日期（原文未注明时间）', empty: '此范围内没有可画的统计。',
    pickMeasure: '每月抽取的统计条数，反映来源的覆盖；选择具体指标可查看数值。', more: (n) => `其他地区（${n}个）`, loadingMore: '正在加载…',
    loadFailed: (d) => `未能加载所选地区（${d}），时间线未改动，请稍后重试。`,
    dataTable: '时间线数据表', countUnit: '条', colDate: '日期', colRegion: '地区', colValue: '数值', colBasis: '日期依据',
    value: '数值', qualifier: '限定', region: '地区', period: '时间', quote: '原文', clickHint: '点击打开原文',
    countTooltip: (n) => `${n}条统计`, medianTooltip: (n, median) => `${n}条统计的中位数：${median}`, windowNote: '拖动下方滑块设定时间范围，地图和表格随之更新。', loading: '时间线加载中…',
    span: '统计所涵盖的时段', countKey: '每月抽取的统计条数（来源的覆盖，不是趋势）', colPeriod: '统计期',
  },
  table: {
    title: '统计列表', caption: (n) => `共${n}条统计`, region: '地区', subject: '主体', figure: '数值', period: '时间',
    source: '报纸', quote: '原文', sortBy: (c) => `按${c}排序`, prev: '上一页', next: '下一页', page: (p, n) => `第${p}页，共${n}页`,
    download: '下载本页CSV', empty: (r, w) => `${r}${w ? `在${w}` : ''}暂无符合条件的统计。`,
    open: '查看原文', reported: '报道',
  },
  totals: (a, f, u) => `共${a}篇报道、${f}条统计${u > 0 ? `；${u}条统计未能定位到地区` : ''}`,
  loading: '加载中…',
  shapeless: (n) => `${n}个统计所在地区无图形，已计入所属地市：`,
  countedOn: (n) => `（计入${n}）`,
  crumbs: '位置',
  region: {
    summary: (f, a, s) => `${f}条统计${s} · ${a}篇报道`, scopePrefecture: '（含下辖县市区）', scopeProvince: '（全省层面）', onMap: '在地图上查看',
    none: (n) => `暂无${n}的统计。`, articles: '相关报道', noArticles: '暂无报道。', prefectures: '各设区市', counties: '下辖县（市、区）',
    noShape: '无图形', noShapeTitle: '地图上无此地区的图形', count: (n) => `${n}条`,
    articleMeta: (p, d, pg, n) => `${p} · ${d} · 第${pg}版 · ${n}条统计`, open: '查看原文',
    latestOf: (s, n) => `显示最新${s}条，共${n}条。`, inTable: '在统计表中查看全部', moreArticles: (s, n) => `显示最新${s}篇，共${n}篇。`,
  },
  article: {
    back: '← 返回地图', backLabel: '返回', paper: '报纸', date: '日期', page: '版次', pageNo: (p) => `第${p}版`, file: '来源文件', original: '原文链接', dateFromText: '（据正文推断）',
    byline: '作者', untitled: '（无标题）', facts: (n) => `本文统计（${n}条）`, none: '本文未抽取到统计。', figure: '数值',
    subject: '统计对象', region: '地区', period: '时间', notFound: '未找到',
  },
};

const en: Messages = {
  htmlLang: 'en',
  dash: EN_DASH,
  site: {
    title: 'Zhejiang safety statistics', sub: 'Public-safety figures from Zhejiang newspapers · every number links to its source',
    footer: 'Extracted automatically from newspaper pages; the original text is authoritative.', docTitle: 'Zhejiang safety statistics · 浙江平安统计',
  },
  toggles: { lang: '中文', langName: 'Language', dark: 'Dark', light: 'Light', settings: 'Display' },
  metrics: { crime: 'Crime & incidents', volunteers: 'Volunteers', satisfaction: 'Safety & satisfaction', personnel: 'Personnel', services: 'Mediation & services', other: 'Other' },
  measure: { count: 'Statistics per region (coverage of the sources)', countShort: 'Statistics', level: 'level', change: 'change', facts: (n) => `${n} ${n === 1 ? 'figure' : 'figures'}` },
  filters: {
    label: 'Filters', metric: 'Measure', kind: 'Level or change', region: 'Region', regionSearch: 'Search regions',
    regionHint: 'Type a name or pinyin, e.g. 丽水 or lishui', noRegionMatch: 'No matching region',
    from: 'From', to: 'To', paper: 'Paper', allPapers: 'All papers', apply: 'Apply', reset: 'Reset',
    window: 'Time window', anyTime: 'Any',
  },
  map: {
    mapOf: (n) => `Map of ${n}`, hintProvince: 'Click a region to see the counties of its prefecture', hintPrefecture: 'Click a county for its statistics',
    loading: 'Loading map…', failed: 'The map failed to load: ', noData: 'No data', belowOnly: 'Only sub-regions have data',
    down: 'down', up: 'up', flat: 'no change', detail: 'details',
    tableCaption: (v, p, m) => `${v}: ${p ? 'prefectures' : 'counties'} · ${m}`,
    colRegion: 'Region', colLatest: 'Latest figure', colTime: 'Period', colFacts: 'Figures', colSources: 'Sources',
    belowFacts: (n) => `${n} in sub-regions`, clickProvince: 'Click to see its counties', clickPrefecture: 'Click for details',
    factsSources: (f, s) => `${f} ${f === 1 ? 'figure' : 'figures'} · ${s} ${s === 1 ? 'source' : 'sources'}`, ownNone: (n) => `No own figure; ${n} in sub-regions`, time: 'Period',
    noneAt: (n) => `${n} regions without data.`, noMeasure: 'nothing to show', latestOf: (n) => `${n} figures; the latest is shown`,
  },
  panel: { province: 'Province-wide', own: (n) => `${n} (city level)`, noProvince: 'No province-wide figures', noOwn: 'No city-level figures', meta: (f, s) => `${f} ${f === 1 ? 'figure' : 'figures'} · ${s} ${s === 1 ? 'source' : 'sources'}` },
  timeline: {
    title: 'Timeline', periodEnd: 'end of reported period', published: 'publication date (no period in the text)', empty: 'Nothing to plot in this selection.',
    pickMeasure: 'Figures extracted per month show the coverage of the sources; choose an indicator to see values.', more: (n) => `Other regions (${n})`, loadingMore: 'Loading…',
    loadFailed: (d) => `Could not load the region (${d}); the timeline is unchanged. Please try again.`,
    dataTable: 'Timeline data table', countUnit: 'figures', colDate: 'Date', colRegion: 'Region', colValue: 'Value', colBasis: 'Date basis',
    value: 'Value', qualifier: 'Qualifier', region: 'Region', period: 'Period', quote: 'Source', clickHint: 'Click to open the source',
    countTooltip: (n) => `${n} figures`, medianTooltip: (n, median) => `median of ${n} figures: ${median}`, windowNote: 'Drag the slider below to set the time window; the map and table follow.', loading: 'Loading timeline…',
    span: 'period the figure covers', countKey: 'figures extracted per month (coverage of the sources, not a trend)', colPeriod: 'Period',
  },
  table: {
    title: 'Statistics', caption: (n) => `${n} ${n === 1 ? 'figure' : 'figures'}`, region: 'Region', subject: 'Subject', figure: 'Figure', period: 'Period',
    source: 'Paper', quote: 'Source sentence', sortBy: (c) => `Sort by ${c}`, prev: 'Previous', next: 'Next', page: (p, n) => `Page ${p} of ${n}`,
    download: 'Download this page (CSV)', empty: (r, w) => `No statistics for ${r}${w ? ` in ${w}` : ''} match the filters.`,
    open: 'Open source', reported: 'reported',
  },
  totals: (a, f, u) => `${a} articles, ${f} figures${u > 0 ? `; ${u} figures could not be placed in a region` : ''}`,
  loading: 'Loading…',
  shapeless: (n) => `${n} figures are in regions without a map shape, counted on their prefecture:`,
  countedOn: (n) => ` (counted on ${n})`,
  crumbs: 'Location',
  region: {
    summary: (f, a, s) => `${f} ${f === 1 ? 'figure' : 'figures'}${s} · ${a} ${a === 1 ? 'article' : 'articles'}`, scopePrefecture: ' (including its counties)', scopeProvince: ' (province level)', onMap: 'Show on the map',
    none: (n) => `No statistics for ${n} yet.`, articles: 'Articles', noArticles: 'No articles.', prefectures: 'Prefectures', counties: 'Counties',
    noShape: 'no shape', noShapeTitle: 'The map has no shape for this region', count: (n) => `${n}`,
    articleMeta: (p, d, pg, n) => `${p} · ${d} · page ${pg} · ${n} ${n === 1 ? 'figure' : 'figures'}`, open: 'source',
    latestOf: (s, n) => `The latest ${s} of ${n}.`, inTable: 'See them all in the table', moreArticles: (s, n) => `The latest ${s} of ${n} articles.`,
  },
  article: {
    back: '← Back to the map', backLabel: 'Back', paper: 'Paper', date: 'Date', page: 'Page', pageNo: (p) => `page ${p}`, file: 'Source file', original: 'Original', dateFromText: ' (inferred from the text)',
    byline: 'Byline', untitled: '(untitled)', facts: (n) => `Statistics in this article (${n})`, none: 'No statistics were extracted from this article.',
    figure: 'Figure', subject: 'Subject', region: 'Region', period: 'Period', notFound: 'Not found',
  },
};

export const MESSAGES = { zh, en } as const;
