/**
 * The choropleth's ECharts option, built from the server's aggregated values. Pure: no DOM, no
 * echarts runtime (types only), so the option can be checked in node tests.
 */
import type { ComposeOption } from 'echarts/core';
import type { MapSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption, TitleComponentOption, TooltipComponentOption, VisualMapComponentOption,
} from 'echarts/components';
import type { MapRegionDatum, MapViewData } from '../data/view-types';
import { t } from '../i18n';
import { unitName } from '../i18n/format';
import { NO_DATA_COLOR, buildPieces, luminance, pieceOf, type Piece } from './bins';

export type MapOption = ComposeOption<
  MapSeriesOption | TitleComponentOption | TooltipComponentOption | VisualMapComponentOption | AriaComponentOption
>;

export const BELOW_ONLY_COLOR = '#d5dadf';
const BORDER = '#ffffff';

/** Diagonal hatching for regions without data (also in the legend swatch). */
export const NO_DATA_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  color: 'rgba(96, 110, 122, 0.35)',
  dashArrayX: [1, 0],
  dashArrayY: [2, 5],
  rotation: Math.PI / 4,
} as const;

export interface MapOptionInput {
  /** Name the GeoJSON was registered under with echarts.registerMap. */
  readonly mapName: string;
  readonly view: MapViewData;
  /** d3-geo projection in ECharts' shape (see lib/charts/geo.ts); omitted in tests. */
  readonly projection?: { project(p: number[]): number[]; unproject(p: number[]): number[] };
}

export type RegionState = 'value' | 'below' | 'none';

export function regionState(r: MapRegionDatum): RegionState {
  if (r.value !== null) return 'value';
  return r.belowFacts > 0 ? 'below' : 'none';
}

export function mapPieces(view: MapViewData): Piece[] {
  if (!view.measure) return [];
  const values = view.regions.flatMap((r) => (r.value === null ? [] : [r.value]));
  return buildPieces(values, view.measure.kind, view.measure.color, unitName(view.measure.unit, view.lang), view.lang);
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Tooltip HTML for one region (text is escaped: names and subjects come from data). */
export function tooltipHtml(r: MapRegionDatum, view: MapViewData): string {
  const m = t(view.lang).map;
  const lines = [`<strong>${esc(r.name)}</strong>`];
  if (view.measure?.metric === null) {
    lines.push(r.measureFacts > 0
      ? (view.lang === 'zh' ? `<b>${r.measureFacts}</b> 条统计 · 来源 ${r.sourceCount} 个` : `<b>${r.measureFacts}</b> figures · ${r.sourceCount} sources`)
      : esc(m.noData));
  } else if (r.figure !== null) {
    lines.push(`${esc(r.subject || view.measure?.label || '')}：<b>${esc(r.figure)}</b>`);
    if (r.period) lines.push(`${esc(m.time)}：${esc(r.period)}`);
  } else if (r.belowFacts > 0) {
    lines.push(esc(m.ownNone(r.belowFacts)));
  } else {
    lines.push(esc(m.noData));
  }
  if (r.measureFacts > 0 && view.measure?.metric !== null) lines.push(esc(m.factsSources(r.measureFacts, r.sourceCount)));
  lines.push(`<span style="color:#6b7785">${esc(view.view.level === 'province' ? m.clickProvince : m.clickPrefecture)}</span>`);
  return lines.join('<br/>');
}

/** Text description of the map for screen readers (ECharts aria). */
export function ariaDescription(view: MapViewData): string {
  const m = t(view.lang).map;
  const zh = view.lang === 'zh';
  const head = zh ? `${m.mapOf(view.view.name)}，${view.measure ? view.measure.label : m.noMeasure}。` : `${m.mapOf(view.view.name)}, ${view.measure ? view.measure.label : m.noMeasure}. `;
  const withValue = view.regions.filter((r) => r.figure !== null).map((r) => (zh ? `${r.name}${r.figure}` : `${r.name}: ${r.figure}`));
  const none = view.regions.length - withValue.length;
  return `${head}${withValue.length ? `${withValue.join(zh ? '；' : '; ')}${zh ? '。' : '. '}` : ''}${none ? m.noneAt(none) : ''}`;
}

export function buildMapOption(input: MapOptionInput): MapOption {
  const { view, mapName, projection } = input;
  const pieces = mapPieces(view);
  const byCode = new Map(view.regions.map((r) => [r.code, r]));
  const data: NonNullable<MapSeriesOption['data']> = view.regions.map((r) => {
    const state = regionState(r);
    // Hovering keeps the region's own fill (ECharts would paint it yellow) and darkens the border.
    if (state === 'value') {
      const fill = pieceOf(r.value!, pieces)?.color ?? NO_DATA_COLOR;
      // White labels on dark fills.
      const label = luminance(fill) < 0.3 ? { color: '#ffffff', textBorderColor: 'rgba(0,0,0,0.45)' } : undefined;
      return {
        name: r.code,
        value: r.value!,
        ...(label ? { label } : {}),
        emphasis: { itemStyle: { areaColor: fill }, ...(label ? { label } : {}) },
      };
    }
    // No value: ECharts leaves the item out of the visualMap; style it ourselves.
    const fill = state === 'below' ? BELOW_ONLY_COLOR : NO_DATA_COLOR;
    return {
      name: r.code,
      itemStyle: state === 'below'
        ? { areaColor: fill }
        : { areaColor: fill, decal: { ...NO_DATA_DECAL, dashArrayX: [...NO_DATA_DECAL.dashArrayX], dashArrayY: [...NO_DATA_DECAL.dashArrayY] } },
      emphasis: { itemStyle: { areaColor: fill } },
    };
  });

  const series: MapSeriesOption = {
    type: 'map',
    id: 'regions',
    map: mapName,
    nameProperty: 'code',
    roam: false,
    selectedMode: false,
    layoutCenter: ['50%', '50%'],
    layoutSize: '96%',
    ...(projection ? { projection } : {}),
    itemStyle: { areaColor: NO_DATA_COLOR, borderColor: BORDER, borderWidth: 1 },
    emphasis: {
      itemStyle: { borderColor: '#1f2d3d', borderWidth: 2 },
      label: { color: '#1f2d3d', fontWeight: 'bold' },
    },
    label: {
      show: true,
      fontSize: view.view.level === 'province' ? 13 : 11,
      color: '#1f2d3d',
      textBorderColor: 'rgba(255,255,255,0.85)',
      textBorderWidth: 2,
      formatter: (p: { name: string }) => byCode.get(p.name)?.shortName ?? p.name,
    },
    labelLayout: { hideOverlap: true },
    data,
  };

  return {
    title: { show: false, text: `${view.view.name} · ${view.measure?.label ?? ''}` },
    aria: { enabled: true, label: { enabled: true, description: ariaDescription(view) } },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const name = (p as { name?: string }).name ?? '';
        const r = byCode.get(name);
        return r ? tooltipHtml(r, view) : esc(name);
      },
    },
    ...(pieces.length > 0
      ? {
          visualMap: {
            type: 'piecewise' as const,
            show: false,
            seriesIndex: 0,
            pieces: pieces.map((p) => ({ ...p })),
            outOfRange: { color: NO_DATA_COLOR },
          },
        }
      : {}),
    series: [series],
  };
}
