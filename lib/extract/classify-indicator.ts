/**
 * What a figure measures (an indicator, INDICATORS.md), from the words of its clause: the noun a
 * count names (274名[人民陪审员]) or else the nearest keyword before it picks the family (crime,
 * volunteers, …), and the most specific keyword of that family picks the indicator (破获[电信诈骗]
 * 案件 is telecom_fraud). Money is money, a share of a total is other, a share of survey
 * respondents is a survey score, whatever they are about. A figure's metric is its indicator's.
 */
import { FALLBACK_INDICATOR, metricOfIndicator, type IndicatorId } from '../indicators';
import type { MetricKey } from '../schema';
import { nounAfter } from './describe-subject';
import { COURT } from './indicator-keywords';
import { firstKeyword, lastKeyword, mostSpecificKeyword, occurrences, type Keyword, type KeywordRole } from './keyword-scan';
import { AMONG, shareIndicator } from './shares';

export { mostSpecific } from './keyword-scan';

/** An indicator and the role of the word that decided it (keyword-scan.ts). */
export interface Classified {
  readonly indicator: IndicatorId;
  readonly role: KeywordRole;
  readonly word: string;
}

export interface IndicatorContext {
  /** Clause text before the figure (its subject). */
  readonly before: string;
  /** Clause text right after the figure, up to the next figure. */
  readonly after: string;
  readonly unit: string;
  /** Sentence text before the figure, for a share named one clause earlier (占事故总数的半数以上,达50.6%). */
  readonly sentenceBefore?: string;
  /** What earlier text decided, used when the clause itself says nothing. */
  readonly inherited: IndicatorId | null;
}

/** How much of a clause, on each side of a figure, names what it counts. */
const CLAUSE_WINDOW = 60;

const MONEY_UNITS: ReadonlySet<string> = new Set(['元', '万元', '亿元']);
/** Units that count things or people, whose noun may follow the figure (274名人民陪审员). */
const COUNT_NOUN_UNITS: ReadonlySet<string> = new Set([
  '人', '人次', '起', '件', '宗', '个', '支', '家', '所', '处', '座', '间', '台', '部', '辆', '套', '条', '张', '户', '批', '场', '项', '次',
]);
/**
 * Units of things (127个网格, 33套系统): when no keyword names them, their own noun does, and they
 * are "other" rather than the indicator of the text around them.
 */
const THING_UNITS: ReadonlySet<string> = new Set(['个', '家', '所', '处', '座', '间', '台', '部', '辆', '套', '条', '张', '项']);

const decided = (k: Keyword, unit: string): Classified => ({ indicator: suitUnit(k.indicator, unit), role: k.role, word: k.word });
const plain = (indicator: IndicatorId): Classified => ({ indicator, role: 'kind', word: '' });
const SERVICES_OTHER: Keyword = { word: '', indicator: 'services_other', metric: 'services', specificity: 0, role: 'generic' };

/** Volunteers counted in teams (支) or in people (人, 人次), whatever word named them. */
export function suitUnit(indicator: IndicatorId, unit: string): IndicatorId {
  if (indicator !== 'volunteers' && indicator !== 'volunteer_teams') return indicator;
  if (unit === '支') return 'volunteer_teams';
  if (unit === '人' || unit === '人次') return 'volunteers';
  return indicator;
}

/** Whether a crime kind (命案, 涉黑涉恶, …) is named in `text`. */
function namesCrimeKind(text: string): boolean {
  for (const o of occurrences(text)) if (o.k.metric === 'crime' && o.k.role === 'kind') return true;
  return false;
}

/** The noun a count names right after it (274名[人民陪审员]); not a verb phrase (3860家[建立了…责任制]). */
function countedNoun(after: string): string {
  const noun = nounAfter(after);
  return noun.length <= 8 && !/[了过着]/.test(noun) ? noun : '';
}

const PERSON_UNITS: ReadonlySet<string> = new Set(['人', '人次']);
const RATE_UNITS: ReadonlySet<string> = new Set(['%', '‰', '个百分点', '个千分点']);
// 网格员人数, 志愿者数量, 警力总数, 队伍规模: a change of these is a change of the headcount
const HEADCOUNT = /人数|数量|总数|人员|队伍|规模/;
const TEAM_UNITS: ReadonlySet<string> = new Set(['支', '个']);
const ACTORS: ReadonlySet<MetricKey> = new Set(['volunteers', 'personnel']);
// 参与巡逻, 参加巡防, 出动警力
const TAKING_PART = /参与|参加|出动/;

/** The last keyword of one of `metrics` in `text`. */
function lastKeywordOf(text: string, metrics: ReadonlySet<MetricKey>): Keyword | null {
  const found = occurrences(text).filter((o) => metrics.has(o.k.metric));
  return found[found.length - 1]?.k ?? null;
}

/**
 * The keyword nearest the end of `text`; a generic one right after a keyword of another family
 * (法律援助[案件], 信访[案件], 纠纷[案件]) takes that family's: the kind of case is the word before it.
 */
function headKeyword(text: string): Keyword | null {
  const found = occurrences(text);
  const last = found[found.length - 1];
  const modifier = found[found.length - 2];
  if (last?.k.role === 'generic' && modifier && modifier.end === last.start && modifier.k.metric !== last.k.metric) return modifier.k;
  return last?.k ?? null;
}

/** The indicator of a figure and the role of the word that decided it, or null when its own clause says nothing. */
export function classifyClause(ctx: IndicatorContext): Classified | null {
  // A clause's words near the figure: a run-on clause is not read whole for every figure in it.
  const before = ctx.before.slice(-CLAUSE_WINDOW);
  const after = ctx.after.slice(0, CLAUSE_WINDOW);
  const unit = ctx.unit;
  if (MONEY_UNITS.has(unit)) return plain('money');
  if (unit === '平方公里' || unit === '分') return plain('other');
  const share = shareIndicator(before, after, unit, ctx.sentenceBefore);
  if (share) return plain(share);
  // Among all criminal cases, a share (在全部刑事案件中作用率超过50%): the cases are not what is measured.
  if ((unit === '%' || unit === '‰') && AMONG.test(before) && !lastKeyword(before.replace(new RegExp(AMONG, 'g'), ''))) return plain('other');
  if (COURT.test(before) && !namesCrimeKind(before)) return plain('courts');
  const noun = COUNT_NOUN_UNITS.has(unit) ? countedNoun(after) : '';
  // Volunteers or staff who took part (义警参与巡逻3600人次, 出动警力8600人次) are counted, not the service.
  const actor = PERSON_UNITS.has(unit) && TAKING_PART.test(before) ? lastKeywordOf(before, ACTORS) : null;
  if (actor) return decided(mostSpecificKeyword(before, actor.metric) ?? actor, unit);
  const family = lastKeyword(noun) ?? headKeyword(before);
  // Staff and volunteers are counted in people (and teams): what else they did is a service
  // (网格员上报信息12.6万条), a rate of theirs is other (网格覆盖率), unless it is their number (网格员人数增长5%).
  if (family && ACTORS.has(family.metric) && !PERSON_UNITS.has(unit) && !TEAM_UNITS.has(unit)) {
    if (RATE_UNITS.has(unit)) {
      if (!HEADCOUNT.test(before)) return plain('other');
    } else {
      return decided(mostSpecificKeyword(`${before}|${noun}`, 'services') ?? SERVICES_OTHER, unit);
    }
  }
  if (unit === '次' && family?.metric !== 'crime') {
    return decided(mostSpecificKeyword(`${before}|${noun}`, 'services') ?? SERVICES_OTHER, unit);
  }
  // 支 counts teams: patrol, mediation and volunteer teams are all volunteer teams (GOLD.md).
  if (unit === '支' && family?.metric !== 'crime' && /队/.test(before + after.slice(0, 6))) return plain('volunteer_teams');
  if (family) {
    const k = decided(mostSpecificKeyword(`${before}|${noun}`, family.metric) ?? family, unit);
    // A person or thing named right after its count (274名人民陪审员) is what it is, whatever came before.
    return family.metric !== 'crime' && lastKeyword(noun) ? { ...k, role: 'kind' } : k;
  }
  if (THING_UNITS.has(unit)) return plain('other');
  const next = firstKeyword(after.slice(0, 8));
  return next ? decided(mostSpecificKeyword(after.slice(0, 8), next.metric) ?? next, unit) : null;
}

export function classifyOwn(ctx: IndicatorContext): IndicatorId | null {
  return classifyClause(ctx)?.indicator ?? null;
}

export function classifyIndicator(ctx: IndicatorContext): IndicatorId {
  return classifyOwn(ctx) ?? ctx.inherited ?? 'other';
}

/**
 * A figure whose own words give only its family's catch-all (死亡40人 → crime_other) takes the
 * more specific indicator of the same family that the sentence was about (火灾3173起 → fire).
 */
export function refine(own: IndicatorId, context: IndicatorId | null | undefined): IndicatorId {
  if (!context || own === context) return own;
  const family = metricOfIndicator(own);
  return own === FALLBACK_INDICATOR[family] && metricOfIndicator(context) === family ? context : own;
}
