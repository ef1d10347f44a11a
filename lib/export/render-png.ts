/**
 * PNG of an export option: an off-screen ECharts canvas instance, read back with
 * getDataURL({ pixelRatio }), so a 600 × 400 chart gives a 1200 × 800 image at the default 2×.
 * Browser only; loaded on demand (the canvas renderer is not in the page's first bundle).
 */
import * as echarts from 'echarts/core';
import { GraphicComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([GraphicComponent, TitleComponent, CanvasRenderer]);

export const PNG_PIXEL_RATIO = 2;

/** A base64 data: URL as a Blob (not fetch(): the CSP's connect-src does not allow data:). */
export function dataUrlToBlob(url: string): Blob {
  const m = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(url);
  if (!m) throw new Error('not a data: URL');
  const body = m[2] ? atob(m[3]!) : decodeURIComponent(m[3]!);
  const bytes = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i);
  return new Blob([bytes], { type: m[1] });
}

export async function renderPng(
  option: echarts.EChartsCoreOption, width: number, height: number, pixelRatio = PNG_PIXEL_RATIO,
): Promise<Blob> {
  const w = Math.round(width);
  const h = Math.round(height);
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-${w + 100}px;top:0;width:${w}px;height:${h}px;pointer-events:none;`;
  document.body.appendChild(host);
  const chart = echarts.init(host, null, { renderer: 'canvas', width: w, height: h, devicePixelRatio: pixelRatio });
  try {
    chart.setOption(option);
    const url = chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: (option as { backgroundColor?: string }).backgroundColor });
    return dataUrlToBlob(url);
  } finally {
    chart.dispose();
    host.remove();
  }
}
