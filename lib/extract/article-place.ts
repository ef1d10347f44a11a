/**
 * An article's own place: what 全市/全区/全县/该市 mean when the body names no place, and where a
 * figure that names none belongs. Taken, first found first, from the manifest's region column,
 * the headline (湖州安吉…: the most specific of a chain), the dateline (中新网杭州12月19日电), the
 * publishing body in the byline or text (嘉兴市公安局, 普陀区公安分局), and the web host where it
 * spells a Zhejiang place in pinyin (gaj.jiaxing.gov.cn, www.putuo.gov.cn, yuhuan.gov.cn).
 */
import { getDivision } from '../regions/divisions';
import { PROVINCE_CODE, type Article, type ArticlePlace, type RegionCode } from '../schema';
import hostsTable from './data/zhejiang-hosts.json';
import { findRegions, type RegionMention } from './find-regions';
import { matchText } from './match-text';
import { DATELINE } from './paragraph-kind';
import { toSimplified } from './traditional';

export const NO_PLACE: ArticlePlace = { code: '', basis: 'none' };

/** What an article says about itself, folded for matching (match-text.ts). */
interface ArticleHeader {
  /**
   * The headline's places: those of the text's first line when the text starts with it, else
   * those found in the headline alone (a title from the manifest).
   */
  readonly titleMentions: () => readonly RegionMention[];
  readonly byline: string;
}

// The date of a dateline, after its place: 中新网杭州[12月19日电], 本报嘉兴[讯].
const DATELINE_DATE = /(?:\d{1,2}月\d{1,2}日)?(?:讯|电)$/;
// A dateline with no date: "本报嘉兴讯", "新华社杭州电".
const DATELINE_NO_DATE = /^[\s□]*(?:本报|新华社|中新社|中新网)[^\s,，。\d]{2,8}?(?:讯|电)/;
// Right after a place, the body that publishes: 嘉兴市公安局, 普陀区公安分局, 龙泉市人民法院, 海宁市委政法委.
const ORGAN_AFTER = /^(?:公安局|公安分局|公安|人民政府|政府|人民法院|法院|人民检察院|检察院|司法局|应急管理局|消防|交警|[市县区]?委|综治|平安办|融媒体中心|日报|晚报|新闻)/;
// An organ anywhere in a byline, before looking for its place: "来源:普陀区公安分局".
const ORGAN_IN = /公安|政府|法院|检察|委|司法|应急|消防|交警|综治|平安办|融媒体|日报|晚报|新闻/;
// Where a page names the body it comes from: "来源:玉环市融媒体中心", "稿源：".
const SOURCE_BEFORE = /(?:来源|稿源|信息来源)[:：]\s*$/;
/** Host labels around a place's pinyin: zjjiaxing, jiaxingnews. */
const HOST_AFFIXES = /^(?:zj)?([a-z]+?)(?:news|police|gaj|daily|tv|gov)?$/;
/** The paragraphs after the headline in which a dateline or the publisher may stand. */
const LEAD_PARAGRAPHS = 2;

const HOSTS: Readonly<Record<string, string>> = hostsTable.hosts;

/** The code a mention stands for, where it names one place by itself (not 全市). */
function placeCode(m: RegionMention): string | null {
  if (m.kind === 'place' || m.kind === 'outside') return m.code;
  return m.refers === 'province' && !m.anaphoric ? PROVINCE_CODE : null;
}

/** Whether `inner` lies inside `outer`: 安吉县 in 湖州市, anything in 浙江省. */
function within(inner: string, outer: string): boolean {
  if (outer === PROVINCE_CODE) return inner.startsWith('33');
  return getDivision(inner)?.parent === outer;
}

/** The place a run of mentions names: the first, or a place inside it named later (湖州安吉 → 安吉县). */
function namedBy(mentions: readonly RegionMention[]): string | null {
  let code: string | null = null;
  for (const m of mentions) {
    const c = placeCode(m);
    if (!c) continue;
    if (code === null) code = c;
    else if (c !== code && within(c, code)) code = c;
  }
  return code;
}

function headlinePlace(h: ArticleHeader): string | null {
  return namedBy(h.titleMentions());
}

function datelinePlace(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs) {
    const m = DATELINE.exec(p) ?? DATELINE_NO_DATE.exec(p);
    if (m) return namedBy(findRegions(m[0].replace(DATELINE_DATE, '')));
  }
  return null;
}

/**
 * The body that publishes: named with its organ in the byline, in the lead (记者从嘉兴市公安局获悉,
 * 普陀区公安分局发布) or after 来源 (来源:玉环市融媒体中心); not in a photo credit further down
 * (淳安县公安局供图). `leadEnd`: where the lead's paragraphs end.
 */
function publisherPlace(h: ArticleHeader, mentions: readonly RegionMention[], text: string, leadEnd: number): string | null {
  const organ = (m: RegionMention, within: string) => ORGAN_AFTER.test(within.slice(m.end, m.end + 6)) ? placeCode(m) : null;
  for (const m of ORGAN_IN.test(h.byline) ? findRegions(h.byline) : []) {
    const c = organ(m, h.byline);
    if (c) return c;
  }
  for (const m of mentions) {
    const c = m.start < leadEnd || SOURCE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)) ? organ(m, text) : null;
    if (c) return c;
  }
  return null;
}

/** The last URL looked up and its place: the articles of one page share their URL. */
let lastUrl: { url: string; code: string | null } = { url: '', code: null };

function urlPlace(url: string): string | null {
  if (!url) return null;
  if (lastUrl.url !== url) lastUrl = { url, code: hostPlace(url) };
  return lastUrl.code;
}

function hostPlace(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  // The most specific label first: gaj.jiaxing.gov.cn → gaj, jiaxing.
  for (const label of host.split('.')) {
    const reading = HOST_AFFIXES.exec(label)?.[1];
    const code = HOSTS[label] ?? (reading ? HOSTS[reading] : undefined);
    if (code) return code;
  }
  return null;
}

/** Where the line starting at `at` ends. */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/** The first `n` lines of `text` after line `from`, without splitting the rest, and where they end. */
function lines(text: string, from: number, n: number): { lines: string[]; end: number } {
  const out: string[] = [];
  let at = 0;
  let end = 0;
  for (let i = 0; i < from + n && at <= text.length; i++) {
    const nl = text.indexOf('\n', at);
    end = nl < 0 ? text.length : nl;
    if (i >= from) out.push(text.slice(at, end));
    at = end + 1;
  }
  return { lines: out, end };
}

/**
 * The article's own place. `folded`: its text as matched (match-text.ts); `mentions`: the
 * places of that text (findRegions). A place outside Zhejiang keeps its own code (320100 for
 * 南京市; 000000 for the whole country).
 */
export function articlePlace(article: Article, folded: string, mentions: readonly RegionMention[]): ArticlePlace {
  const fold = (s: string) => matchText(s, toSimplified).text;
  const titleInText = article.title !== '' && article.text.startsWith(article.title);
  const titleEnd = titleInText ? lineEnd(folded, 0) : 0;
  const titleMentions = () => {
    if (titleInText) return mentions.filter((m) => m.end <= titleEnd);
    return article.title ? findRegions(fold(article.title)) : [];
  };
  const h: ArticleHeader = { titleMentions, byline: article.byline ? fold(article.byline) : '' };
  const found = (code: string | null, basis: ArticlePlace['basis']): ArticlePlace | null =>
    code ? { code: code as RegionCode, basis } : null;
  const lead = lines(folded, titleInText ? 1 : 0, LEAD_PARAGRAPHS);
  return found(article.meta.region || null, 'manifest') ??
    found(headlinePlace(h), 'headline') ??
    found(datelinePlace(lead.lines), 'dateline') ??
    found(publisherPlace(h, mentions, folded, lead.end), 'publisher') ??
    found(urlPlace(article.meta.url), 'url') ??
    NO_PLACE;
}
