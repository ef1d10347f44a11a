/**
 * One article → its statistics. Figures are found in the folded text (same offsets as the display
 * text); each gets its region, metric, direction and period from the words around it.
 */
import { metricOfIndicator, type IndicatorId } from '../indicators';
import type { Article, Direction, NumberMention, Sentence, Statistic } from '../schema';
import { allDivisions, getDivision } from '../regions/divisions';
import { classifyOwn, lastIndicator, refine, suitUnit } from './classify-indicator';
import { describeSubject } from './describe-subject';
import { LIST_GAP, listSubjects } from './enumerations';
import { originSpan, sameLength, type MatchText } from './match-text';
import { isLanguageNotStatistic } from './figure-filters';
import { findNumbers } from './find-numbers';
import { findRegions } from './find-regions';
import { paragraphKind } from './paragraph-kind';
import { resolveComparison, resolveDirection } from './resolve-direction';
import { LOOK_BACK, spansWithin } from './look-back';
import { oneCaseSentences } from './one-case';
import { NO_PERIOD, PeriodIndex, type Period } from './resolve-period';
import type { RegionMention } from './find-regions';
import { mentionCode, regionAt, regionContext, type RegionContext } from './resolve-region';
import { clauseEnd, clauseStart, quoteSpan, splitSentences } from './split-sentences';

interface Span { readonly start: number; readonly end: number; readonly text: string }

/** A figure kept in a sentence, with its clause. */
interface Figure { readonly n: NumberMention; readonly clauseStart: number; readonly before: string; readonly after: string }

interface Resolved { readonly indicator: IndicatorId; readonly direction: Direction; readonly subject: string }

/** A list of changes that refers back to earlier figures: 同比分别上升…, 比去年…. */
const REFERS_BACK = /^[\s,，]*(?:同比|环比|分别|比|较|与)/;

/** `match`: the article's text folded for matching (match-text.ts), or folded to its own length. */
export function extractArticle(article: Article, match: MatchText | string): Statistic[] {
  const m = typeof match === 'string' ? sameLength(match) : match;
  const folded = m.text;
  const paragraphs = paragraphSpans(folded);
  const leadEnd = paragraphs[Math.min(1, paragraphs.length - 1)]?.end ?? 0;
  const regions = regionContext(findRegions(folded), leadEnd);
  const numbers = findNumbers(folded);
  const placed: Array<{ stat: Statistic; heading: boolean }> = [];
  const kinds = new Map<number, boolean>();
  const periods = periodsOf(folded, article.meta.date);
  const sentences = splitSentences(folded);
  const oneCase = oneCaseSentences(sentences);
  for (const [index, s] of sentences.entries()) {
    if (oneCase[index]) continue; // one arrest, one victim, one person's story: no statistics
    const para = paragraphs[s.paragraph]!;
    const heading = kinds.get(s.paragraph) ?? kinds.set(s.paragraph, paragraphKind(folded.slice(para.start, para.end)) === 'short').get(s.paragraph)!;
    const figures = keptFigures(spansWithin(numbers, s.start, s.end), s, folded);
    const resolved: Resolved[] = [];
    for (const list of lists(figures, folded)) {
      const head = list[0]!;
      const headLead = folded.slice(head.clauseStart, head.n.start);
      const subjects = listSubjects(headLead, list.length);
      const earlier = figures.indexOf(head);
      list.forEach((f, i) => {
        const direction = i > 0 ? resolved[resolved.length - 1]!.direction : resolveDirection(headLead.slice(-12));
        const referred = REFERS_BACK.test(headLead) ? resolved[earlier - list.length + i] : undefined;
        const indicator = indicatorOf(f, subjects[i], headLead, resolved, referred, i, folded, s, para);
        const subject = subjectFor(f, i, list.length > 1 ? subjects : [], referred, resolved);
        resolved.push({ indicator, direction, subject });
        // A target (力争…下降10%; 到2020年底…将达到3万名): what is hoped for, not a statistic.
        if (TARGET.test(f.before)) return;
        const subjectRegion = subjects[i] ? regionIn(regions, folded, head.clauseStart, subjects[i]!) : null;
        const at = regionAt(regions, f.n.start, s.start, para.start);
        const stat = statistic(article, m, s, periods(s, para, f.n.start), f, indicator, direction, subject, subjectRegion ?? at.code,
          subjectRegion !== null || at.via !== 'article');
        if (WILL.test(f.before) && stat.periodStart && article.meta.date && stat.periodStart > article.meta.date) return;
        placed.push({ heading, stat });
        for (const code of placesSharing(regions, folded, f, stat.regionCode)) placed.push({ heading, stat: alsoFor(stat, code) });
      });
    }
  }
  return dedupe(placed);
}

/** Units that count things (名, 支, 件): their noun follows the figure. */
const NOT_COUNTS: ReadonlySet<string> = new Set(['%', '‰', '个百分点', '个千分点', '元', '平方公里', '公里', '吨', '公斤', '分']);

/** Names and short names of divisions (龙泉市, 龙泉). */
const PLACE_NAMES: ReadonlySet<string> = new Set(allDivisions().flatMap((d) => [d.name, d.shortName]));

/** What a list of places counts, named once after the last: 普陀区、定海区和嵊泗县的[平安志愿者人数]. */
function sharedNoun(subjects: readonly string[]): string {
  const last = subjects[subjects.length - 1] ?? '';
  const at = last.lastIndexOf('的');
  return at >= 0 ? last.slice(at + 1) : '';
}

/** Units a survey score can have. */
const SCORE_UNITS: ReadonlySet<string> = new Set(['%', '‰', '个百分点', '个千分点', '分']);

function subjectOf(f: Figure): string {
  return describeSubject(f.before, f.after, !NOT_COUNTS.has(f.n.unit)); // after: past the unit
}

/** Words of a plan (力争…下降10%以上, 目标是…): what is hoped for, not what happened. */
const TARGET = /计划|力争|争取|目标(?!案)|预计|确保/; // not 目标案件 (cases singled out for attention)
/** 将 (will) makes a figure a plan when its time is after publication (到2020年底…将达到3万名). */
const WILL = /将/;

// Places listed together before a figure that 均/都 gives to each: "永康市、东阳市义警人数均超过3000人".
const EACH = /[均都]/;
const PLACE_JOIN = /^[、和及与]$/;

/** The other places a figure speaks for, besides `code`: a list of places in its clause, then 均/都. */
function placesSharing(ctx: RegionContext, folded: string, f: Figure, code: string): string[] {
  const inClause = spansWithin(ctx.mentions, f.clauseStart, f.n.start).filter((m): m is RegionMention & { kind: 'place' } => m.kind === 'place');
  if (inClause.length < 2 || !EACH.test(folded.slice(inClause[inClause.length - 1]!.end, f.n.start))) return [];
  // The run of places joined by 、/和 that ends with the last one.
  const run = [inClause[inClause.length - 1]!];
  for (let i = inClause.length - 2; i >= 0 && PLACE_JOIN.test(folded.slice(inClause[i]!.end, run[0]!.start)); i--) run.unshift(inClause[i]!);
  if (run.length < 2) return [];
  return [...new Set(run.map((m) => m.code))].filter((c) => c !== code);
}

/**
 * What the i-th figure of a list counts: the list's own subjects (命案、七类恶性案件…分别; a list
 * of places takes the noun they share), else the figure it refers back to (抓获…4120人,同比分别上升
 * 12.3%和8.7%), else the words around it; where those name only a place (其中莲都区120支) or
 * nothing (…提高到97.3%), the sentence's last subject; else the list's head (2600余件14100余人).
 */
function subjectFor(f: Figure, i: number, listSubjects: readonly string[], referred: Resolved | undefined, resolved: readonly Resolved[]): string {
  const listed = listSubjects[i];
  if (listed) return PLACE_NAMES.has(listed.replace(/的.*$/, '')) ? sharedNoun(listSubjects) || listed : listed;
  if (referred?.subject) return referred.subject;
  const own = subjectOf(f);
  const sentences = PLACE_NAMES.has(own) || own === '' ? resolved[resolved.length - 1]?.subject : own;
  return sentences || own || (i > 0 ? resolved[resolved.length - i]!.subject : '');
}

/** The same statistic for a further place the figure speaks for (Statistic.alsoFor). */
function alsoFor(stat: Statistic, code: string): Statistic {
  const d = getDivision(code);
  const region = code as Statistic['regionCode'];
  return { ...stat, regionCode: region, regionName: d?.name ?? '', regionLevel: d?.level ?? 'none', alsoFor: region };
}

function keptFigures(nums: readonly NumberMention[], s: Sentence, folded: string): Figure[] {
  const out: Figure[] = [];
  nums.forEach((n, i) => {
    const cStart = s.start + clauseStart(s.text, n.start - s.start);
    const cEnd = s.start + clauseEnd(s.text, n.end - s.start);
    const next = nums[i + 1];
    const before = folded.slice(cStart, n.start);
    const after = folded.slice(n.end, next && next.start < cEnd ? next.start : cEnd);
    if (!isLanguageNotStatistic(n, before, after, folded)) out.push({ n, clauseStart: cStart, before, after });
  });
  return out;
}

/** Consecutive figures joined only by 、/和/, form one list: "8.22%、2.5%和17.1%", "3911件8978人". */
function lists(figures: readonly Figure[], folded: string): Figure[][] {
  const out: Figure[][] = [];
  figures.forEach((f, i) => {
    const prev = figures[i - 1];
    if (prev && LIST_GAP.test(folded.slice(prev.n.end, f.n.start))) out[out.length - 1]!.push(f);
    else out.push([f]);
  });
  return out;
}

/**
 * The indicator of the i-th figure of a list: its own subject (命案、七类恶性案件…分别), else the
 * list's subject, else — for a list of changes with no subject (分别比去年同期上升186.5%和211%) —
 * the earlier figure it refers to, else what the sentence, paragraph or article was about. A
 * figure whose words give only its family's catch-all takes the sentence's more specific one.
 */
function indicatorOf(f: Figure, subject: string | undefined, headLead: string, resolved: readonly Resolved[],
  referred: Resolved | undefined, i: number, folded: string, s: Sentence, para: Span): IndicatorId {
  const unit = f.n.unit;
  const sentenceBefore = folded.slice(Math.max(s.start, f.n.start - LOOK_BACK), f.n.start);
  const own = (before: string, after = '') => classifyOwn({ before, after, unit, sentenceBefore, inherited: null });
  const previous = referred?.indicator ?? resolved[resolved.length - 1]?.indicator;
  if (subject) {
    const m = own(subject);
    if (m) return refine(m, previous);
  }
  const whole = own(i === 0 ? f.before : headLead, i === 0 ? f.after : '');
  if (whole) return refine(whole, previous);
  // Inherited indicators must suit the unit: a head count (30多名会员) is never a satisfaction score.
  const fits = (m: IndicatorId | undefined) => (m && metricOfIndicator(m) === 'satisfaction' && !SCORE_UNITS.has(unit) ? undefined : m);
  const inherited = fits(referred?.indicator) ?? fits(resolved[resolved.length - 1]?.indicator) ??
    fits(lastIndicator(folded.slice(Math.max(para.start, f.n.start - LOOK_BACK), f.n.start)) ?? undefined) ??
    fits(lastIndicator(folded.slice(Math.max(0, para.start - 200), para.start)) ?? undefined);
  return suitUnit(inherited ?? own('', '') ?? 'other', unit);
}

/**
 * The period of a figure: named last before it in its sentence, else a scope (1-6月, 今年以来)
 * named earlier in its paragraph. Each sentence and paragraph is searched once (PeriodIndex), not
 * once per figure.
 */
function periodsOf(folded: string, published: string): (s: Sentence, para: Span, at: number) => Period {
  let sentence: { s: Sentence; index: PeriodIndex } | null = null;
  let paragraph: { para: Span; index: PeriodIndex } | null = null;
  return (s, para, at) => {
    if (sentence?.s !== s) sentence = { s, index: new PeriodIndex(folded.slice(s.start, s.end), published) };
    const own = sentence.index.before(at - s.start);
    if (own !== NO_PERIOD) return own;
    if (paragraph?.para !== para) paragraph = { para, index: new PeriodIndex(folded.slice(para.start, para.end), published, true) };
    return paragraph.index.before(s.start - para.start);
  };
}

function statistic(article: Article, m: MatchText, s: Sentence, period: Period, f: Figure, indicator: IndicatorId,
  direction: Direction, subject: string, region: string, regionNamed: boolean): Statistic {
  const n = f.n;
  const folded = m.text;
  const [sentenceStart, sentenceEnd] = originSpan(m, s.start, s.end);
  const [start, end] = originSpan(m, n.start, n.end);
  const quote = quoteSpan(article.text, sentenceStart, sentenceEnd, start, end);
  const d = getDivision(region);
  const metric = metricOfIndicator(indicator);
  return {
    articleId: article.id, source: article.source,
    regionCode: region as Statistic['regionCode'], regionName: d?.name ?? '', regionLevel: d?.level ?? 'none',
    metric, indicator, subject: subject.replace(/^[\s,，]+/, '').slice(-30),
    value: n.value, unit: n.unit, qualifier: n.qualifier, direction,
    comparison: direction === 'none' ? '' : resolveComparison(folded.slice(Math.max(s.start, n.start - LOOK_BACK), n.start)),
    periodStart: period.start, periodEnd: period.end,
    sentence: article.text.slice(quote.start, quote.end), start, end,
    confidence: confidence(n, metric, regionNamed),
  };
}

function regionIn(ctx: RegionContext, folded: string, from: number, subject: string): string | null {
  const at = folded.indexOf(subject, from);
  if (at < 0) return null;
  // The last place named wins: 衢州市江山市 is 江山市, 湖州市安吉县 is 安吉县.
  const m = spansWithin(ctx.mentions, at, at + subject.length).findLast((r) => r.kind === 'place');
  return m ? mentionCode(m, ctx) : null;
}

function confidence(n: NumberMention, metric: Statistic['metric'], regionNamed: boolean): number {
  let c = 0.9;
  if (!regionNamed) c -= 0.2;
  if (metric === 'other') c -= 0.2;
  if (n.written === 'words') c -= 0.1;
  return Math.round(c * 100) / 100;
}

function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const p of text.split('\n')) {
    out.push({ start: at, end: at + p.length, text: p });
    at += p.length + 1;
  }
  return out;
}

/**
 * A headline figure repeated in the body is the body's (which has the context); the same
 * statistic said twice in the body is one.
 */
function dedupe(placed: ReadonlyArray<{ stat: Statistic; heading: boolean }>): Statistic[] {
  const inBody = new Set(placed.filter((p) => !p.heading).map((p) => `${p.stat.value}|${p.stat.unit}`));
  /** Per statistic key: the periods kept, and whether one of them leaves its time unsaid. */
  const seen = new Map<string, { periods: Set<string>; open: boolean }>();
  const out: Statistic[] = [];
  for (const { stat, heading } of placed) {
    if (heading && inBody.has(`${stat.value}|${stat.unit}`)) continue;
    const key = [stat.regionCode, stat.indicator, stat.value, stat.unit, stat.qualifier, stat.direction].join('|');
    const period = `${stat.periodStart}/${stat.periodEnd}`;
    const same = seen.get(key);
    // The same figure again, about the same time (or a time one of them leaves unsaid), is a repeat.
    if (same && (same.open || !stat.periodEnd || same.periods.has(period))) continue;
    if (same) same.periods.add(period);
    else seen.set(key, { periods: new Set([period]), open: !stat.periodEnd });
    out.push(stat);
  }
  return out;
}
