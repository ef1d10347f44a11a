import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regionLabel, t } from '../../lib/i18n';
import { formatDate, formatFigure, formatNumber, formatPeriod, measureLabel, periodOrReport } from '../../lib/i18n/format';
import { MESSAGES } from '../../lib/i18n/messages';
import { placePinyin } from '../../lib/i18n/pinyin';
import { regionChoices, regionDisplay } from '../../lib/data/region-names';

test('numbers per language: 1.3万 / 13,000', () => {
  assert.equal(formatNumber(13000, 'zh'), '1.3万');
  assert.equal(formatNumber(13000, 'en'), '13,000');
  assert.equal(formatNumber(250000000, 'zh'), '2.5亿');
  assert.equal(formatNumber(-13.7, 'en'), '-13.7');
});

test('figures, periods and dates in words, per language', () => {
  const more = { value: 13000, unit: '人', qualifier: 'more_than', direction: 'none', comparison: '' } as const;
  assert.equal(formatFigure(more, 'zh'), '1.3万多人');
  assert.equal(formatFigure(more, 'en'), 'more than 13,000 people');
  const fall = { value: 13.7, unit: '%', qualifier: 'exact', direction: 'decrease', comparison: 'yoy' } as const;
  assert.equal(formatFigure(fall, 'zh'), '同比下降13.7%');
  assert.equal(formatFigure(fall, 'en'), 'down 13.7% year on year');
  assert.equal(formatPeriod('2018-01', '2018-06', 'zh'), '2018年1月—6月');
  assert.equal(formatPeriod('2018-01', '2018-06', 'en'), 'Jan–Jun 2018');
  assert.equal(formatPeriod('2017-11', '2018-02', 'en'), 'Nov 2017–Feb 2018');
  assert.equal(formatDate('2018-07-18', 'en'), '18 Jul 2018');
  assert.equal(periodOrReport('', '', '2018-07-18', 'zh'), '2018年7月18日报道');
  assert.equal(periodOrReport('', '', '2018-07-18', 'en'), 'reported 18 Jul 2018');
  assert.equal(measureLabel({ indicator: 'volunteer_teams', kind: 'level', unit: '支' }, 'en'), 'Volunteer teams · level (teams)');
  assert.equal(measureLabel({ indicator: 'criminal_cases', kind: 'change', unit: '%' }, 'zh'), '刑事案件 · 增减（%）');
  assert.equal(measureLabel({ indicator: 'safety_satisfaction', kind: 'level', unit: '%' }, 'en'), 'Public sense of safety · level (%)');
});

test('message tables: same keys in both languages, no empty texts', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
  assert.deepEqual(keys(MESSAGES.en).sort(), keys(MESSAGES.zh).sort());
  const texts = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' && !Array.isArray(v) ? texts(v) : []));
  assert.ok(texts(MESSAGES.en).every((s) => s.trim().length > 0));
  assert.equal(t('en').htmlLang, 'en');
  assert.equal(t('zh').htmlLang, 'zh-CN');
});

test('region names: Chinese in both languages, pinyin beside them in English', () => {
  assert.equal(placePinyin('丽水'), 'Lishui');
  assert.equal(placePinyin('乐清'), 'Yueqing');
  assert.equal(placePinyin('临安'), "Lin'an");
  assert.equal(regionDisplay('331181', 'x', 'zh'), '龙泉市');
  assert.equal(regionDisplay('331181', 'x', 'en'), '龙泉市 Longquan');
  assert.equal(regionDisplay('999999', '某地', 'en'), '某地');
  assert.equal(regionLabel('丽水市', 'Lishui', 'en'), '丽水市 Lishui');
  assert.equal(regionLabel('丽水市', 'Lishui', 'zh'), '丽水市');
  const choices = regionChoices();
  assert.equal(choices.filter((c) => c.level === 'prefecture').length, 11);
  assert.ok(choices.length > 90);
  const lq = choices.find((c) => c.code === '331181')!;
  assert.equal(lq.parentName, '丽水市');
  assert.match(lq.keys, /longquan/);
});
