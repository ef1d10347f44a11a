/**
 * Numbers, figures, periods and dates in the reader's language. zh as the newspapers write them
 * (1.3万, 同比下降13.7%, 2018年1月—6月); en with digit grouping (13,000, down 13.7% year on year,
 * Jan–Jun 2018). Pure and client-safe.
 */
import type { Lang } from '../view-state';
import type { Comparison, Direction, Measure, Qualifier } from '../schema';
import { indicatorInfo } from '../indicators';
import {
  formatCompact as zhCompact, formatDate as zhDate, formatFigure as zhFigure, formatNumber as zhNumber,
  formatPeriod as zhPeriod, type FigureLike,
} from '../data/format';

/** en-US digit grouping, made on first use (see lib/data/format.ts: Intl formatters are costly to create). */
let en: Intl.NumberFormat | null = null;
const EN = { format: (value: number) => (en ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })).format(value) };

/** zh 13000 → "1.3万"; en 13000 → "13,000". */
export function formatNumber(value: number, lang: Lang): string {
  return lang === 'zh' ? zhNumber(value) : EN.format(value);
}

/** Short form for axes and labels: zh "1.3万+", en "13,000+". */
export function formatCompact(value: number, qualifier: Qualifier, lang: Lang): string {
  if (lang === 'zh') return zhCompact(value, qualifier);
  const n = EN.format(value);
  return qualifier === 'more_than' ? `${n}+` : qualifier === 'at_least' ? `≥${n}` : qualifier === 'less_than' ? `<${n}` : qualifier === 'about' ? `≈${n}` : n;
}

/** Units as the extractor normalises them, in English (unknown units are kept as written). */
const UNIT_EN: Readonly<Record<string, string>> = {
  '人': 'people', '人次': 'person-times', '支': 'teams', '个': 'units', '起': 'cases', '件': 'cases',
  '次': 'times', '户': 'households', '家': 'units', '元': 'yuan', '万元': '10k yuan', '条': 'items',
  '处': 'sites', '座': 'sites', '台': 'devices', '辆': 'vehicles', '名': 'people', '宗': 'cases',
  '项': 'items', '场': 'sessions', '所': 'institutions', '%': '%', '‰': '‰',
};

export function unitName(unit: string, lang: Lang): string {
  return lang === 'zh' ? unit : UNIT_EN[unit] ?? unit;
}

const QUALIFIER_EN: Readonly<Record<Qualifier, string>> = {
  exact: '', more_than: 'more than ', at_least: 'at least ', less_than: 'under ', about: 'about ',
};

export const QUALIFIER_LABEL: Readonly<Record<Lang, Readonly<Record<Qualifier, string>>>> = {
  zh: { exact: '确数', more_than: '多于', at_least: '不少于', less_than: '不到', about: '约' },
  en: { exact: 'exact', more_than: 'more than', at_least: 'at least', less_than: 'under', about: 'about' },
};

const COMPARISON_EN: Readonly<Record<Comparison, string>> = { '': '', yoy: ' year on year', mom: ' on the previous period', vs_last_year: ' on last year' };

function enAmount(value: number, unit: string): string {
  const u = unitName(unit, 'en');
  return u === '%' || u === '‰' ? `${EN.format(value)}${u}` : u ? `${EN.format(value)} ${u}` : EN.format(value);
}

/** A figure in words: zh "1.3万多人", "同比下降13.7%"; en "more than 13,000 people", "down 13.7% year on year". */
export function formatFigure(f: FigureLike, lang: Lang): string {
  if (lang === 'zh') return zhFigure(f);
  const amount = `${QUALIFIER_EN[f.qualifier]}${enAmount(Math.abs(f.value), f.unit)}`;
  if (f.direction === 'none') return amount;
  const verb: Record<Direction, string> = { none: '', increase: 'up ', decrease: 'down ' };
  return `${verb[f.direction]}${amount}${COMPARISON_EN[f.comparison]}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function enDate(iso: string, withYear = true): string {
  const [y = '', m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] ?? m : '';
  const parts = [d ? String(Number(d)) : '', month, withYear ? y : ''].filter(Boolean);
  return parts.join(' ');
}

/** "2018-01".."2018-06" → zh "2018年1月—6月", en "Jan–Jun 2018"; nothing → "". */
export function formatPeriod(start: string, end: string, lang: Lang): string {
  if (lang === 'zh') return zhPeriod(start, end);
  if (!start && !end) return '';
  if (!start || !end || start === end) return enDate(start || end);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return `${enDate(start, !sameYear)}–${enDate(end)}`;
}

/** "2018-07-18" → zh "2018年7月18日", en "18 Jul 2018"; "" → "日期不详" / "date unknown". */
export function formatDate(iso: string, lang: Lang): string {
  if (lang === 'zh') return zhDate(iso);
  return iso ? enDate(iso) : 'date unknown';
}

/** Period of a figure, else its publication date (flagged as such). */
export function periodOrReport(periodStart: string, periodEnd: string, published: string, lang: Lang): string {
  const p = formatPeriod(periodStart, periodEnd, lang);
  if (p) return p;
  if (!published) return lang === 'zh' ? '时间不详' : 'date unknown';
  return lang === 'zh' ? `${zhDate(published)}报道` : `reported ${enDate(published)}`;
}

/** "志愿者队伍 · 数值（支）" / "Volunteer teams · level (teams)"; "刑事案件 · 增减（%）" / "Criminal cases · change (%)". */
export function measureLabel(m: Pick<Measure, 'indicator' | 'kind' | 'unit'>, lang: Lang): string {
  const name = indicatorInfo(m.indicator)[lang];
  if (lang === 'zh') return `${name} · ${m.kind === 'level' ? '数值' : '增减'}${m.unit ? `（${m.unit}）` : ''}`;
  return `${name} · ${m.kind}${m.unit ? ` (${unitName(m.unit, 'en')})` : ''}`;
}
