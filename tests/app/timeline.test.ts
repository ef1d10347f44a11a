import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PERIOD_SYMBOL, PUBLISHED_SYMBOL, axisExtent, buildTimelineOption, pointAt, pointTooltipHtml, seriesLayout, zoomToWindow,
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

test('timeline option: aria on, unit on the axis, hollow triangles for publication dates, window on the slider', () => {
  const data = buildTimeline(ds, REGION_TREE, { measure: crime, region: '330000', lang: 'zh' });
  const o = buildTimelineOption(data, { from: '2018-01', to: '2018-06' }) as Record<string, any>;
  assert.equal(o.aria.enabled, true);
  assert.match(o.aria.label.description, /^时间线：刑事案件 · 增减（%）/);
  assert.equal(o.yAxis.name, '增减（%）');
  assert.equal(o.xAxis.type, 'time');
  const slider = o.dataZoom.find((z: { type: string }) => z.type === 'slider');
  assert.equal(slider.startValue, Date.parse('2018-01-01T00:00:00Z'));
  assert.equal(slider.endValue, Date.parse('2018-06-30T00:00:00Z'));
  const symbols = new Map<string, string>();
  data.series.forEach((s, i) => seriesLayout(s).forEach((p, j) => p && symbols.set(p.basis, o.series[i].data[j].symbol)));
  const lq = data.series.findIndex((s) => s.code === '331181');
  const layout = seriesLayout(data.series[lq]!);
  assert.equal(pointAt(data, lq, 0), layout[0]);
  assert.equal(pointAt(data, lq, 1), undefined);
  assert.equal(symbols.get('period'), PERIOD_SYMBOL);
  assert.equal(symbols.get('published'), PUBLISHED_SYMBOL);
  assert.notEqual(PERIOD_SYMBOL, PUBLISHED_SYMBOL);
  const colours = o.series.map((s: { color: string }) => s.color);
  assert.equal(new Set(colours).size, colours.length, 'a colour per region');
  // Levels get their own axis name and unit: never on the same chart as a change.
  const vol = buildTimeline(ds, REGION_TREE, { measure: resolveMeasure(ds, REGION_TREE, { metric: 'volunteers.level.人' }), region: '330000', lang: 'en' });
  assert.equal((buildTimelineOption(vol) as Record<string, any>).yAxis.name, 'Level (people)');
  assert.equal((buildTimelineOption(buildTimeline(ds, REGION_TREE, { measure: null, region: '330000', lang: 'zh' })) as Record<string, any>).yAxis.name, '条统计');
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
