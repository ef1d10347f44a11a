'use client';

import { startTransition as inBackground, useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useRouter, useSearchParams } from 'next/navigation';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { EChartsType } from 'echarts/core';
import { echarts } from '../charts/echarts-line';
import { axisExtent, buildTimelineOption, dayMs, pointAt, seriesPlan, zoomToWindow, type ZoomEvent } from '@/lib/charts/timeline-option';
import type { TimelineData } from '@/lib/data/timeline-view';
import type { Theme } from '@/lib/view-state';

interface PointTarget {
  readonly id: string;
  readonly href: string;
  readonly x: number;
  readonly y: number;
}

export interface TimelineChartProps {
  readonly data: TimelineData;
  /** The window in the URL (from/to), drawn as the slider's position. */
  readonly window: { readonly from: string | null; readonly to: string | null };
  readonly theme: Theme;
}

/** The URL after the slider moved: from/to set (or removed), the table back to page 1. */
export function windowHref(path: string, search: string, w: { from: string; to: string } | null): string {
  const q = new URLSearchParams(search);
  q.delete('page');
  if (w) {
    q.set('from', w.from);
    q.set('to', w.to);
  } else {
    q.delete('from');
    q.delete('to');
  }
  const s = q.toString();
  return `${path}${s ? `?${s}` : ''}`;
}

/**
 * The timeline: a thin view over buildTimelineOption. Clicking a point opens the statistic in
 * its article (/article/<id>#fact-<id>); moving the slider sets ?from=&to=, which the map and the
 * table follow.
 */
export default function TimelineChart({ data, window, theme }: TimelineChartProps) {
  const router = useRouter();
  const search = useSearchParams();
  const [pending, startTransition] = useTransition();
  // The chart's width decides how the legend wraps (and so where the plot starts).
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.round(el.getBoundingClientRect().width) || 800));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const option = useMemo(() => buildTimelineOption(data, window, theme, width), [data, window, theme, width]);
  const extent = useMemo(() => axisExtent(data), [data]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [targets, setTargets] = useState<PointTarget[]>([]);
  // Where each point is drawn (published for tests, which click there like a reader would). The
  // chart says it has finished inside its setOption, which runs in the commit of a new view: the
  // list (one hidden item per point, some 800 at 100k articles) is rendered after that commit, as
  // a transition of its own, not in it (it was ~40 ms of a drill's commit, traced) and not in the
  // transition whose pending state the chart shows.
  const measure = useCallback(
    (chart: EChartsType) => {
      if (chart.isDisposed()) return;
      const next: PointTarget[] = [];
      seriesPlan(data).forEach((plan, si) => plan.role !== 'span' && plan.points.forEach((p) => {
        const px = chart.convertToPixel({ seriesIndex: si }, [dayMs(p.date), p.value]) as number[] | undefined;
        if (px && Number.isFinite(px[0]) && Number.isFinite(px[1])) next.push({ id: p.factId, href: p.href, x: Math.round(px[0]!), y: Math.round(px[1]!) });
      }));
      inBackground(() => setTargets((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next)));
    },
    [data],
  );
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const onEvents = useMemo(
    () => ({
      click: (p: { seriesIndex?: number; dataIndex?: number }) => {
        const point = pointAt(data, p.seriesIndex, p.dataIndex);
        if (point) startTransition(() => router.push(point.href));
      },
      finished: (_: unknown, chart: EChartsType) => measure(chart),
      datazoom: (e: ZoomEvent) => {
        if (!extent) return;
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          const w = zoomToWindow(e, extent);
          // The whole axis of a windowed chart is that window: nothing to change.
          if (!w && (data.window.from || data.window.to)) return;
          const href = windowHref('/', search.toString(), w);
          startTransition(() => router.push(href, { scroll: false }));
        }, 450);
      },
    }),
    [data, extent, search, router, measure],
  );

  return (
    <div ref={box} className="timeline-chart" data-testid="timeline-chart" data-pending={pending ? 'true' : 'false'} aria-busy={pending}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        opts={{ renderer: 'svg' }}
        onEvents={onEvents}
        style={{ height: 380, width: '100%' }}
      />
      <ul hidden data-testid="timeline-targets">
        {targets.map((p) => <li key={p.id} data-href={p.href} data-x={p.x} data-y={p.y} />)}
      </ul>
    </div>
  );
}
