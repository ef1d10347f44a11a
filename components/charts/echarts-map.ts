/**
 * ECharts for the map, tree-shaken: only the map series, tooltip, visualMap, title, aria and the
 * SVG renderer (regions become real paths; crisp labels at any zoom). Client-only.
 */
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { AriaComponent, TitleComponent, TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([MapChart, TooltipComponent, VisualMapPiecewiseComponent, TitleComponent, AriaComponent, SVGRenderer]);

export { echarts };
