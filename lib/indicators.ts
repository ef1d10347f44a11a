/**
 * Indicators: what a statistic measures, so that charts compare like with like
 * (../shared/corpus/INDICATORS.md; tests/extract/indicators.test.ts checks that this table matches it).
 * A metric is a family; each indicator belongs to exactly one metric, and a statistic's metric is
 * its indicator's. Ids are stable: they go into facts.csv and URLs.
 */
import type { MetricKey } from './schema';

export interface IndicatorInfo {
  readonly id: string;
  readonly metric: MetricKey;
  readonly zh: string;
  readonly en: string;
}

/** The table, in the order of INDICATORS.md (grouped by metric). */
export const INDICATORS = [
  { id: 'criminal_cases', metric: 'crime', zh: '刑事案件', en: 'Criminal cases' },
  { id: 'cases_solved', metric: 'crime', zh: '破案', en: 'Cases solved' },
  { id: 'suspects', metric: 'crime', zh: '犯罪嫌疑人', en: 'Suspects' },
  { id: 'homicide', metric: 'crime', zh: '命案', en: 'Homicides' },
  { id: 'serious_crime', metric: 'crime', zh: '严重暴力案件', en: 'Serious violent crime' },
  { id: 'property_crime', metric: 'crime', zh: '侵财案件', en: 'Property crime' },
  { id: 'telecom_fraud', metric: 'crime', zh: '电信网络诈骗', en: 'Telecom and online fraud' },
  { id: 'drugs', metric: 'crime', zh: '毒品', en: 'Drugs' },
  { id: 'organised_crime', metric: 'crime', zh: '涉黑涉恶', en: 'Organised crime' },
  { id: 'public_order', metric: 'crime', zh: '治安案件', en: 'Public-order cases' },
  { id: 'police_calls', metric: 'crime', zh: '警情与报警', en: 'Police calls' },
  { id: 'traffic', metric: 'crime', zh: '道路交通安全', en: 'Road safety' },
  { id: 'fire', metric: 'crime', zh: '火灾', en: 'Fires' },
  { id: 'work_safety', metric: 'crime', zh: '生产安全事故', en: 'Workplace accidents' },
  { id: 'crime_other', metric: 'crime', zh: '其他案件', en: 'Other cases' },
  { id: 'volunteers', metric: 'volunteers', zh: '志愿者人数', en: 'Volunteers' },
  { id: 'volunteer_teams', metric: 'volunteers', zh: '志愿者队伍', en: 'Volunteer teams' },
  { id: 'safety_satisfaction', metric: 'satisfaction', zh: '群众安全感满意率', en: 'Public sense of safety' },
  { id: 'awareness', metric: 'satisfaction', zh: '平安建设知晓率', en: 'Awareness' },
  { id: 'participation', metric: 'satisfaction', zh: '平安建设参与率', en: 'Participation' },
  { id: 'satisfaction_other', metric: 'satisfaction', zh: '其他满意度', en: 'Other satisfaction' },
  { id: 'police', metric: 'personnel', zh: '民警与警力', en: 'Police officers' },
  { id: 'auxiliary_police', metric: 'personnel', zh: '辅警', en: 'Auxiliary police' },
  { id: 'grid_workers', metric: 'personnel', zh: '网格员', en: 'Grid workers' },
  { id: 'mediators', metric: 'personnel', zh: '调解员', en: 'Mediators' },
  { id: 'personnel_other', metric: 'personnel', zh: '其他人员', en: 'Other staff' },
  { id: 'disputes', metric: 'services', zh: '矛盾纠纷', en: 'Disputes' },
  { id: 'petitions', metric: 'services', zh: '信访', en: 'Petitions' },
  { id: 'services_other', metric: 'services', zh: '其他服务', en: 'Other services' },
  { id: 'courts', metric: 'other', zh: '法院案件', en: 'Court cases' },
  { id: 'money', metric: 'other', zh: '涉案金额与损失', en: 'Money and losses' },
  { id: 'other', metric: 'other', zh: '其他', en: 'Other' },
] as const satisfies readonly IndicatorInfo[];

export type IndicatorId = (typeof INDICATORS)[number]['id'];

export const INDICATOR_IDS: readonly IndicatorId[] = INDICATORS.map((i) => i.id);

const BY_ID: ReadonlyMap<string, IndicatorInfo> = new Map(INDICATORS.map((i) => [i.id, i]));

export function isIndicatorId(s: string): s is IndicatorId {
  return BY_ID.has(s);
}

export function indicatorInfo(id: IndicatorId): IndicatorInfo {
  return BY_ID.get(id)!;
}

export function metricOfIndicator(id: IndicatorId): MetricKey {
  return BY_ID.get(id)!.metric;
}

/** The catch-all indicator of each metric: what a figure is when only its family is known. */
export const FALLBACK_INDICATOR: Readonly<Record<MetricKey, IndicatorId>> = {
  crime: 'crime_other',
  volunteers: 'volunteers',
  satisfaction: 'satisfaction_other',
  personnel: 'personnel_other',
  services: 'services_other',
  other: 'other',
};
