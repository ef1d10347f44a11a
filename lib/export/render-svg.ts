/**
 * SVG of an export option from a server-side-rendering ECharts instance (renderer svg, ssr):
 * no DOM, so the same code runs in the browser and in node tests. The chart types the option uses
 * (and any map it names) must already be registered on echarts/core by the caller.
 */
import * as echarts from 'echarts/core';
import { GraphicComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([GraphicComponent, TitleComponent, SVGRenderer]);

/**
 * ECharts' generated ids and class names carry global counters (zr3-p0, zr3-cls-17): one SVG has
 * one instance's prefix, dropped; classes renumbered in order of appearance. Same chart, same SVG.
 */
export function stableClassNames(svg: string): string {
  const names = new Map<string, string>();
  return svg.replace(/\bzr\d+-/g, 'zr-').replace(/\bzr-cls-\d+\b/g, (c) => {
    let n = names.get(c);
    if (n === undefined) names.set(c, (n = `zr-cls-${names.size}`));
    return n;
  });
}

export function renderSvg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: Math.round(width), height: Math.round(height) });
  try {
    chart.setOption(option);
    const svg = stableClassNames(chart.renderToSVGString());
    return svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
  } finally {
    chart.dispose();
  }
}
