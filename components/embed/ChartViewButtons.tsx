'use client';

import { useEffect, useRef, useState } from 'react';
import type { Lang } from './embed-state';

const LABELS = {
  zh: { copy: '复制链接', copied: '链接已复制', failed: '无法复制，请从地址栏复制', full: '全屏', exit: '退出全屏' },
  en: { copy: 'Copy link', copied: 'Link copied', failed: 'Could not copy: copy it from the address bar', full: 'Full screen', exit: 'Exit full screen' },
} as const;

export interface ChartViewButtonsProps {
  /** The dashboard path of this view ("/?metric=…"), made absolute on click. */
  readonly linkPath: string;
  /** The chart's card: the element shown full screen (found from the buttons, by selector). */
  readonly card: string;
  /** Names the chart in the buttons' accessible names ("复制链接：…"). */
  readonly title: string;
  readonly lang: Lang;
  readonly testPrefix: 'map' | 'timeline';
}

/** "Copy link" (the view's readable dashboard URL) and "Full screen" (the chart's card) beside the embed button. */
export default function ChartViewButtons({ linkPath, card, title, lang, testPrefix }: ChartViewButtonsProps) {
  const t = LABELS[lang];
  const ref = useRef<HTMLSpanElement>(null);
  const [status, setStatus] = useState('');
  const [full, setFull] = useState(false);

  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null && document.fullscreenElement === ref.current?.closest(card));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [card]);

  async function copy() {
    const url = new URL(linkPath, window.location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t.copied);
    } catch {
      setStatus(t.failed);
    }
  }

  async function toggleFull() {
    const el = ref.current?.closest(card);
    if (!el) return;
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
    else await el.requestFullscreen().catch(() => {});
  }

  return (
    <span ref={ref} className="chart-view-buttons">
      <button type="button" className="chart-action" onClick={copy} data-testid={`${testPrefix}-copy-link`} aria-label={`${t.copy}：${title}`}>
        {t.copy}
      </button>
      <button type="button" className="chart-action" onClick={toggleFull} aria-pressed={full} data-testid={`${testPrefix}-fullscreen`} aria-label={`${full ? t.exit : t.full}：${title}`}>
        {full ? t.exit : t.full}
      </button>
      <span role="status" className="chart-action-status">{status}</span>
    </span>
  );
}
