/**
 * The dark theme of an embedded chart: a dark page, region borders in its colour, axis and legend
 * text that reads on it. Map labels keep their halo (they sit on the light region fills).
 * Pure; the light theme is the option as built.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Theme } from './embed-state';

export const DARK = { background: '#15202b', text: '#e6edf3', border: '#15202b' } as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function themedOption<T extends EChartsCoreOption>(option: T, theme: Theme): T {
  if (theme === 'light') return option;
  const o = option as Obj;
  const series = (Array.isArray(o.series) ? o.series : [o.series]).filter(isObj).map((s) => (s.type === 'map'
    ? { ...s, itemStyle: { ...(isObj(s.itemStyle) ? s.itemStyle : {}), borderColor: DARK.border } }
    : s));
  return { ...o, series, textStyle: { color: DARK.text } } as unknown as T;
}
