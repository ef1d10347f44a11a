import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import Papa from 'papaparse';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import { GridComponent, VisualMapPiecewiseComponent, AriaComponent, LegendComponent } from 'echarts/components';
import { buildTimelineOption, markerKey } from '../../lib/charts/timeline-option';
import { echartsProjection, fitProjection, viewFeatures, type ZhejiangTopology } from '../../lib/charts/geo';
import { buildMapOption } from '../../lib/charts/map-option';
import { embedMapData, embedTimelineData } from '../../lib/data/view-data';
import type { MapViewData } from '../../lib/data/view-types';
import { buildExportOption, exportLayout, linesFor } from '../../lib/export/export-option';
import { exportFileName } from '../../lib/export/file-names';
import { mapLegendItems } from '../../lib/charts/map-legend';
import { mapTitle } from '../../lib/export/map-export';
import { renderSvg } from '../../lib/export/render-svg';
import { links, state, useFixtureDb } from '../app/helpers';

echarts.use([MapChart, LineChart, ScatterChart, BarChart, GridComponent, LegendComponent, VisualMapPiecewiseComponent, AriaComponent]);

const db = useFixtureDb();
const topo = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'public', 'geo', 'zhejiang.topo.json'), 'utf8')) as ZhejiangTopology;
let view: MapViewData;
let mapOption: ReturnType<typeof buildMapOption>;
let fc: ReturnType<typeof viewFeatures>;
let frame: { width: number; height: number; title: string; source: string; link: string };

const SOURCE = '来源：浙江法制报 · 2018年7月18日—2021年6月1日 · 4篇报道 <&>';
const LINK = 'http://127.0.0.1:3000/?metric=count&from=2018';

before(async () => {
  view = await embedMapData(await db.ready(), state({ metric: 'count', level: 'prefecture' }));
  fc = viewFeatures(topo, 'province', new Set(view.regions.map((r) => r.code)));
  echarts.registerMap('zj-test', fc as unknown as Parameters<typeof echarts.registerMap>[1]);
  mapOption = buildMapOption({ mapName: 'zj-test', view, projection: echartsProjection(fitProjection(fc)) });
  frame = { width: 600, height: 480, title: mapTitle(view), source: SOURCE, link: LINK };
});

type Obj = Record<string, unknown>;

test('the export option draws the title on top and the source and link at the bottom, the map in between', () => {
  const before = JSON.stringify(mapOption);
  const o = buildExportOption(mapOption, frame) as Obj;
  assert.equal(JSON.stringify(mapOption), before, 'input not changed');
  assert.equal(o.animation, false);
  assert.equal(o.backgroundColor, '#ffffff');
  assert.equal('tooltip' in o, false, 'no tooltip in a picture');
  assert.equal((o.title as Obj).text, '浙江省 · 统计条数（来源覆盖） · 2018年—2021年', 'place, measure and period');
  assert.equal((o.title as Obj).show, true);
  const texts = (o.graphic as Obj[]).map((g) => (g.style as Obj).text);
  assert.deepEqual(texts, [SOURCE, LINK]);
  const l = exportLayout(frame);
  assert.ok(l.header >= 30 && l.footer >= 30 && l.plotHeight === 480 - l.header - l.footer, JSON.stringify(l));
  const series = (o.series as Obj[])[0]!;
  const [cx, cy] = series.layoutCenter as [number, number];
  const size = series.layoutSize as number;
  assert.equal(cx, 300);
  assert.ok(cy - size / 2 >= l.header - 0.5 && cy + size / 2 <= 480 - l.footer + 0.5, `map ${cy}±${size / 2} inside the band`);
  assert.equal(buildExportOption(mapOption, { ...frame, theme: 'dark' }).backgroundColor, '#15202b');
});

test('cartesian charts: the grid makes room; long source lines wrap and take more room', () => {
  const line = { xAxis: { type: 'category' }, yAxis: {}, grid: { top: 20, bottom: 30, left: 40 }, series: [{ type: 'line', data: [1, 2] }] };
  const o = buildExportOption(line, frame) as Obj;
  const l = exportLayout(frame);
  assert.deepEqual(o.grid, { top: l.header + 20, bottom: l.footer + 30, left: 40 });
  // A zoom slider is not drawn in a picture, nor is the room kept for it.
  const zoomed = buildExportOption({ ...line, dataZoom: [{ type: 'slider', bottom: 12 }, { type: 'inside' }] }, frame) as Obj;
  assert.deepEqual(zoomed.dataZoom, [{ type: 'slider', bottom: 12, show: false }, { type: 'inside' }]);
  assert.equal((zoomed.grid as Obj).bottom, l.footer + 24);
  assert.ok(linesFor('汉'.repeat(60), 300, 11) === 3);
  assert.ok(exportLayout({ ...frame, width: 320 }).footer > l.footer, 'narrow images wrap the source line');
});

/** Well-formed XML, checked by hand (node has no DOMParser): every tag closed in order. */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '').replace(/<!--[\s\S]*?-->/g, '');
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g)) {
    if (m[1]) assert.equal(stack.pop(), m[2], `closing </${m[2]}>`);
    else if (!m[4]) stack.push(m[2]!);
  }
  assert.deepEqual(stack, []);
  assert.doesNotMatch(body.replace(/<[^>]*>/g, ''), /[<>]|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i, 'text is escaped');
}

test('the SVG (server-side ECharts) is well-formed, the chart size, with title, source and link as text', () => {
  const svg = renderSvg(buildExportOption(mapOption, frame), frame.width, frame.height);
  assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*width="600" height="480"/);
  assertWellFormed(svg);
  const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, '');
  for (const s of [frame.title, SOURCE, LINK]) assert.ok(text.includes(s.replace(/\s+/g, '')), `SVG text has ${s}`);
  assert.ok((svg.match(/<path /g) ?? []).length >= 11, 'regions drawn');
  assert.equal(renderSvg(buildExportOption(mapOption, frame), 600, 480), svg, 'deterministic');
});

test('file names say chart, region, measure and window, without characters file systems reject', () => {
  assert.equal(exportFileName({ chart: 'map', region: '330000', metric: 'count' }, 'png'), 'zj-map-330000-count.png');
  assert.equal(exportFileName({ chart: 'map', region: '331100', metric: 'volunteers.level.人', from: '2018', to: '2019' }, 'csv'), 'zj-map-331100-volunteers.level.人-2018_2019.csv');
  assert.equal(exportFileName({ chart: 'timeline', metric: 'crime.change.%', from: '2019-01' }, 'svg'), 'zj-timeline-crime.change-2019-01_.svg');
  assert.equal(exportFileName({ chart: '../../etc', metric: 'a/b\\c:d*?"<>|' }, 'png'), 'zj-etc-a-b-c-d.png');
});

test('the timeline picture carries the legend and the key to its marks, below the title', async () => {
  const data = await embedTimelineData(db(), state({ metric: 'criminal_cases.change.%' }), links);
  const option = buildTimelineOption(data, {}, 'light', 600);
  const o = buildExportOption(option, frame) as Obj;
  const key = (o.graphic as Obj[])[0]!;
  assert.equal((key.style as Obj).text, markerKey(data));
  assert.equal(key.top, ((option as Obj).graphic as Obj[])[0]!.top as number + exportLayout(frame).header, 'moved down with the plot');
  const svg = renderSvg(o, frame.width, frame.height);
  const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
  for (const s of ['统计期末', '报道日期（原文未注明时间）', '浙江省', '龙泉市']) assert.ok(text.includes(s), `picture has ${s}`);
});

test('map pictures carry the legend classes above the source line, and print the link decoded', async () => {
  const people = await embedMapData(db(), state({ metric: 'police.level.人', level: 'county' }));
  const legend = mapLegendItems(people);
  assert.deepEqual(legend.map((i) => [i.style, i.label]), [['fill', '3000人'], ['own', '市本级数据'], ['none', '无数据']]);
  const link = 'http://127.0.0.1:3000/?metric=volunteers.level.%E4%BA%BA&paper=%E6%B5%99%E6%B1%9F%E6%B3%95%E5%88%B6%E6%8A%A5';
  const f = { ...frame, link, legend };
  const o = buildExportOption(buildMapOption({ mapName: 'zj-test', view, projection: echartsProjection(fitProjection(fc)) }), f) as Obj;
  const texts = (o.graphic as Obj[]).filter((g) => g.type === 'text').map((g) => (g.style as Obj).text);
  for (const item of legend) assert.ok(texts.includes(item.label), `legend has ${item.label}`);
  assert.ok(texts.includes('http://127.0.0.1:3000/?metric=volunteers.level.人&paper=浙江法制报'), texts.join(' | '));
  const l = exportLayout(f);
  assert.ok(l.legend > 0 && l.plotHeight === f.height - l.header - l.footer - l.legend);
});
