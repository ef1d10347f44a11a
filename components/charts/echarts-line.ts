/**
 * ECharts for the timeline, tree-shaken: line, scatter and bar series, time axis, plain legend,
 * the marker key (graphic), slider and inside zoom, aria. Client-only.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent, DataZoomInsideComponent, DataZoomSliderComponent, GraphicComponent, GridComponent, LegendComponent, TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart, ScatterChart, BarChart, GridComponent, TooltipComponent, LegendComponent, GraphicComponent,
  DataZoomSliderComponent, DataZoomInsideComponent, AriaComponent, SVGRenderer,
]);

export { echarts };
