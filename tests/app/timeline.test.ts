import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LARGE_FROM, PERIOD_SYMBOL, PUBLISHED_SYMBOL, axisExtent, buildTimelineOption, legendRows, markerKey, pointAt, pointTooltipHtml, seriesPlan, zoomToWindow,
} from '../../lib/charts/timeline-option';
import * as Q from '../../lib/db/queries';
import { buildTimeline, drawnRegions, seriesGrain, SERIES_POINTS, timelineDate } from '../../lib/data/timeline-view';
import { embedTimelineData, resolveMeasure } from '../../lib/data/view-data';
import type { FactRow } from '../../lib/schema';
import { state, useFixtureDb } from './helpers';

const db = useFixtureDb();
const links = { fact: (a: string, f: string) => `/article/${a}#fact-${f}`, region: (c: string) => `/region/${c}` };
/** The timeline of a URL state; `all`: every region of the scope drawn. */
async function timeline(p: Record<string, string>, all = false) {
  const first = await embedTimelineData(db(), state(p), links);
  if (!all) return first;
  return embedTimelineData(db(), state(p), links, { codes: [...first.series, ...first.others].map((s) => s.code) });
}
const crimeOf = (p: Record<string, string> = {}) => timeline({ metric: 'crime.change.%', ...p });

test('timelineDate: the end of the period, else the publication date (flagged)', () => {
  const f = (periodStart: string, periodEnd: string) => ({ periodStart, periodEnd }) as FactRow;
  assert.deepEqual(timelineDate(f('2018-01', '2018-06'), '2018-07-18'), { date: '2018-06-30', basis: 'period' });
  assert.deepEqual(timelineDate(f('2018', '2018'), '2018-07-18'), { date: '2018-12-31', basis: 'period' });
  assert.deepEqual(timelineDate(f('', ''), '2018-07-18'), { date: '2018-07-18', basis: 'published' });
  assert.equal(timelineDate(f('', ''), ''), null);
});

test('the timeline: one series per region of the measure, signed values, dates and links', async () => {
  const data = await crimeOf();
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
  const lishui = await crimeOf({ region: '331100' });
  assert.deepEqual(lishui.series.map((s) => s.code), ['331181']);
});

test('the timeline: the top regions first, the others on demand', async () => {
  const regions = await Q.countByRegion(db(), { measure: 'criminal_cases.change.%' });
  const top = drawnRegions(regions, undefined, 1);
  assert.deepEqual(top.map((s) => [s.code, s.facts]), [['330000', 1]], 'ties by code');
  const data = buildTimeline({ regions, drawn: top, facts: [], bins: [] }, { measure: null, lang: 'zh' }, (c) => c);
  assert.deepEqual(data.others.map((o) => o.code), ['331181']);
  const more = await embedTimelineData(db(), state({ metric: 'crime.change.%' }), links, { codes: ['331181'] });
  assert.deepEqual(more.series.map((s) => s.code), ['331181']);
});

test('a series with more figures than a chart can show is drawn as medians per month, or per year', async () => {
  const region = { code: '331181', name: '龙泉市', sources: 1, first: '2010-01-01', last: '2010-12-31', firstRaw: '2010', lastRaw: '2010', inTree: true };
  assert.equal(seriesGrain({ ...region, facts: SERIES_POINTS, undated: 0 }, false), 'facts');
  assert.equal(seriesGrain({ ...region, facts: SERIES_POINTS + 5, undated: 5 }, false), 'facts', 'undated figures are not drawn');
  assert.equal(seriesGrain({ ...region, facts: SERIES_POINTS + 1, undated: 0 }, false), 7);
  assert.equal(seriesGrain({ ...region, facts: 5000, undated: 0, first: '2000-01-01', last: '2025-12-31' }, false), 4);
  assert.equal(seriesGrain({ ...region, facts: 3, undated: 0 }, true), 7, 'counting is always per month');
  // Drawn as medians: one point per month, linking to the region, with how many figures it sums up.
  const measure = await resolveMeasure(db(), {}, 'police_calls.change.%', '330000');
  const bins = await Q.binnedFacts(db(), { measure: measure!.id }, 7);
  const data = buildTimeline({ regions: [], drawn: [{ ...region, facts: 1, undated: 0 }], facts: [], bins }, { measure, lang: 'zh' }, (c) => c, links);
  const [point] = data.series[0]!.points;
  assert.deepEqual([point!.date, point!.start, point!.value, point!.href, point!.quote], ['2018-07-31', '2018-07-01', -22, '/region/331181', null]);
  assert.equal(point!.figure, '1条统计的中位数：-22%');
});

test('the timeline: count mode counts figures per month; English words', async () => {
  const data = await timeline({ metric: 'count', lang: 'en' }, true);
  assert.equal(data.mode, 'count');
  const total = data.series.reduce((n, s) => n + s.points.reduce((m, p) => m + p.value, 0), 0);
  assert.equal(total + data.undated, data.series.reduce((n, s) => n + s.total, 0));
  const lq = data.series.find((s) => s.code === '331181')!;
  assert.equal(lq.name, '龙泉市 Longquan');
  assert.ok(lq.points.every((p) => p.href === '/region/331181'));
});

test('timeline option: aria on, unit on the axis, periods drawn over their span, publication dates apart, the key in the chart', async () => {
  const data = await crimeOf();
  const o = buildTimelineOption(data) as Record<string, any>;
  assert.equal(o.aria.enabled, true);
  assert.match(o.aria.label.description, /^时间线：刑事案件 · 增减（%）/);
  assert.equal(o.yAxis.name, '增减（%）');
  assert.equal(o.xAxis.type, 'time');
  // 浙江省 (a figure about Jan–Jun 2018): a pale bar over its span and a circle at its end;
  // 龙泉市 (no period in the text): a hollow triangle at the publication date, on no line.
  const plan = seriesPlan(data);
  assert.deepEqual(plan.map((p) => [p.role, data.series[p.region]!.code]), [['span', '330000'], ['period', '330000'], ['published', '331181']]);
  const [span, period, published, line, ...rest] = o.series;
  // Dates as the axis's milliseconds (UTC midnight), as the bounds and the slider are: not strings ECharts parses each redraw.
  assert.deepEqual(span.data, [[Date.UTC(2018, 0, 1), -13.7], [Date.UTC(2018, 5, 30), -13.7]]);
  assert.equal(span.silent, true);
  assert.equal(span.symbol, 'none');
  assert.equal(period.symbol, PERIOD_SYMBOL);
  assert.equal(published.symbol, PUBLISHED_SYMBOL);
  assert.equal(published.lineStyle.width, 0, 'no line through publication dates');
  // The period circles (a scatter at the plan's index: clicks and tooltips map through seriesPlan),
  // one path past LARGE_FROM of them; the line through them is a silent series after the plan's.
  assert.deepEqual([period.type, period.large, period.largeThreshold], ['scatter', true, LARGE_FROM]);
  assert.deepEqual(period.data, [[Date.UTC(2018, 5, 30), -13.7]]);
  assert.deepEqual([line.type, line.silent, line.symbol, line.name, line.color], ['line', true, 'none', period.name, period.color]);
  assert.deepEqual(line.data, period.data);
  assert.deepEqual(rest, [], 'one line per region with period figures');
  assert.notEqual(PERIOD_SYMBOL, PUBLISHED_SYMBOL);
  assert.equal(span.name, period.name, 'one legend entry per region');
  assert.equal(new Set([period.color, published.color]).size, 2, 'a colour per region');
  assert.equal(pointAt(data, 1, 0)?.factId, '003_ca38a797cef3df5d-01-f05');
  assert.equal(pointAt(data, 2, 0)?.factId, '003_ca38a797cef3df5d-03-f04');
  assert.equal(pointAt(data, 0, 0), undefined, 'a span is not a point');
  assert.equal(pointAt(data, 3, 0), undefined, 'nor is the line');
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
  const vol = await timeline({ metric: 'volunteers.level.人', lang: 'en' });
  assert.equal((buildTimelineOption(vol) as Record<string, any>).yAxis.name, 'Level (people)');
  // Count mode: bars of figures per month, said to be coverage, not a trend.
  const count = await timeline({ metric: 'count' });
  const c = buildTimelineOption(count) as Record<string, any>;
  assert.equal(c.yAxis.name, '条统计');
  assert.ok(c.series.every((s: { type: string }) => s.type === 'bar'));
  assert.match(markerKey(count), /来源的覆盖，不是趋势/);
});

test('the time window is honoured: figures outside it are left out, the axis is the window', async () => {
  const all = await timeline({ metric: 'count' }, true);
  const y2019 = await timeline({ metric: 'count', from: '2019', to: '2019' }, true);
  const dates = y2019.series.flatMap((s) => s.points.map((p) => p.date));
  assert.ok(dates.length > 0 && dates.every((d) => d >= '2019-01-01' && d <= '2019-12-31'), dates.join(','));
  assert.ok(all.series.flatMap((s) => s.points).some((p) => p.date < '2019'), 'without a window, 2018 is drawn');
  assert.deepEqual(y2019.window, { from: '2019', to: '2019' });
  assert.deepEqual(axisExtent(y2019), { min: Date.parse('2019-01-01T00:00:00Z'), max: Date.parse('2019-12-31T00:00:00Z') });
  // A figure about a period overlapping the window is in it (2018 against Jun 2018).
  const june = await crimeOf({ from: '2018-06', to: '2018-06' });
  assert.deepEqual(june.series.map((s) => s.code), ['330000']);
  assert.equal(june.series[0]!.points[0]!.start, '2018-01-01');
});

test('timeline tooltip: value, qualifier, region, period and quote, all escaped', async () => {
  const data = await crimeOf();
  const s = data.series.find((x) => x.code === '331181')!;
  const p = s.points[0]!;
  const html = pointTooltipHtml(p, s, data);
  assert.match(html, /龙泉市/);
  assert.match(html, new RegExp(p.figure));
  assert.match(html, /报道日期/);
  const evil = { ...s, name: '<img src=x onerror=alert(1)>' };
  assert.doesNotMatch(pointTooltipHtml(p, evil, data), /<img/);
});

test('zoomToWindow: slider percentages or values to dates; the whole axis is no window', async () => {
  const extent = { min: Date.parse('2018-01-01T00:00:00Z'), max: Date.parse('2018-12-31T00:00:00Z') };
  assert.equal(zoomToWindow({ start: 0, end: 100 }, extent), null);
  const w = zoomToWindow({ batch: [{ startValue: Date.parse('2018-03-01T00:00:00Z'), endValue: Date.parse('2018-05-31T00:00:00Z') }] }, extent);
  assert.deepEqual(w, { from: '2018-03-01', to: '2018-05-31' });
  const half = zoomToWindow({ start: 50, end: 100 }, extent)!;
  assert.ok(half.from > '2018-06-30' && half.from < '2018-07-03', half.from);
  const data = await crimeOf();
  const ax = axisExtent(data)!;
  assert.ok(ax.min < Date.parse('2018-06-30') && ax.max > Date.parse('2018-07-18'));
});
