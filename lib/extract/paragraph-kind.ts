/**
 * What a paragraph of a newspaper page is: a byline, a dateline, page furniture, a continuation
 * marker, a photo credit, a headline-like line, or body text. Each rule quotes what it matches.
 */
export type ParagraphKind = 'byline' | 'photo-credit' | 'footer' | 'marker' | 'short' | 'body';

// "本报记者 张倩 王志浩", "通讯员 郭楼儿 马俊", "□ 通讯员 梅笑雪", "本报讯 记者 王琳 通讯员 孙浩"
const BYLINE = /^[□■◎●◇◆]?\s*(?:本报讯\s*)?(?:本报(?:见习)?记者|本报通讯员|特约记者|见习记者|实习生|记者|通讯员)\s*[\u4e00-\u9fff]/;
// "通讯员 里尔 摄", "本报记者 张三 摄影", "新华社发"
const PHOTO_CREDIT = /(?:\s摄|摄影|供图|\s图|新华社发)\s*$/;
// "社址:杭州市省府路8号 邮编:310025 | 零售价:1.50元 订阅热线:0571-85213260 | 广告发布登记证…"
const FOOTER = /社址|邮编|零售价|订阅热线|广告发布登记证|广告部|值班编辑|责任编辑|美术编辑|版式设计|国内统一连续出版物号|邮发代号|印刷:/g;
/** A footer is one line of a few hundred characters: a longer paragraph that names 邮编 is text. */
const FOOTER_MAX = 1000;
// A web page's header line: "来源:平安浙江网 2023-08-02 10:21 阅读 12,876", "发布时间:2022-06-15 浏览次数:3521",
// "作者:张斌 编辑:李明 字号:大 中 小"
const WEB_META = /来源[:：]|发布(?:时间|日期)|更新时间|浏览(?:次数|量)?|阅读(?:次数|量|数)?\s*[:：]?\s*\d|点击(?:数|量|率)|作者[:：]|编辑[:：]|字号|(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/g;
/** A web page's header line is short: a paragraph of text that quotes its source (来源:) is longer. */
const WEB_META_MAX = 120;
// "浙江法制报 2019年11月5日 星期二 要闻 第2版": the masthead line at the top of a page
const MASTHEAD = /(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]|第\s*\d+\s*版\s*$|^第\s*\d+\s*版/;
// "(下转2版)", "(上接第1版)", "转第3版"
const MARKER = /^[(（]?\s*(?:下转|上接|转|接)第?\s*[0-9０-９一二三四五六七八九十]+\s*版\s*[)）]?$/;
// "本报讯", "本报杭州4月2日讯", "中新网杭州2月14日电", "浙江在线07月21日讯"
export const DATELINE = /^[\s□]*(?:本报讯|[^\s,，。]{0,12}?\d{1,2}月\d{1,2}日(?:讯|电))/;
/** Sentence-final punctuation: a paragraph ending in one is complete. */
export const TERMINAL = /[。!！?？…”」』)）]$/;

/** The kind of a paragraph; pass it folded (fold-text.ts) so Traditional text (本報訊) is read too. */
export function paragraphKind(p: string): ParagraphKind {
  if (MARKER.test(p)) return 'marker';
  if (p.length <= FOOTER_MAX && (p.match(FOOTER)?.length ?? 0) >= 2) return 'footer';
  if (p.length <= 60 && MASTHEAD.test(p)) return 'footer';
  if (p.length <= WEB_META_MAX && !/[。!！?？]/.test(p) && (p.match(WEB_META)?.length ?? 0) >= 2) return 'footer';
  if (p.length <= 40 && !p.includes('。')) {
    if (PHOTO_CREDIT.test(p) && BYLINE.test(p)) return 'photo-credit';
    if (BYLINE.test(p)) return 'byline';
  }
  // Headlines and subheads: short, never a full stop inside ("疏解百姓“痛点”", "入伏").
  if (p.length <= 60 && !/[。!！?？]/.test(p) && !DATELINE.test(p)) return 'short';
  if (p.length <= 80 && hasHeadlineDecks(p)) return 'short';
  return 'body';
}

/** "在岗护卫平安 在家守护家园 湖州3000多名…": decks of a headline set on one line. */
export function hasHeadlineDecks(p: string): boolean {
  const decks = p.split(/\s+/).filter((d) => d.length >= 2);
  return decks.length >= 2 && p.length >= 10 && !/[。,，]/.test(p);
}
