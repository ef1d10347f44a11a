/** The /about page's text, in Chinese and English (figures come from data, never from here). */
import type { Lang } from '../view-state';

export interface AboutText {
  readonly title: string;
  readonly intro: string;
  readonly pipelineTitle: string;
  readonly pipeline: readonly string[];
  readonly qualityTitle: string;
  readonly qualityLead: (date: string, texts: number, required: number) => string;
  readonly qualityCols: { readonly measure: string; readonly value: string; readonly means: string };
  readonly qualityRows: {
    readonly precision: readonly [string, string]; readonly recall: readonly [string, string]; readonly f1: readonly [string, string];
    readonly metric: readonly [string, string]; readonly indicator: readonly [string, string];
  };
  readonly qualityMissing: string;
  readonly reproduce: string;
  readonly indicatorTitle: string;
  readonly indicatorText: string;
  readonly indicatorList: string;
  readonly citeTitle: string;
  readonly citeText: string;
  readonly citeExample: (today: string, link: string) => string;
  readonly dataTitle: string;
  readonly extracted: (date: string) => string;
  readonly noData: string;
  readonly stats: (articles: number, facts: number) => string;
}

const zh: AboutText = {
  title: '数据说明',
  intro: '本站把浙江各报纸版面上刊登的平安建设统计数字整理成地图和时间线。每个数字都链接到它所在的原文句子，请以原文为准。',
  pipelineTitle: '数字是怎么来的',
  pipeline: [
    '收集报纸版面的文字（多为扫描识别的文本，繁体也转为简体）。',
    '把版面切成一篇篇报道，逐句查找带单位的数字（如“下降13.7%”“志愿者3000多名”）。',
    '确定每个数字说的是哪个地区、哪段时间、哪项指标，是数量还是增减。',
    '数字、原文句子和出处（报纸、日期、版次、链接）一起写入 CSV；审核人员可以确认、更正或补充。',
    '本站读取这些 CSV：地图按地区着色，时间线按时间排列，每个点都能回到原句。',
  ],
  qualityTitle: '抽取质量（实测）',
  qualityLead: (d, n, r) => `${d} 在开发集（${n}篇人工标注的报道，${r}个应抽取的数字）上用 npm run eval 测得：`,
  qualityCols: { measure: '指标', value: '数值', means: '含义' },
  qualityRows: {
    precision: ['精确率 P', '抽出的数字中，确实是标注数字的比例'],
    recall: ['召回率 R', '标注的数字中，被抽出来的比例'],
    f1: ['F1', '精确率与召回率的调和平均'],
    metric: ['类别准确率', '抽对的数字中，类别（案件、志愿者……）也对的比例'],
    indicator: ['指标准确率', '抽对的数字中，具体指标也对的比例'],
  },
  qualityMissing: '尚未生成质量数据（运行 npm run quality）。',
  reproduce: '复现命令：',
  indicatorTitle: '什么是“指标”',
  indicatorText: '指标说明一个数字衡量的是什么，例如“刑事案件”“群众安全感满意率”“志愿者人数”。图表只把同一指标、同一种数（数量或增减）和同类单位的数字放在一起比较，不同指标的数字不会连成一条线。',
  indicatorList: '全部指标（按类别）：',
  citeTitle: '如何引用',
  citeText: '请引用原始报道（报纸、日期、版次、链接），并注明本站链接和访问日期。每个数字的“查看原文”页面列出了这些信息。',
  citeExample: (today, link) => `《浙江法制报》2019年3月2日第2版，原文链接；转引自浙江平安统计（${link}），访问于${today}。`,
  dataTitle: '数据更新',
  extracted: (d) => `数据最近一次抽取于 ${d}。`,
  noData: '尚无抽取数据。',
  stats: (a, f) => `目前共有 ${a} 篇报道、${f} 个统计数字。`,
};

const en: AboutText = {
  title: 'About the data',
  intro: 'This site turns the public-safety figures printed in Zhejiang newspapers into maps and timelines. Every number links to the sentence it comes from; the original text is authoritative.',
  pipelineTitle: 'How the figures are made',
  pipeline: [
    'The text of newspaper pages is collected (often OCR’d; Traditional characters are converted to Simplified).',
    'Pages are split into articles, and each sentence is searched for numbers with units (“down 13.7%”, “more than 3,000 volunteers”).',
    'For each number we decide which region, which period and which indicator it is about, and whether it is a level or a change.',
    'The number, its sentence and its source (paper, date, page, link) are written to CSV files; reviewers can confirm, correct or add figures.',
    'This site reads those files: the map colours regions, the timeline orders figures in time, and every mark leads back to its sentence.',
  ],
  qualityTitle: 'Measured quality',
  qualityLead: (d, n, r) => `Measured on ${d} with npm run eval on the development set (${n} hand-labelled articles, ${r} figures to find):`,
  qualityCols: { measure: 'Measure', value: 'Value', means: 'What it means' },
  qualityRows: {
    precision: ['Precision (P)', 'Of the figures extracted, the share that are labelled figures'],
    recall: ['Recall (R)', 'Of the labelled figures, the share that were extracted'],
    f1: ['F1', 'The harmonic mean of precision and recall'],
    metric: ['Category accuracy', 'Of the figures found, the share with the right category (crime, volunteers …)'],
    indicator: ['Indicator accuracy', 'Of the figures found, the share with the right indicator'],
  },
  qualityMissing: 'No quality figures yet (run npm run quality).',
  reproduce: 'Reproduce with:',
  indicatorTitle: 'What an indicator is',
  indicatorText: 'An indicator says what a number measures: criminal cases, the public sense of safety, the number of volunteers. Charts compare only figures of the same indicator, the same kind (level or change) and the same class of unit; figures of different indicators are never joined into one line.',
  indicatorList: 'All indicators, by category:',
  citeTitle: 'How to cite',
  citeText: 'Cite the original article (paper, date, page, link) and add this site’s link and the date you accessed it. Each figure’s source page lists these details.',
  citeExample: (today, link) => `浙江法制报 (Zhejiang Legal Daily), 2 March 2019, page 2, original link; via Zhejiang safety statistics (${link}), accessed ${today}.`,
  dataTitle: 'Data updates',
  extracted: (d) => `The data was last extracted on ${d}.`,
  noData: 'No data has been extracted yet.',
  stats: (a, f) => `It holds ${a} articles and ${f} figures.`,
};

export function aboutText(lang: Lang): AboutText {
  return lang === 'en' ? en : zh;
}
