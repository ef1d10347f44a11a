import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PERIOD_SYMBOL, PUBLISHED_SYMBOL, axisExtent, buildTimelineOption, legendRows, markerKey, pointAt, pointTooltipHtml, seriesPlan, zoomToWindow,
} from '../../lib/charts/timeline-option';
import { resolveMeasure } from '../../lib/data/filters';
import { regionDisplay } from '../../lib/data/region-names';
import { REGION_TREE } from '../../lib/data/regions';
import { buildTimeline, timelineDate } from '../../lib/data/timeline-view';
import type { FactRow } from '../../lib/schema';
import { fixtureDataset } from './helpers';

const ds = fixtureDataset();
const crime = resolveMeasure(ds, REGION_TREE, { metric: 'crime.change.%' });

test('timelineDate: the end of the period, else the publication date (flagged)', () => {
  const f = (periodStart: string, periodEnd: string) => ({ periodStart, periodEnd }) as FactRow;
  assert.deepEqual(timelineDate(f('2018-01', '2018-06'), '2018-07-18'), { date: '2018-06-30', basis: 'period' });
  assert.deepEqual(timelineDate(f('2018', '2018'), '2018-07-18'), { date: '2018-12-31', basis: 'period' });
  assert.deepEqual(timelineDate(f('', ''), '2018-07-18'), { date: '2018-07-18', basis: 'published' });
  assert.equal(timelineDate(f('', ''), ''), null);
});

test('buildTimeline: one series per region of the measure, signed values, dates and links', () => {
  assert.ok(crime);
  const data = buildTimeline(ds, REGION_TREE, { measure: crime, region: '330000', lang: 'zh' });
  assert.equal(data.mode, 'values');
  assert.equal(data.measure.unit, '%');
  const codes = data.series.map((s) => s.code);
  assert.deepEqual([...codes].sort(), ['330000', '331181'], 'criminal cases only: 安吉县 counts fraud');
  const all = data.series.flatMap((s) => s.points);
  assert.ok(all.every((p) => p.value < 0), 'decreases are negative');
  const province = data.series.find((s) => s.code === '330000')!;
  assert.ok(province.points.every((p) => p.date === '2018-06-30' && p.basis === 'period'));
  const longquan = data.series.find((s) => s.code === '331181')!;
  assert.ok(longquan.points.every((p) => p.basis === 'published' && p.date === '2018-07-18'));
  assert.deepEqual(longquan.points.map((p) => p.subject), ['刑事立案'], 'never a mix of indicators: 总接警量 is police calls');
  assert.match(longquan.points[0]!.href, /^\/article\/[^#]+#fact-003_ca38a797cef3df5d-03-f04$/);
  assert.ok(longquan.points[0]!.quote!.figure.length > 0, 'the quote marks the figure');
  // Only regions inside the scope.
  const lishui = buildTimeline(ds, REGION_TREE, { measure: crime, region: '331100', lang: 'zh' });
  assert.deepEqual(lishui.series.map((s) => s.code), ['331181']);
});

test('buildTimeline: the top regions first, the others on demand', () => {
  const top = buildTimeline(ds, REGION_TREE, { measure: crime, region: '330000', lang: 'zh', top: 1 });
  assert.equal(top.series.length, 1);
  assert.equal(top.series[0]!.total, 1);
  assert.deepEqual(top.series.map((s) => s.code), ['330000'], 'ties by code');
  assert.deepEqual(top.others.map((o) => o.code), ['331181']);
  const more = buildTimeline(ds, REGION_TREE, { measure: crime, region: '330000', lang: 'zh', codes: ['331181'] });
  assert.deepEqual(more.series.map((s) => s.code), ['331181']);
});

test('buildTimeline: count mode counts figures per month; English words', () => {
  const data = buildTimeline(ds, REGION_TREE, { measure: null, region: '330000', lang: 'en', top: 20 }, (c, f) => regionDisplay(c, f, 'en'));
  assert.equal(data.mode, 'count');
  const total = data.series.reduce((n, s) => n + s.points.reduce((m, p) => m + p.value, 0), 0);
  assert.equal(total + data.undated, data.series.reduce((n, s) => n + s.total, 0));
  const lq = data.series.find((s) => s.code === '331181')!;
  assert.equal(lq.name, '龙泉市 Longquan');
  assert.ok(lq.points.every((p) => p.href === '/region/331181'));
});

test('timeline option: aria on, unit on the axis, periods drawn over their span, publication dates apart, the key in the chart', () => {
  const data = buildTimeline(ds, REGION_TREE, { measure: crime, region: '330000', lang: 'zh' });
  const o = buildTimelineOption(data) as Record<string, any>;
  assert.equal(o.aria.enabled, true);
  assert.match(o.aria.label.description, /^时间线：刑事案件 · 增减（%）/);
  assert.equal(o.yAxis.name, '增减（%）');
  assert.equal(o.xAxis.type, 'time');
  // 浙江省 (a figure about Jan–Jun 2018): a pale bar over its span and a circle at its end;
  // 龙泉市 (no period in the text): a hollow triangle at the publication date, on no line.
  const plan = seriesPlan(data);
  assert.deepEqual(plan.map((p) => [p.role, data.series[p.region]!.code]), [['span', '330000'], ['period', '330000'], ['published', '331181']]);
  const [span, period, published] = o.series;
  assert.deepEqual(span.data.map((d: { value: unknown[] }) => d.value), [['2018-01-01', -13.7], ['2018-06-30', -13.7]]);
  assert.equal(span.silent, true);
  assert.equal(span.symbol, 'none');
  assert.equal(period.symbol, PERIOD_SYMBOL);
  assert.equal(published.symbol, PUBLISHED_SYMBOL);
  assert.equal(published.lineStyle.width, 0, 'no line through publication dates');
  assert.notEqual(PERIOD_SYMBOL, PUBLISHED_SYMBOL);
  assert.equal(span.name, period.name, 'one legend entry per region');
  assert.equal(new Set([period.color, published.color]).size, 2, 'a colour per region');
  assert.equal(pointAt(data, 1, 0)?.factId, '003_ca38a797cef3df5d-01-f05');
  assert.equal(pointAt(data, 2, 0)?.factId, '003_ca38a797cef3df5d-03-f04');
  assert.equal(pointAt(data, 0, 0), undefined, 'a span is not a point');
  // The key to the marks is drawn in the chart, so it travels with its pictures.
  assert.equal(markerKey(data), '● 统计期末    ▬ 统计所涵盖的时段    △ 报道日期（原文未注明时间）');
  assert.equal(o.graphic[0].style.text, markerKey(data));
  // A plain legend that wraps; the plot starts below it.
  assert.equal(o.legend.type, 'plain');
  assert.equal(legendRows(['丽水市', '杭州市'], 800), 1);
  assert.equal(legendRows(Array.from({ length: 8 }, () => '龙泉市 Longquan'), 390), 4);
  const narrow = buildTimelineOption(data, {}, 'light', 390) as Record<string, any>;
  assert.ok(narrow.grid.top >= o.grid.top);
  // Levels get their own axis name and unit: never on the same chart as a change.
  const vol = buildTimeline(ds, REGION_TREE, { measure: resolveMeasure(ds, REGION_TREE, { metric: 'volunteers.level.人' }), region: '330000', lang: 'en' });
  assert.equal((buildTimelineOption(vol) as Record<string, any>).yAxis.name, 'Level (people)');
  // Count mode: bars of figures per month, said to be coverage, not a trend.
  const count = buildTimeline(ds, REGION_TREE, { measure: null, region: '330000', lang: 'zh' });
  const c = buildTimelineOption(count) as Record<string, any>;
  assert.equal(c.yAxis.name, '条统计');
  assert.ok(c.series.every((s: { type: string }) => s.type === 'bar'));
  assert.match(markerKey(count), /来源的覆盖，不是趋势/);
});

test('the time window is honoured: figures outside it are left out, the axis is the window', () => {
  const all = buildTimeline(ds, REGION_TREE, { measure: null, region: '330000', lang: 'zh', top: 20 });
  const y2019 = buildTimeline(ds, REGION_TREE, { measure: null, region: '330000', lang: 'zh', top: 20, window: { from: '2019', to: '2019' } });
  const dates = y2019.series.flatMap((s) => s.points.map((p) => p.date));
  assert.ok(dates.length > 0 && dates.every((d) => d >= '2019-01-01' && d <= '2019-12-31'), dates.join(','));
  assert.ok(all.series.flatMap((s) => s.points).some((p) => p.date < '2019'), 'without a window, 2018 is drawn');
  assert.deepEqual(y2019.window, { from: '2019', to: '2019' });
  assert.deepEqual(axisExtent(y2019), { min: Date.parse('2019-01-01T00:00:00Z'), max: Date.parse('2019-12-31T00:00:00Z') });
  // A figure about a period overlapping the window is in it (2018 against Jun 2018).
  const june = buildTimeline(ds, REGION_TREE, { measure: crime, region: '330000', lang: 'zh', window: { from: '2018-06', to: '2018-06' } });
  assert.deepEqual(june.series.map((s) => s.code), ['330000']);
  assert.equal(june.series[0]!.points[0]!.start, '2018-01-01');
});

test('timeline tooltip: value, qualifier, region, period and quote, all escaped', () => {
  const data = buildTimeline(ds, REGION_TREE, { measure: crime, region: '330000', lang: 'zh' });
  const s = data.series.find((x) => x.code === '331181')!;
  const p = s.points[0]!;
  const html = pointTooltipHtml(p, s, data);
  assert.match(html, /龙泉市/);
  assert.match(html, new RegExp(p.figure));
  assert.match(html, /报道日期/);
  const evil = { ...s, name: '<img src=x onerror=alert(1)>' };
  assert.doesNotMatch(pointTooltipHtml(p, evil, data), /<img/);
});

test('zoomToWindow: slider percentages or values to dates; the whole axis is no window', () => {
  const extent = { min: Date.parse('2018-01-01T00:00:00Z'), max: Date.parse('2018-12-31T00:00:00Z') };
  assert.equal(zoomToWindow({ start: 0, end: 100 }, extent), null);
  const w = zoomToWindow({ batch: [{ startValue: Date.parse('2018-03-01T00:00:00Z'), endValue: Date.parse('2018-05-31T00:00:00Z') }] }, extent);
  assert.deepEqual(w, { from: '2018-03-01', to: '2018-05-31' });
  const half = zoomToWindow({ start: 50, end: 100 }, extent)!;
  assert.ok(half.from > '2018-06-30' && half.from < '2018-07-03', half.from);
  const data = buildTimeline(ds, REGION_TREE, { measure: crime, region: '330000', lang: 'zh' });
  const ax = axisExtent(data)!;
  assert.ok(ax.min < Date.parse('2018-06-30') && ax.max > Date.parse('2018-07-18'));
});
