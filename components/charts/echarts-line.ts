/** ECharts for the timeline, tree-shaken: line series, time axis, slider and inside zoom, aria. Client-only. */
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import {
  AriaComponent, DataZoomInsideComponent, DataZoomSliderComponent, GridComponent, LegendScrollComponent, TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart, GridComponent, TooltipComponent, LegendScrollComponent, DataZoomSliderComponent, DataZoomInsideComponent,
  AriaComponent, SVGRenderer,
]);

export { echarts };
