'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import type { Lang, Theme } from './embed-state';
import { HEIGHT_MESSAGE } from './embed-urls';

export interface EmbedFrameProps {
  /** Accessible name of the chart. */
  readonly title: string;
  /** The source line: papers, publication dates, number of articles. */
  readonly source: string;
  /** The same view on the dashboard (opens in a new tab). */
  readonly dashboardHref: string;
  readonly lang: Lang;
  readonly theme: Theme;
  /** Show the title inside the frame (the embed's `title=0` hides it, for hosts that print their own). */
  readonly showTitle?: boolean;
  /** The chart (and its download buttons). */
  readonly children: ReactNode;
}

/**
 * An embedded chart: fills the frame's width, carries its source line and a link to the
 * dashboard, and tells the parent page its height (postMessage {type, height}) whenever it changes.
 */
export default function EmbedFrame({ title, source, dashboardHref, lang, theme, showTitle = true, children }: EmbedFrameProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last || height <= 0) return;
      last = height;
      el.dataset.height = String(height);
      if (window.parent !== window) window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(el);
    post();
    return () => observer.disconnect();
  }, []);

  return (
    <figure ref={ref} className="embed-root" data-theme={theme} lang={lang === 'en' ? 'en' : 'zh-CN'} aria-label={title} data-testid="embed-root">
      {showTitle && <h1 className="embed-title" data-testid="embed-title">{title}</h1>}
      {children}
      <figcaption className="embed-source" data-testid="embed-source">
        <span>{source}</span>
        <a href={dashboardHref} target="_blank" rel="noopener" data-testid="embed-dashboard-link">
          {lang === 'en' ? 'View on the dashboard ↗' : '在仪表板中查看 ↗'}
        </a>
      </figcaption>
    </figure>
  );
}
