'use client';

import { useLayoutEffect, useRef, useState, useTransition, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useRouter } from 'next/navigation';
import type { RegionTip } from '@/lib/charts/map-tooltip';
import MapTargets, { type Target } from './MapTargets';
import MapTooltip from './MapTooltip';
import { useJsonProp, type JsonProp } from '@/components/common/json-prop';
import { isPlainClick } from '@/components/common/navigation-target';

export interface Anchor {
  readonly code: string;
  readonly name: string;
  /** viewBox units. */
  readonly x: number;
  readonly y: number;
}

export interface MapFrameProps {
  /** The server-drawn SVG (MapSvg): this component never redraws it, it only listens. */
  readonly children: ReactNode;
  readonly viewCode: string;
  readonly box: readonly [number, number, number, number];
  readonly aspect: number;
  /** Where each region's label sits, and its tooltip (as JSON: see json-prop). */
  readonly anchors: JsonProp<readonly Anchor[]>;
  readonly tips: JsonProp<Readonly<Record<string, RegionTip>>>;
  /** Region links navigate in place with a pending state (the dashboard); false in embeds. */
  readonly drill: boolean;
  readonly testId?: string;
  readonly className?: string;
}

/** Where each anchor is drawn, in px from the SVG's top-left corner (viewBox fitted with "meet"), for an SVG of `width` × `height` px. */
function anchorTargets(width: number, height: number, box: MapFrameProps['box'], anchors: readonly Anchor[]): Target[] {
  if (width < 1 || height < 1) return [];
  const s = Math.min(width / box[2], height / box[3]);
  const ox = (width - box[2] * s) / 2, oy = (height - box[3] * s) / 2;
  return anchors.map((a) => ({ code: a.code, name: a.name, x: Math.round(ox + (a.x - box[0]) * s), y: Math.round(oy + (a.y - box[1]) * s) }));
}

/**
 * The map's box around the server-drawn SVG: the hover/focus tooltip, the drill as an in-page
 * navigation with its pending state (a plain link without JavaScript or with a modifier key), and
 * where each region is on screen (data-testid="zj-map-targets"). data-ready once that is known.
 */
export default function MapFrame(p: MapFrameProps) {
  const anchors = useJsonProp(p.anchors);
  const tips = useJsonProp(p.tips);
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [targets, setTargets] = useState<Target[]>([]);
  const [tip, setTip] = useState<{ code: string; x: number; y: number; left: boolean; up: boolean } | null>(null);

  // Where the regions are needs the SVG's laid-out size. On load it comes from a ResizeObserver,
  // after the browser's own first layout: measuring in this effect (getBoundingClientRect) forced
  // that layout inside the hydration task, the longest of a phone's load. On a view change it is
  // measured at once: the layout is due in this commit anyway (the timeline's ECharts asks for it),
  // and a later measure kept the last view's targets, or cost drills ~45 ms at 100k articles.
  const drawn = useRef(false);
  useLayoutEffect(() => {
    const svg = ref.current?.querySelector<SVGSVGElement>('svg.zj-chart');
    if (!svg) return void setTargets([]);
    const update = (width: number, height: number) => setTargets((prev) => {
      const next = anchorTargets(width, height, p.box, anchors);
      return JSON.stringify(prev) === JSON.stringify(next) ? prev : next;
    });
    if (drawn.current) {
      const r = svg.getBoundingClientRect();
      update(r.width, r.height);
    }
    drawn.current = true;
    const observer = new ResizeObserver((entries) => {
      const { width, height } = entries[entries.length - 1]!.contentRect;
      flushSync(() => update(width, height)); // before this frame's paint
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [p.box, anchors]);

  const regionAt = (el: EventTarget | null) => (el instanceof Element ? el.closest<SVGElement>('[data-code]') : null);
  const place = (code: string | null | undefined, clientX?: number, clientY?: number) => {
    const host = ref.current?.getBoundingClientRect();
    if (!code || !host || !tips[code]) return setTip(null);
    const at = clientX !== undefined && clientY !== undefined ? { x: clientX - host.left, y: clientY - host.top } : targets.find((x) => x.code === code);
    // Kept inside the map: to the left of the pointer in the right half, above it in the lower half.
    setTip(at ? { code, x: at.x, y: at.y, left: at.x > host.width / 2, up: at.y > host.height / 2 } : null);
  };
  const onClick = (e: MouseEvent) => {
    const a = regionAt(e.target);
    const href = a?.getAttribute('href');
    if (!p.drill || !href || !isPlainClick(e)) return;
    e.preventDefault();
    // In place, like every control of the dashboard: the reader stays at the map they clicked
    // (Next would otherwise scroll to the page's top, measuring the layout in the drill's commit).
    startTransition(() => router.push(href, { scroll: false }));
  };

  const ready = targets.length > 0 || anchors.length === 0;
  const shown = tip ? tips[tip.code] : undefined;
  return (
    <div
      ref={ref}
      className={p.className ?? 'zj-map'}
      data-testid={p.testId ?? 'zj-map'}
      data-view={p.viewCode}
      data-ready={ready ? 'true' : 'false'}
      data-pending={pending ? 'true' : 'false'}
      aria-busy={!ready || pending}
      style={{ '--map-aspect': String(p.aspect) } as CSSProperties}
      onClick={onClick}
      onPointerMove={(e) => place(regionAt(e.target)?.getAttribute('data-code'), e.clientX, e.clientY)}
      onPointerLeave={() => setTip(null)}
      onFocus={(e) => place(regionAt(e.target)?.getAttribute('data-code'))}
      onBlur={() => setTip(null)}
    >
      {p.children}
      {shown && tip && <MapTooltip tip={shown} x={tip.x} y={tip.y} left={tip.left} up={tip.up} />}
      <MapTargets targets={targets} />
    </div>
  );
}
