'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type CSSProperties } from 'react';
import { useRouter, useSearchParams } from 'next/navigation';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { EChartsType } from 'echarts/core';
import { echarts } from '../charts/echarts-map';
import { buildMapOption } from '@/lib/charts/map-option';
import type { MapViewData } from '@/lib/data/view-types';
import type { Theme } from '@/lib/view-state';
import { useMapGeometry } from './useMapGeometry';
import MapTargets, { type Target } from './MapTargets';
import { regionHref } from '../common/factHref';
import { t } from '@/lib/i18n';

export interface ZhejiangMapProps {
  readonly view: MapViewData;
  readonly theme: Theme;
}

/**
 * Where the drill goes: on the province map a prefecture, or a county, opens the prefecture's map
 * (a county also becomes the selected region); on a prefecture's map a county opens its page.
 * The URL's measure is kept as it is: a measure chosen stays chosen; without one, the prefecture's
 * map shows its own widest-covered measure (so a drilled view is never blank while it has data).
 */
export function drillHref(view: MapViewData, code: string, search: URLSearchParams): string {
  if (view.view.level === 'prefecture') return regionHref(code, view.lang);
  const next = new URLSearchParams(search);
  next.set('region', code);
  next.delete('page');
  return `/?${next.toString()}`;
}

export default function ZhejiangMap({ view, theme }: ZhejiangMapProps) {
  const { geometry: geo, error } = useMapGeometry(view);
  const router = useRouter();
  const search = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [targets, setTargets] = useState<Target[]>([]);

  const option = useMemo(
    () => (geo ? buildMapOption({ mapName: geo.mapName, outlineName: geo.outlineName, view, projection: geo.projection, theme }) : null),
    [geo, view, theme],
  );

  // Where each region's label anchor is on screen, after every render (and resize).
  const chartRef = useRef<ReactEChartsCore>(null);
  const measure = useCallback(
    (chart: EChartsType | undefined) => {
      if (!geo || !chart || chart.isDisposed()) return;
      const next: Target[] = [];
      for (const f of geo.fc.features) {
        const cp = f.properties.cp;
        const px = cp ? (chart.convertToPixel({ seriesIndex: 0 }, cp) as number[] | undefined) : undefined;
        if (px && Number.isFinite(px[0]) && Number.isFinite(px[1])) {
          next.push({ code: f.properties.code, name: f.properties.name, x: Math.round(px[0]!), y: Math.round(px[1]!) });
        }
      }
      setTargets((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    },
    [geo],
  );
  useEffect(() => {
    const id = requestAnimationFrame(() => measure(chartRef.current?.getEchartsInstance()));
    return () => cancelAnimationFrame(id);
  }, [option, measure]);

  const onEvents = useMemo(
    () => ({
      click: (p: { name?: string; seriesIndex?: number }) => {
        if (!p.name || p.seriesIndex !== 0) return;
        const href = drillHref(view, p.name, new URLSearchParams(search.toString()));
        startTransition(() => router.push(href));
      },
      finished: (_: unknown, chart: EChartsType) => measure(chart),
    }),
    [view, search, router, measure],
  );

  const ready = option !== null && targets.length > 0;
  return (
    <div
      className="zj-map"
      data-testid="zj-map"
      data-view={view.view.code}
      data-ready={ready ? 'true' : 'false'}
      data-pending={pending ? 'true' : 'false'}
      aria-busy={!ready || pending}
      style={geo ? ({ '--map-aspect': String(geo.aspect) } as CSSProperties) : undefined}
    >
      {error && <p className="map-error" role="alert">{t(view.lang).map.failed}{error}</p>}
      {!error && !option && <div className="map-placeholder">{t(view.lang).map.loading}</div>}
      {option && (
        <ReactEChartsCore
          ref={chartRef}
          onChartReady={(c) => measure(c as unknown as EChartsType)}
          echarts={echarts}
          option={option}
          notMerge
          opts={{ renderer: 'svg' }}
          onEvents={onEvents}
          className="zj-chart"
          style={{ height: '100%', width: '100%' }}
        />
      )}
      <MapTargets targets={targets} />
    </div>
  );
}
