/**
 * Texts of the dashboard's headline panel, map levels and region list, in Chinese and English
 * (part of `Messages`, as `t(lang).dash`). The zh table is the reference shape.
 */

export interface DashMessages {
  readonly headline: {
    /** "浙江省 · 最新数据" */
    readonly title: (region: string) => string;
    readonly lead: string;
    readonly empty: (region: string) => string;
    readonly below: (n: number) => string;
    readonly others: (n: number) => string;
    readonly figures: (n: number) => string;
    readonly more: (n: number) => string;
    readonly published: string;
    /** Accessible name of a card's source link: says which figure it opens. */
    readonly source: string;
    readonly sourceLabel: (name: string, figure: string) => string;
    readonly spark: (name: string, n: number) => string;
  };
  readonly levels: {
    readonly label: string;
    readonly prefecture: string;
    readonly county: string;
    readonly withData: (n: number) => string;
  };
  readonly regions: {
    readonly title: string;
    readonly figures: (n: number) => string;
    readonly without: (n: number) => string;
    readonly ownPrefecture: string;
    readonly noneInView: string;
  };
}

export const ZH_DASH: DashMessages = {
  headline: {
    title: (r) => `${r} · 最新数据`,
    lead: '每项指标的最新一条统计，附时间、历史走势和原文出处。',
    empty: (r) => `暂无${r}本级的统计。`,
    below: (n) => `下辖地区共有${n}条统计，见下方地图。`,
    others: (n) => `另有${n}条其他统计，见下方统计列表。`,
    figures: (n) => `共${n}条`,
    more: (n) => `更多指标（${n}项）`,
    published: '按报道日期',
    source: '原文',
    sourceLabel: (name, figure) => `查看原文：${name} ${figure}`,
    spark: (name, n) => `${name}的${n}个历史数值`,
  },
  levels: { label: '地图按哪一级着色', prefecture: '地级', county: '县级', withData: (n) => `${n}个地区有数据` },
  regions: {
    title: '地区列表',
    figures: (n) => `${n}条数据`,
    without: (n) => `${n}个地区无数据`,
    ownPrefecture: '市本级数据',
    noneInView: '此视图中没有该指标的数据。',
  },
};

export const EN_DASH: DashMessages = {
  headline: {
    title: (r) => `${r} · latest figures`,
    lead: 'The latest figure of each indicator, with its period, its history and the sentence it comes from.',
    empty: (r) => `No figures for ${r} itself yet.`,
    below: (n) => `Its sub-regions have ${n} ${n === 1 ? 'figure' : 'figures'}: see the map below.`,
    others: (n) => `${n} other ${n === 1 ? 'figure is' : 'figures are'} in the table below.`,
    figures: (n) => `${n} ${n === 1 ? 'figure' : 'figures'}`,
    more: (n) => `${n} more ${n === 1 ? 'indicator' : 'indicators'}`,
    published: 'by publication date',
    source: 'source',
    sourceLabel: (name, figure) => `Source of ${name}: ${figure}`,
    spark: (name, n) => `${n} past values of ${name}`,
  },
  levels: { label: 'Colour the map by', prefecture: 'Prefectures', county: 'Counties', withData: (n) => `${n} with data` },
  regions: {
    title: 'Regions',
    figures: (n) => `${n} ${n === 1 ? 'figure' : 'figures'}`,
    without: (n) => `${n} ${n === 1 ? 'region' : 'regions'} without data`,
    ownPrefecture: 'city-level figures',
    noneInView: 'No figures of this measure in this view.',
  },
};
