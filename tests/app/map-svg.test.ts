/**
 * The server-drawn map: shapes projected once per (view, level) with rounded coordinates, fills
 * and labels painted from the view's figures (bins, hatching, no overlapping labels), and the SVG
 * markup (a link per region with its accessible name and title; names escaped; no links in embeds).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ZhejiangTopology } from '../../lib/charts/geo';
import { pieceOf } from '../../lib/charts/bins';
import { MAP_COLORS, mapPieces } from '../../lib/charts/map-option';
import { paintMap } from '../../lib/charts/map-paint';
import { GRID, projectShapes } from '../../lib/charts/map-shapes';
import { regionName } from '../../lib/charts/map-tooltip';
import { mapShapes } from '../../lib/data/map-shapes-store';
import { embedMapData } from '../../lib/data/view-data';
import { estimateTextWidth } from '../../lib/charts/text-width';
import MapSvg from '../../components/map/MapSvg';
import { state, useFixtureDb } from './helpers';

const db = useFixtureDb();
const TOPO_FILE = path.join(__dirname, '..', '..', 'public', 'geo', 'zhejiang.topo.json');
const TOPO = JSON.parse(fs.readFileSync(TOPO_FILE, 'utf8')) as ZhejiangTopology;
const mapOf = (metric: string, region?: string, level: 'prefecture' | 'county' = 'prefecture') =>
  embedMapData(db(), state({ metric, level, ...(region ? { region } : {}) }));

test('shapes: the province at county level is 87 county paths under 11 prefecture borders, in one viewBox, compact', () => {
  const s = projectShapes(TOPO, '330000', 'county');
  assert.equal(s.regions.length, 87);
  assert.deepEqual(Object.keys(s.outline!.anchors).sort(), TOPO.objects.prefectures.geometries.map((g) => (g.properties as { code: string }).code).sort());
  const [x, y, w, h] = s.box;
  assert.equal(s.aspect, Math.round((w / h) * 1000) / 1000);
  for (const r of [...s.regions, { code: 'outline', d: s.outline!.d, anchor: s.regions[0]!.anchor }]) {
    // Relative moves and lines only, every step on the grid; the points stay in the viewBox.
    assert.match(r.d, /^m[-.\d ]+(?:[lmz][-.\d ]*)*$/, r.code);
    if (r.code === 'outline') assert.ok(!r.d.includes('z'), 'borders are lines, each drawn once');
    let px = 0, py = 0, sx = 0, sy = 0;
    for (const [, cmd, args] of r.d.matchAll(/([mlz])([^mlz]*)/g)) {
      if (cmd === 'z') { px = sx; py = sy; continue; }
      const steps = args!.match(/-?(?:\d+\.?\d*|\.\d+)/g)!.map(Number);
      assert.equal(steps.length % 2, 0, `${r.code}: ${args}`);
      for (let i = 0; i < steps.length; i += 2) {
        const dx = steps[i]!, dy = steps[i + 1]!;
        assert.ok(Number.isInteger(dx / GRID) && Number.isInteger(dy / GRID) && (dx !== 0 || dy !== 0 || cmd === 'm'), `${r.code}: step ${dx},${dy}`);
        px += dx; py += dy;
        if (cmd === 'm' && i === 0) { sx = px; sy = py; }
        assert.ok(px >= x - 0.5 && px <= x + w + 0.5 && py >= y - 0.5 && py <= y + h + 0.5, `${r.code}: (${px}, ${py}) outside the viewBox`);
      }
    }
    assert.ok(r.anchor && r.anchor[0] > x && r.anchor[0] < x + w && r.anchor[1] > y && r.anchor[1] < y + h, `${r.code} anchor ${r.anchor}`);
  }
  // A prefecture's map: its counties only, no outline layer.
  const lishui = projectShapes(TOPO, '331100', 'county');
  assert.ok(lishui.regions.length >= 9 && lishui.regions.every((r) => r.code.startsWith('3311')));
  assert.equal(lishui.outline, null);
  // Compact (the page carries the paths twice: in its HTML and in React's payload): the province's
  // 87 counties and the prefecture borders in less than the TopoJSON they come from.
  const bytes = s.regions.reduce((n, r) => n + r.d.length, s.outline!.d.length);
  assert.ok(bytes < 0.8 * fs.statSync(TOPO_FILE).size, `${bytes} bytes of path data`);
});

test('shapes: each (view, level) is projected once per process', () => {
  const a = mapShapes('330000', 'county');
  assert.equal(mapShapes('330000', 'county'), a);
  assert.notEqual(mapShapes('330000', 'prefecture'), a);
  // A prefecture is always drawn by its counties, whatever the level asked.
  assert.equal(mapShapes('331100', 'prefecture'), mapShapes('331100', 'county'));
});

test('paint: fills from the bins, grey where only sub-regions have figures, hatched without data', async () => {
  const view = await mapOf('crime.change.%');
  const paint = paintMap(view, mapShapes(view.view.code, view.level));
  const pieces = mapPieces(view);
  const c = MAP_COLORS.light;
  assert.equal(paint.regions.length, view.regions.length);
  for (const r of paint.regions) {
    if (r.datum.value !== null) assert.equal(r.fill, pieceOf(r.datum.value, pieces)!.color, r.datum.code);
    else assert.equal(r.fill, r.datum.belowFacts > 0 ? c.below : c.noData, r.datum.code);
    assert.equal(r.state, r.datum.value !== null ? 'value' : r.datum.belowFacts > 0 ? 'below' : 'none');
  }
  assert.equal(paint.regions.find((r) => r.datum.code === '331100')!.state, 'below');
  assert.equal(paintMap(view, mapShapes('330000', 'prefecture'), 'dark').regions.find((r) => r.datum.code === '331100')!.fill, MAP_COLORS.dark.below);
});

test('paint: labels never overlap; at county level only regions with a figure are named', async () => {
  const view = await mapOf('volunteers.level.人', undefined, 'county');
  const paint = paintMap(view, mapShapes('330000', 'county'));
  assert.ok(paint.dense);
  const named = paint.regions.filter((r) => r.label).map((r) => r.datum.code);
  assert.deepEqual(named.sort(), view.regions.filter((r) => r.value !== null).map((r) => r.code).sort());
  for (const [region, scale] of [['331100', 1], ['330100', 1], ['330100', 1.7]] as const) {
    const v = await mapOf('count', region);
    const p = paintMap(v, mapShapes(region, 'county'));
    const boxes = p.regions.flatMap((r) => (r.label && (scale === 1 || !r.label.wideOnly) ? [r.label] : []))
      .map((l) => ({ x0: l.x - (estimateTextWidth(l.text, p.fontSize) / 2) * scale, x1: l.x + (estimateTextWidth(l.text, p.fontSize) / 2) * scale, y0: l.y - p.fontSize * 0.6 * scale, y1: l.y + p.fontSize * 0.6 * scale }));
    assert.ok(boxes.length >= 3, `${region}: ${boxes.length} labels`);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!, b = boxes[j]!;
        assert.ok(!(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1), `${region} ×${scale}: labels ${i} and ${j} overlap`);
      }
    }
  }
});

test('svg: every region a link to its drill with its name, value and figures; names escaped; no links in embeds', async () => {
  const view = await mapOf('crime.change.%', '331100');
  const shapes = mapShapes('331100', 'county');
  const paint = paintMap(view, shapes);
  const hostile = { ...view, regions: view.regions.map((r, i) => (i === 0 ? { ...r, name: '<script>alert(1)</script>', label: '"><img src=x>' } : r)) };
  const html = renderToStaticMarkup(createElement(MapSvg, { view: hostile, shapes, paint: paintMap(hostile, shapes), theme: 'light', hrefOf: (c: string) => `/region/${c}` }));
  assert.equal((html.match(/<a /g) ?? []).length, view.regions.length);
  assert.ok(!html.includes('<script>') && !html.includes('<img'), 'data is escaped');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  const longquan = view.regions.find((r) => r.code === '331181')!;
  const name = regionName(longquan, view);
  assert.match(name, /^龙泉市，刑事案件.*61%/);
  const html2 = renderToStaticMarkup(createElement(MapSvg, { view, shapes, paint, theme: 'light', hrefOf: (c: string) => `/region/${c}` }));
  assert.ok(html2.includes(`<a href="/region/331181" aria-label="${name}" data-code="331181" data-state="value"><title>${name}</title><path`), 'link, name and title');
  assert.match(html2, /fill="url\(#zj-map-hatch\)"/, 'regions without data are hatched');
  const embed = renderToStaticMarkup(createElement(MapSvg, { view, shapes, paint, theme: 'light', hrefOf: null }));
  assert.equal((embed.match(/<a /g) ?? []).length, 0);
  assert.equal((embed.match(/<title>/g) ?? []).length, view.regions.length);
});
