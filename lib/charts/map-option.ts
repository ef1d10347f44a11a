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
import { regionTip } from './map-tooltip';

export type MapOption = ComposeOption<
  MapSeriesOption | TitleComponentOption | TooltipComponentOption | VisualMapComponentOption | AriaComponentOption
>;

export const BELOW_ONLY_COLOR = '#d5dadf';

export type MapTheme = 'light' | 'dark';

/** Colours of what is not data: borders, outlines, regions without figures. */
export const MAP_COLORS: Readonly<Record<MapTheme, { border: string; outline: string; fine: string; noData: string; below: string; label: string; halo: string }>> = {
  light: { border: '#ffffff', outline: '#3d4b59', fine: 'rgba(255,255,255,0.7)', noData: NO_DATA_COLOR, below: BELOW_ONLY_COLOR, label: '#1f2d3d', halo: 'rgba(255,255,255,0.85)' },
  dark: { border: '#15202b', outline: '#c9d3dd', fine: 'rgba(21,32,43,0.6)', noData: '#2b3742', below: '#4a5866', label: '#e6edf3', halo: 'rgba(21,32,43,0.85)' },
};

/** Diagonal hatching for regions without data (also in the legend swatch). */
export const NO_DATA_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  color: 'rgba(96, 110, 122, 0.35)',
  dashArrayX: [1, 0],
  dashArrayY: [2, 5],
  rotation: Math.PI / 4,
} as const;

type Projection = { project(p: number[]): number[]; unproject(p: number[]): number[] };

export interface MapOptionInput {
  /** Name the coloured regions' GeoJSON was registered under with echarts.registerMap. */
  readonly mapName: string;
  /** Name of the other level's shapes, drawn as borders over the colours (province view). */
  readonly outlineName?: string;
  readonly view: MapViewData;
  /** d3-geo projection in ECharts' shape (see lib/charts/geo.ts); omitted in tests. */
  readonly projection?: Projection;
  readonly theme?: MapTheme;
  /** Pictures (exports): every region with a figure carries its value in its label. */
  readonly values?: boolean;
}

export type RegionState = 'value' | 'below' | 'none';

export function regionState(r: MapRegionDatum): RegionState {
  if (r.value !== null) return 'value';
  return r.belowFacts > 0 ? 'below' : 'none';
}

/** The colour scale: the coloured regions' figures and the prefectures' own (one scale for both). */
export function mapPieces(view: MapViewData): Piece[] {
  if (!view.measure) return [];
  const values = [...view.regions, ...view.ownPrefectures].flatMap((r) => (r.value === null ? [] : [r.value]));
  return buildPieces(values, view.measure.kind, view.measure.color, unitName(view.measure.unit, view.lang), view.lang);
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Tooltip HTML for one region (escaped: names and subjects are data): regionTip's lines. */
export function tooltipHtml(r: MapRegionDatum, view: MapViewData): string {
  const tip = regionTip(r, view);
  const lines = [`<strong>${esc(tip.title)}</strong>`, ...tip.lines.map((l) => `${esc(l.text)}${l.strong !== undefined ? `<b>${esc(l.strong)}</b>` : ''}${esc(l.after ?? '')}`)];
  lines.push(`<span style="color:#6b7785">${esc(tip.hint)}</span>`);
  return lines.join('<br/>');
}

/** Text description of the map for screen readers (ECharts aria). */
export function ariaDescription(view: MapViewData): string {
  const m = t(view.lang).map;
  const zh = view.lang === 'zh';
  const head = zh ? `${m.mapOf(view.view.name)}，${view.measure ? view.measure.label : m.noMeasure}。` : `${m.mapOf(view.view.name)}, ${view.measure ? view.measure.label : m.noMeasure}. `;
  const withValue = [...view.ownPrefectures, ...view.regions].filter((r) => r.figure !== null).map((r) => (zh ? `${r.name}${r.figure}` : `${r.name}: ${r.figure}`));
  const none = view.regions.filter((r) => r.figure === null).length;
  return `${head}${withValue.length ? `${withValue.join(zh ? '；' : '; ')}${zh ? '。' : '. '}` : ''}${none ? m.noneAt(none) : ''}`;
}

/** Label colours that read on a fill: white on dark fills, dark on light ones. */
export function labelOn(fill: string): { color: string; textBorderColor: string } {
  return luminance(fill) < 0.3 ? { color: '#ffffff', textBorderColor: 'rgba(0,0,0,0.45)' } : { color: '#1f2d3d', textBorderColor: 'rgba(255,255,255,0.85)' };
}

export function buildMapOption(input: MapOptionInput): MapOption {
  const { view, mapName, projection, outlineName } = input;
  const c = MAP_COLORS[input.theme ?? 'light'];
  const pieces = mapPieces(view);
  const byCode = new Map(view.regions.map((r) => [r.code, r]));
  // The province coloured by its 87 counties: names only where there is a figure (else a blur of labels).
  const dense = view.view.level === 'province' && view.level === 'county';
  const text = (r: MapRegionDatum) => (input.values && r.compact !== null ? `${r.label}\n${r.compact}` : r.label);
  const data: NonNullable<MapSeriesOption['data']> = view.regions.map((r) => {
    const state = regionState(r);
    const show = !dense || state === 'value';
    if (state === 'value') {
      const fill = pieceOf(r.value!, pieces)?.color ?? c.noData;
      const label = { show, ...labelOn(fill), formatter: text(r) };
      // Hovering keeps the region's own fill (ECharts would paint it yellow) and darkens the border.
      return { name: r.code, value: r.value!, label, emphasis: { itemStyle: { areaColor: fill }, label } };
    }
    // No value: ECharts leaves the item out of the visualMap; style it ourselves.
    const fill = state === 'below' ? c.below : c.noData;
    const label = { show, ...labelOn(fill), formatter: text(r) };
    return {
      name: r.code,
      label,
      itemStyle: state === 'below'
        ? { areaColor: fill }
        : { areaColor: fill, decal: { ...NO_DATA_DECAL, dashArrayX: [...NO_DATA_DECAL.dashArrayX], dashArrayY: [...NO_DATA_DECAL.dashArrayY] } },
      emphasis: { itemStyle: { areaColor: fill }, label },
    };
  });

  const place = { layoutCenter: ['50%', '50%'] as [string, string], layoutSize: '98%', ...(projection ? { projection } : {}) };
  const series: MapSeriesOption[] = [{
    type: 'map',
    id: 'regions',
    map: mapName,
    nameProperty: 'code',
    roam: false,
    selectedMode: false,
    ...place,
    itemStyle: { areaColor: c.noData, borderColor: c.border, borderWidth: dense ? 0.6 : 1 },
    emphasis: {
      itemStyle: { borderColor: input.theme === 'dark' ? '#ffffff' : '#1f2d3d', borderWidth: 2 },
      label: { fontWeight: 'bold' },
    },
    label: { show: true, fontSize: view.view.level === 'province' && !dense ? 13 : 11, color: c.label, textBorderColor: c.halo, textBorderWidth: 2 },
    labelLayout: { hideOverlap: true },
    data,
  }];
  if (outlineName) {
    // The other level's borders over the colours: prefecture borders over counties (bold), or
    // county borders inside prefectures (fine). Prefectures with figures of their own are boxed
    // labels filled with their value's colour, on the same scale as the counties.
    series.push({
      type: 'map',
      id: 'outline',
      map: outlineName,
      nameProperty: 'code',
      roam: false,
      selectedMode: false,
      silent: true,
      ...place,
      itemStyle: dense ? { areaColor: 'transparent', borderColor: c.outline, borderWidth: 1.6 } : { areaColor: 'transparent', borderColor: c.fine, borderWidth: 0.5 },
      label: { show: false },
      tooltip: { show: false },
      data: view.ownPrefectures.filter((r) => r.value !== null).map((r) => {
        const fill = pieceOf(r.value!, pieces)?.color ?? c.noData;
        return {
          name: r.code,
          label: {
            show: true, formatter: `${r.label} ${r.compact ?? ''}`, fontSize: 11, fontWeight: 'bold', ...labelOn(fill), textBorderWidth: 0,
            backgroundColor: fill, borderColor: c.outline, borderWidth: 1, borderRadius: 3, padding: [2, 4],
          },
        };
      }),
    });
  }

  return {
    title: { show: false, text: `${view.view.name} · ${view.measure?.label ?? ''}` },
    // Drawn once, not animated: an SVG map repainted every frame for a second blocks the page.
    animation: false,
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
            outOfRange: { color: c.noData },
          },
        }
      : {}),
    series,
  };
}
