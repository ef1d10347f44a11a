'use client';

import { useEffect } from 'react';
import '@/app/print.css';

const PICTURE = 'print-chart';

/** A picture of an ECharts SVG as drawn on screen (with a viewBox, so it scales), or null. */
function picture(svg: SVGSVGElement, label: string): HTMLImageElement | null {
  const w = Number(svg.getAttribute('width'));
  const h = Number(svg.getAttribute('height'));
  if (!(w > 0 && h > 0)) return null;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('viewBox', `0 0 ${w} ${h}`);
  copy.removeAttribute('style');
  const img = document.createElement('img');
  img.className = PICTURE;
  img.alt = label;
  img.width = w;
  img.height = h;
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  return img;
}

/**
 * Charts print as pictures: just before printing, each ECharts SVG is copied into an <img> laid
 * over the chart (app/print.css shows it only on paper, scaled to fit), so the page's narrower
 * print layout neither crops the chart nor has it redrawn half-way. Removed after printing.
 * Renders nothing; mounted once in the root layout.
 */
export default function PrintCharts() {
  useEffect(() => {
    const before = () => {
      for (const host of document.querySelectorAll<HTMLElement>('.echarts-for-react')) {
        const svg = host.querySelector<SVGSVGElement>(':scope > div > svg');
        if (!svg || host.querySelector(`:scope > img.${PICTURE}`)) continue;
        const img = picture(svg, host.getAttribute('aria-label') ?? '');
        if (img) host.append(img);
      }
    };
    const after = () => document.querySelectorAll(`img.${PICTURE}`).forEach((img) => img.remove());
    // beforeprint/afterprint for the print dialog; the media query also for print emulation.
    const media = window.matchMedia('print');
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media.removeEventListener('change', onMedia);
      after();
    };
  }, []);
  return null;
}
