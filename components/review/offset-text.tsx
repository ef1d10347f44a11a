import type { ReactNode } from 'react';

export interface Range {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  /** Set on the figure's mark, so it can be scrolled to. */
  readonly id?: string;
}

/**
 * Text (from article offset `base`) cut at every range boundary into spans that carry their own
 * offset (`data-o`): a selection in it maps back to article offsets (selection.ts). Text nodes
 * only: article text is data, never HTML.
 */
export default function OffsetText({ text, base, ranges }: { text: string; base: number; ranges: readonly Range[] }) {
  const end = base + text.length;
  const cuts = new Set<number>([base, end]);
  for (const r of ranges) {
    if (r.start > base && r.start < end) cuts.add(r.start);
    if (r.end > base && r.end < end) cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const inside = ranges.filter((r) => r.start <= from && to <= r.end);
    const id = inside.find((r) => r.id && r.start === from)?.id;
    const className = inside.map((r) => r.className).join(' ') || undefined;
    out.push(<span key={from} data-o={from} className={className} id={id}>{text.slice(from - base, to - base)}</span>);
  }
  return <>{out}</>;
}
