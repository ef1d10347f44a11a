/**
 * The texts of the reviewers' pages (/review, sign-in, password) and the review statuses readers
 * see, in Chinese and English. The zh table is the reference: a missing English text is a type error.
 */
import type { DecisionStatus, Direction, ReviewStatus } from '../schema';
import type { Lang } from '../view-state';

/** The small mark beside a figure, the same in every language (explained by ReviewLegend). */
export const REVIEW_MARK: Readonly<Record<ReviewStatus, string>> = { unreviewed: '○', confirmed: '✓', corrected: '✎', added: '+' };

export interface ReviewMessages {
  readonly status: Readonly<Record<DecisionStatus, string>>;
  /** What readers see: the filter, the legend. */
  readonly readers: {
    readonly onlyReviewed: string; readonly legend: string; readonly showAll: string; readonly showReviewed: string;
    readonly csvColumn: string; readonly tooltip: string; readonly onlyReviewedNote: string;
  };
  /** What each status means, for legends and hover text. */
  readonly statusHelp: Readonly<Record<DecisionStatus, string>>;
  readonly direction: Readonly<Record<Direction, string>>;
  readonly signIn: {
    readonly title: string; readonly name: string; readonly password: string; readonly submit: string; readonly busy: string;
    readonly wrong: string; readonly tooMany: (minutes: number) => string; readonly failed: string;
  };
  readonly password: {
    readonly title: string; readonly intro: (name: string) => string; readonly introOneTime: (name: string) => string;
    readonly current: string; readonly next: string; readonly repeat: string; readonly mismatch: string; readonly submit: string; readonly failed: string;
  };
  readonly page: {
    readonly title: string; readonly signedInAs: (name: string) => string; readonly signOut: string; readonly changePassword: string;
    readonly filters: string; readonly region: string; readonly anyRegion: string; readonly indicator: string; readonly anyIndicator: string;
    readonly paper: string; readonly anyPaper: string; readonly from: string; readonly to: string; readonly statusFilter: string; readonly all: string;
    readonly apply: string; readonly reset: string;
    readonly progress: string; readonly reviewedOf: (n: number, total: number) => string; readonly byIndicator: string; readonly byReviewer: string;
    readonly noDecisions: string; readonly colIndicator: string; readonly colReviewed: string; readonly colReviewer: string; readonly colFacts: string;
    readonly orphans: (n: number) => string; readonly orphansHelp: string; readonly noOrphans: string;
  };
  readonly queue: {
    readonly position: (i: number, loaded: number, total: number) => string; readonly empty: string; readonly end: string;
    readonly confidence: string; readonly region: string; readonly indicator: string; readonly value: string; readonly unit: string;
    readonly qualifier: string; readonly direction: string; readonly period: string; readonly periodStart: string; readonly periodEnd: string;
    readonly subject: string; readonly source: string; readonly decidedBy: (name: string, at: string) => string; readonly openArticle: string;
    readonly context: string; readonly hideContext: string; readonly keys: string;
    readonly keyHelp: ReadonlyArray<readonly [string, string]>;
    readonly saving: string; readonly saved: (what: string) => string; readonly undone: string; readonly nothingToUndo: string; readonly failed: (why: string) => string;
    readonly action: Readonly<Record<'confirm' | 'reject' | 'edit' | 'add', string>>;
    readonly selectFirst: string; readonly loadingMore: string;
  };
  readonly form: {
    readonly editTitle: string; readonly addTitle: (text: string) => string; readonly save: string; readonly cancel: string;
    readonly noRegion: string; readonly pickIndicator: string; readonly unchanged: string; readonly note: string;
  };
}

const ZH: ReviewMessages = {
  status: { unreviewed: '未审核', confirmed: '已确认', corrected: '已更正', added: '已补充', rejected: '已否决' },
  readers: {
    onlyReviewed: '只看人工审核过的数字', legend: '人工审核', showAll: '显示全部数字', showReviewed: '只看已审核',
    csvColumn: '审核状态', tooltip: '审核', onlyReviewedNote: '仅含人工审核过的数字',
  },
  statusHelp: {
    unreviewed: '由程序自动提取，尚未经人工核对',
    confirmed: '审核员已核对原文，确认无误',
    corrected: '审核员已核对原文，并更正了部分字段',
    added: '程序漏提，由审核员从原文中补充',
    rejected: '审核员认定不是统计数字，不向读者显示',
  },
  direction: { none: '无', increase: '上升', decrease: '下降' },
  signIn: {
    title: '审核员登录', name: '用户名', password: '密码', submit: '登录', busy: '正在登录…',
    wrong: '用户名或密码错误。', tooMany: (m) => `密码错误次数过多，请 ${m} 分钟后再试。`, failed: '登录失败：',
  },
  password: {
    title: '设置密码', intro: (n) => `${n}，请设置新密码。`, introOneTime: (n) => `${n}，一次性密码只能使用一次，请现在设置自己的密码（至少 12 个字符）。`,
    current: '当前密码', next: '新密码', repeat: '再次输入新密码', mismatch: '两次输入的密码不一致。', submit: '保存密码', failed: '未能保存：',
  },
  page: {
    title: '人工审核', signedInAs: (n) => `审核员：${n}`, signOut: '退出', changePassword: '修改密码',
    filters: '筛选', region: '地区', anyRegion: '全部地区', indicator: '指标', anyIndicator: '全部指标',
    paper: '报纸', anyPaper: '全部报纸', from: '起', to: '止', statusFilter: '状态', all: '全部',
    apply: '筛选', reset: '重置',
    progress: '进度', reviewedOf: (n, t) => `已审核 ${n} / ${t} 条`, byIndicator: '按指标', byReviewer: '按审核员',
    noDecisions: '尚无审核记录。', colIndicator: '指标', colReviewed: '已审核', colReviewer: '审核员', colFacts: '条数',
    orphans: (n) => `失效的审核记录（${n}）`, orphansHelp: '这些记录对应的统计已不再被提取（例如原文改动），记录仍保存在 corrections.csv 中。', noOrphans: '没有失效的审核记录。',
  },
  queue: {
    position: (i, l, t) => `第 ${i} 条 · 已载入 ${l} 条 · 共 ${t} 条`, empty: '没有符合条件的统计。', end: '队列已审完。',
    confidence: '置信度', region: '地区', indicator: '指标', value: '数值', unit: '单位',
    qualifier: '限定', direction: '变化方向', period: '时期', periodStart: '时期起', periodEnd: '时期止',
    subject: '对象', source: '来源', decidedBy: (n, a) => `最近由 ${n} 于 ${a} 审核`, openArticle: '在新窗口打开原文',
    context: '显示全文 (c)', hideContext: '收起全文 (c)', keys: '快捷键',
    keyHelp: [['y', '确认'], ['n', '否决'], ['e', '修改'], ['a', '补充选中的数字'], ['u', '撤销上一步'], ['j', '下一条'], ['k', '上一条'], ['c', '全文']],
    saving: '正在保存…', saved: (w) => `已保存：${w}`, undone: '已撤销。', nothingToUndo: '没有可撤销的操作。', failed: (w) => `保存失败，本条保留：${w}`,
    action: { confirm: '确认', reject: '否决', edit: '修改', add: '补充' },
    selectFirst: '请先在原文中选中漏提的数字（同一段内），再按 a。', loadingMore: '正在载入…',
  },
  form: {
    editTitle: '修改字段', addTitle: (t) => `补充统计：“${t}”`, save: '保存 (Enter)', cancel: '取消 (Esc)',
    noRegion: '不在浙江 (000000)', pickIndicator: '选择指标', unchanged: '没有改动：按 y 确认即可。', note: '备注',
  },
};

const EN: ReviewMessages = {
  status: { unreviewed: 'unreviewed', confirmed: 'confirmed', corrected: 'corrected', added: 'added', rejected: 'rejected' },
  readers: {
    onlyReviewed: 'Only figures a person has checked', legend: 'Review', showAll: 'Show all figures', showReviewed: 'Checked figures only',
    csvColumn: 'review_status', tooltip: 'Review', onlyReviewedNote: 'checked figures only',
  },
  statusHelp: {
    unreviewed: 'extracted by the program, not yet checked by a person',
    confirmed: 'a reviewer checked it against the source and found it right',
    corrected: 'a reviewer checked it against the source and corrected some fields',
    added: 'missed by the program, added by a reviewer from the source',
    rejected: 'a reviewer found it is not a statistic; hidden from readers',
  },
  direction: { none: 'none', increase: 'increase', decrease: 'decrease' },
  signIn: {
    title: 'Reviewer sign-in', name: 'Name', password: 'Password', submit: 'Sign in', busy: 'Signing in…',
    wrong: 'Wrong name or password.', tooMany: (m) => `Too many wrong passwords: try again in ${m} minute(s).`, failed: 'Sign-in failed: ',
  },
  password: {
    title: 'Choose a password', intro: (n) => `${n}, choose a new password.`, introOneTime: (n) => `${n}, a one-time password works once: choose your own now (at least 12 characters).`,
    current: 'Current password', next: 'New password', repeat: 'New password again', mismatch: 'The two passwords differ.', submit: 'Save password', failed: 'Not saved: ',
  },
  page: {
    title: 'Review', signedInAs: (n) => `Reviewer: ${n}`, signOut: 'Sign out', changePassword: 'Change password',
    filters: 'Filters', region: 'Region', anyRegion: 'All regions', indicator: 'Indicator', anyIndicator: 'All indicators',
    paper: 'Paper', anyPaper: 'All papers', from: 'From', to: 'To', statusFilter: 'Status', all: 'all',
    apply: 'Filter', reset: 'Reset',
    progress: 'Progress', reviewedOf: (n, t) => `${n} of ${t} reviewed`, byIndicator: 'By indicator', byReviewer: 'By reviewer',
    noDecisions: 'No decisions yet.', colIndicator: 'Indicator', colReviewed: 'Reviewed', colReviewer: 'Reviewer', colFacts: 'Statistics',
    orphans: (n) => `Orphaned decisions (${n})`, orphansHelp: 'Their statistic is no longer extracted (the article text changed, say); the decisions stay in corrections.csv.', noOrphans: 'No orphaned decisions.',
  },
  queue: {
    position: (i, l, t) => `Item ${i} · ${l} loaded · ${t} in all`, empty: 'No statistics match the filters.', end: 'End of the queue.',
    confidence: 'Confidence', region: 'Region', indicator: 'Indicator', value: 'Value', unit: 'Unit',
    qualifier: 'Qualifier', direction: 'Direction', period: 'Period', periodStart: 'Period from', periodEnd: 'Period to',
    subject: 'Subject', source: 'Source', decidedBy: (n, a) => `Last decided by ${n} at ${a}`, openArticle: 'Open the article in a new tab',
    context: 'Show the article (c)', hideContext: 'Hide the article (c)', keys: 'Keys',
    keyHelp: [['y', 'confirm'], ['n', 'reject'], ['e', 'edit'], ['a', 'add the selected figure'], ['u', 'undo'], ['j', 'next'], ['k', 'previous'], ['c', 'article']],
    saving: 'Saving…', saved: (w) => `Saved: ${w}`, undone: 'Undone.', nothingToUndo: 'Nothing to undo.', failed: (w) => `Not saved, the item stays: ${w}`,
    action: { confirm: 'confirmed', reject: 'rejected', edit: 'edited', add: 'added' },
    selectFirst: 'Select the missed figure in the text (within one paragraph) first, then press a.', loadingMore: 'Loading…',
  },
  form: {
    editTitle: 'Edit fields', addTitle: (t) => `Add a statistic: “${t}”`, save: 'Save (Enter)', cancel: 'Cancel (Esc)',
    noRegion: 'Not in Zhejiang (000000)', pickIndicator: 'Choose an indicator', unchanged: 'Nothing changed: press y to confirm.', note: 'Note',
  },
};

export function reviewText(lang: Lang): ReviewMessages {
  return lang === 'en' ? EN : ZH;
}

/** A chart's source line, saying so when only checked figures are drawn (?reviewed=1). */
export function withReviewNote(source: string, reviewed: boolean, lang: Lang): string {
  return reviewed ? `${source} · ${reviewText(lang).readers.onlyReviewedNote}` : source;
}
