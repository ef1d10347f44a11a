'use client';

import { useState } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import type { LegendItem } from '@/lib/charts/map-legend';
import { buildExportOption } from '@/lib/export/export-option';
import type { CsvCite } from '@/lib/export/figure-csv';
import { MIME, downloadBlob, downloadText } from '@/lib/export/download';
import { exportFileName, type ExportFormat, type FileNameParts } from '@/lib/export/file-names';
import type { Lang, Theme } from './embed-state';

export interface ChartDownloadsProps {
  /** The chart's option as drawn, or made for a width (the timeline's legend wraps by width); null while it loads. */
  readonly option?: EChartsCoreOption | ((width: number) => EChartsCoreOption) | null;
  /**
   * Or the picture made on demand, when one is asked for (the map: its data is fetched and ECharts
   * loaded only then), with the legend classes to draw into it.
   */
  readonly loadPicture?: () => Promise<{ readonly option: EChartsCoreOption; readonly legend?: readonly LegendItem[] }>;
  readonly title: string;
  readonly names: FileNameParts;
  readonly theme: Theme;
  readonly lang: Lang;
  /** CSS size of the chart on screen: the image's size (PNG: times 2). */
  readonly size: () => { width: number; height: number };
  /** The source line (fetched on demand on the dashboard). */
  readonly source: () => Promise<string>;
  /** Path of the same view on the dashboard; made absolute with the page's origin. */
  readonly linkPath: string;
  /** The data as CSV (fetched on demand on the dashboard, whose payload carries only what it draws). */
  readonly csv: (cite: CsvCite) => string | Promise<string>;
}

const LABELS = {
  zh: { png: '下载 PNG', svg: '下载 SVG', csv: '下载数据 CSV', busy: '正在生成…', failed: '下载失败：' },
  en: { png: 'PNG', svg: 'SVG', csv: 'Data (CSV)', busy: 'Preparing…', failed: 'Download failed: ' },
} as const;

/** Three buttons: the chart as PNG (2×) and SVG with its title and source drawn in, and its data as CSV. */
export default function ChartDownloads(p: ChartDownloadsProps) {
  const t = LABELS[p.lang];
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(format: ExportFormat) {
    setBusy(format);
    setError(null);
    try {
      const source = await p.source();
      const link = new URL(p.linkPath, window.location.origin).href;
      const name = exportFileName(p.names, format);
      if (format === 'csv') {
        downloadText(name, await p.csv({ sourceLine: source, viewUrl: link, origin: window.location.origin }), MIME.csv);
        return;
      }
      const { width, height } = p.size();
      const picture: { option?: EChartsCoreOption | null; legend?: readonly LegendItem[] } = p.loadPicture
        ? await p.loadPicture()
        : { option: typeof p.option === 'function' ? p.option(width) : p.option };
      if (!picture.option) throw new Error('chart not ready');
      const option = buildExportOption(picture.option, { width, height, title: p.title, source, link, theme: p.theme, legend: picture.legend });
      if (format === 'svg') {
        const { renderSvg } = await import('@/lib/export/render-svg');
        downloadText(name, renderSvg(option, width, height), MIME.svg);
      } else {
        const { renderPng } = await import('@/lib/export/render-png');
        downloadBlob(name, await renderPng(option, width, height));
      }
    } catch (e) {
      setError(`${t.failed}${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="chart-downloads" role="group" aria-label={p.lang === 'zh' ? '下载' : 'Download'}>
      {(['png', 'svg', 'csv'] as const).map((f) => (
        <button
          key={f}
          type="button"
          className="chart-action"
          data-testid={`export-${f}`}
          disabled={busy !== null || (f !== 'csv' && !p.option && !p.loadPicture)}
          onClick={() => void run(f)}
        >
          {busy === f ? t.busy : t[f]}
        </button>
      ))}
      {error && <span className="chart-action-error" role="alert">{error}</span>}
    </div>
  );
}
