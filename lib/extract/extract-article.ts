/**
 * One article → its statistics. Figures are found in the folded text (same offsets as the display
 * text); each gets its region, metric, direction and period from the words around it.
 */
import { metricOfIndicator, type IndicatorId } from '../indicators';
import type { Article, ArticlePlace, Direction, NumberMention, Sentence, Statistic } from '../schema';
import { allDivisions, getDivision } from '../regions/divisions';
import { articlePlace } from './article-place';
import { classifyClause, refine, suitUnit, type Classified } from './classify-indicator';
import { keywordIndex, type KeywordIndex } from './keyword-index';
import { describeSubject } from './describe-subject';
import { LIST_GAP, listSubjects } from './enumerations';
import { originSpan, sameLength, type MatchText } from './match-text';
import { isLanguageNotStatistic } from './figure-filters';
import { findNumbers } from './find-numbers';
import { findRegions } from './find-regions';
import { paragraphKind } from './paragraph-kind';
import { pairedPlaces, sharedTotal } from './place-lists';
import { isRank } from './rankings';
import { resolveComparison, resolveDirection } from './resolve-direction';
import { LOOK_BACK, spansWithin } from './look-back';
import { oneCaseOf } from './one-case';
import { NO_PERIOD, PeriodIndex, type Period } from './resolve-period';
import type { RegionMention } from './find-regions';
import { mentionCode, regionAt, regionContext, type RegionContext } from './resolve-region';
import { clauseEnd, clauseStart, quoteSpan, splitSentences } from './split-sentences';
import { SPECIFICITY } from './indicator-keywords';
import { unitKind } from './units';

interface Span { readonly start: number; readonly end: number; readonly text: string }

/** A figure kept in a sentence, with its clause. */
interface Figure { readonly n: NumberMention; readonly clauseStart: number; readonly before: string; readonly after: string }

interface Resolved { readonly indicator: IndicatorId; readonly direction: Direction; readonly subject: string }

/** A list of changes that refers back to earlier figures: 同比分别上升…, 比去年…. */
const REFERS_BACK = /^[\s,，]*(?:同比|环比|分别|比|较|与)/;

/** `match`: the article's text folded for matching (match-text.ts), or folded to its own length. */
export function extractArticle(article: Article, match: MatchText | string): Statistic[] {
  return extractArticleAndPlace(article, match).statistics;
}

/** The article's statistics, and its own place (article-place.ts) with where that was read. */
export function extractArticleAndPlace(article: Article, match: MatchText | string): { statistics: Statistic[]; place: ArticlePlace } {
  const m = typeof match === 'string' ? sameLength(match) : match;
  const folded = m.text;
  const paragraphs = paragraphSpans(folded);
  const leadEnd = paragraphs[Math.min(1, paragraphs.length - 1)]?.end ?? 0;
  const mentions = findRegions(folded);
  const place = articlePlace(article, folded, mentions);
  const regions = regionContext(mentions, leadEnd, place.code || null);
  const numbers = findNumbers(folded);
  if (numbers.length === 0) return { statistics: [], place }; // no figure, no statistic: the rest is not read
  const placed: Array<{ stat: Statistic; heading: boolean }> = [];
  const kinds = new Map<number, boolean>();
  const periods = periodsOf(folded, article.meta.date);
  const sentences = splitSentences(folded);
  const isOneCase = oneCaseOf(sentences);
  const keywords = keywordIndex(folded);
  let lastResolved: readonly Resolved[] = []; // the figures of the last sentence that had some
  for (const [index, s] of sentences.entries()) {
    const nums = spansWithin(numbers, s.start, s.end);
    // A sentence without figures gives no statistics, and is read for stories only as the context of a later one.
    if (nums.length === 0 || isOneCase(index)) continue; // one arrest, one victim, one person's story: no statistics
    const para = paragraphs[s.paragraph]!;
    const heading = kinds.get(s.paragraph) ?? kinds.set(s.paragraph, paragraphKind(folded.slice(para.start, para.end)) === 'short').get(s.paragraph)!;
    const figures = keptFigures(nums, s, folded);
    const resolved: Resolved[] = [];
    let earlier = 0; // the index of the list's head among the sentence's figures
    for (const list of lists(figures, folded)) {
      const head = list[0]!;
      const headLead = folded.slice(head.clauseStart, head.n.start);
      const { subjects, from: subjectsFrom } = subjectsOfList(head, list.length, headLead, s, folded);
      // Subjects before a list name its figures only when no figure names its own (…干部9名,274名人民陪审员).
      const named = list.length > 1 && list.every((f) => LIST_GAP.test(f.after) || !/^[\u4e00-\u9fff]/.test(f.after));
      // 这组数据,与去年同期相比,分别下降…: a list of changes with nothing before it refers to the last sentence's figures.
      const referredTo = earlier === 0 && list.length > 1 && lastResolved.length >= list.length ? lastResolved.slice(-list.length) : null;
      // Places listed before a list of as many figures of one unit: each figure its own place.
      const paired = list.every((f) => f.n.unit === head.n.unit) ? pairedPlaces(regions.mentions, folded, s.start, head.n.start, list.length) : null;
      list.forEach((f, i) => {
        const direction = i > 0 ? resolved[resolved.length - 1]!.direction : resolveDirection(headLead.slice(-12));
        const referred = REFERS_BACK.test(headLead) ? (referredTo?.[i] ?? resolved[earlier - list.length + i]) : undefined;
        const indicator = indicatorOf(f, named ? subjects[i] : undefined, headLead, resolved, referred, i, folded, s, para, keywords);
        const subject = subjectFor(f, i, list.length > 1 ? subjects : [], referred, resolved);
        resolved.push({ indicator, direction, subject });
        // A target (力争…下降10%; 到2020年底…将达到3万名): what is hoped for, not a statistic.
        if (TARGET.test(f.before) || TARGET_AHEAD.test(folded.slice(Math.max(s.start, f.clauseStart - 40), f.clauseStart))) return;
        const subjectRegion = paired?.[i] ?? sharedTotal(regions.mentions, folded, s.start, f.n.start) ??
          (subjects[i] ? regionIn(regions, folded, subjectsFrom, subjects[i]!) : null);
        const at = regionAt(regions, f.n.start, s.start, para.start);
        const stat = statistic(article, m, s, periods(s, para, f.n.start), f, indicator, direction, subject, subjectRegion ?? at.code,
          subjectRegion !== null || at.via !== 'article');
        if (WILL.test(f.before) && stat.periodStart && article.meta.date && stat.periodStart > article.meta.date) return;
        placed.push({ heading, stat });
        for (const code of placesSharing(regions, folded, f, stat.regionCode)) placed.push({ heading, stat: alsoFor(stat, code) });
      });
      earlier += list.length;
    }
    if (resolved.length > 0) lastResolved = resolved;
  }
  return { statistics: dedupe(placed), place };
}

/**
 * The subjects of a list, one per figure (listSubjects), and where they start: in the list's own
 * clause, or — when that clause is only its verb (同比分别下降了…) — with the clause before it
 * (永嘉县刑事案件、盗窃案件和“两抢”案件起数,同比分别下降了…).
 */
function subjectsOfList(head: Figure, count: number, headLead: string, s: Sentence, folded: string): { subjects: string[]; from: number } {
  const own = listSubjects(headLead, count);
  if (own.length > 0 || count < 2 || !REFERS_BACK.test(headLead) || head.clauseStart <= s.start) return { subjects: own, from: head.clauseStart };
  const from = s.start + clauseStart(s.text, head.clauseStart - 1 - s.start);
  return { subjects: listSubjects(folded.slice(from, head.n.start), count), from };
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
/** A plan named a clause or two before, for what follows (将力争刑事案件再下降5%,满意率保持在98%以上). */
const TARGET_AHEAD = /力争|争取|目标(?:是|为)/;
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
    if (!isLanguageNotStatistic(n, before, after, folded) && !isRank(n, before)) out.push({ n, clauseStart: cStart, before, after });
  });
  return out;
}

/**
 * Consecutive figures joined only by 、/和/, form one list: "8.22%、2.5%和17.1%", "3911件8978人";
 * across a comma only figures of one kind do ("接警800多起,70%的…" are two statements).
 */
function lists(figures: readonly Figure[], folded: string): Figure[][] {
  const out: Figure[][] = [];
  figures.forEach((f, i) => {
    const prev = figures[i - 1];
    const gap = prev ? folded.slice(prev.n.end, f.n.start) : '';
    if (prev && LIST_GAP.test(gap) && (!gap.includes(',') || unitKind(prev.n.unit) === unitKind(f.n.unit))) out[out.length - 1]!.push(f);
    else out.push([f]);
  });
  return out;
}

/**
 * The indicator of the i-th figure of a list: its own subject (命案、七类恶性案件…分别), else the
 * list's subject, else — for a list of changes with no subject (分别比去年同期上升186.5%和211%) —
 * the earlier figure it refers to, else what the sentence, paragraph or article was about. A
 * figure named only by a generic word or by what was done (事故, 发案, 破获, 抓获) is of the kind
 * of case its context names (inContext).
 */
function indicatorOf(f: Figure, subject: string | undefined, headLead: string, resolved: readonly Resolved[],
  referred: Resolved | undefined, i: number, folded: string, s: Sentence, para: Span, keywords: KeywordIndex): IndicatorId {
  const unit = f.n.unit;
  const sentenceBefore = folded.slice(Math.max(s.start, f.n.start - 60), f.n.start);
  const own = (before: string, after = '') => classifyClause({ before, after, unit, sentenceBefore, inherited: null });
  const previous = referred?.indicator ?? resolved[resolved.length - 1]?.indicator;
  const decide = (c: Classified) => suitUnit(inContext(c, previous, keywords, f.n.start, para.start), unit);
  const named = (subject ? own(subject) : null) ?? own(i === 0 ? f.before : headLead, f.after);
  if (named) return decide(named);
  // Inherited indicators must suit the unit: a head count (30多名会员) is never a satisfaction score,
  // and a coverage rate or a count of cases handled (网格覆盖率100%, 处置4.6万件) is not a head count.
  const fits = (m: IndicatorId | undefined) => (m && suits(m, unit) ? m : undefined);
  const fromText = (pos: number, from: number): Classified | undefined => {
    const o = keywords.lastBefore(pos, from);
    if (!o) return undefined;
    const k = keywords.clauseKeyword(o);
    return fits(k.indicator) ? { indicator: k.indicator, role: k.role, word: k.word } : undefined;
  };
  const kept = referred?.indicator ?? fits(resolved[resolved.length - 1]?.indicator);
  if (kept) return suitUnit(kept, unit);
  const inherited = fromText(f.n.start, para.start) ?? fromText(para.start, Math.max(0, para.start - 200));
  return inherited ? decide(inherited) : suitUnit(own('', '')?.indicator ?? 'other', unit);
}

/** Units a headcount of staff or volunteers can have: people, and teams. */
const HEADCOUNT_UNITS: ReadonlySet<string> = new Set(['人', '人次', '支', '个']);

/** Whether an indicator inherited from earlier text can measure a figure in `unit`. */
function suits(m: IndicatorId, unit: string): boolean {
  const metric = metricOfIndicator(m);
  if (metric === 'satisfaction') return SCORE_UNITS.has(unit);
  if (metric === 'personnel' || metric === 'volunteers') return HEADCOUNT_UNITS.has(unit);
  return true;
}

/**
 * A crime figure named only by a generic word (事故, 发案, 案件) or by what was done (破获, 抓获)
 * is of the kind of case named last before it (命案, 电信诈骗, 道路交通事故): the sentence's figure
 * before it, else the last kind named — in the article for a generic word (an article on fires
 * counts 死亡 of fires), in the paragraph for what was done. Where the last thing named is the
 * whole (刑事案件), it stays.
 */
function inContext(c: Classified, previous: IndicatorId | undefined, keywords: KeywordIndex, pos: number, paraStart: number): IndicatorId {
  if (c.role === 'kind' || c.role === 'whole') return c.indicator;
  if (metricOfIndicator(c.indicator) !== 'crime') return c.role === 'generic' ? refine(c.indicator, previous) : c.indicator;
  if (c.role === 'generic' && previous && metricOfIndicator(previous) === 'crime' && (SPECIFICITY[previous] ?? 3) >= 3) return previous;
  const last = keywords.lastObjectBefore(pos, c.role === 'generic' ? 0 : paraStart, 'crime');
  const named = last ? keywords.clauseKeyword(last) : null; // 五类恶性刑事案件: the kind, not the whole
  return named?.role === 'kind' ? named.indicator : c.indicator;
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
  // The last place named wins: 衢州市江山市 is 江山市, 湖州市安吉县 is 安吉县; an aside only if alone (在该市下城区等地).
  const inSubject = spansWithin(ctx.mentions, at, at + subject.length).filter((r) => r.kind === 'place' || r.kind === 'outside');
  const m = inSubject.findLast((r) => !r.aside) ?? inSubject.at(-1);
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
