import type { ReactNode } from 'react';
import { splitText } from '@/lib/data/text-pieces';
import type { FactView } from '@/lib/data/region-view';
import { REVIEW_MARK, reviewText } from '@/lib/i18n/review-messages';
import type { Lang } from '@/lib/view-state';
import '@/components/review/review-marks.css';

/**
 * The article text with every statistic in a <mark id="fact-<id>">, built from text nodes only
 * (the text is data, never HTML). Overlapping figures share one highlighted piece, as nested marks.
 */
export default function ArticleBody({ text, facts, lang = 'zh' }: { text: string; facts: readonly (FactView & { start: number; end: number })[]; lang?: Lang }) {
  const status = reviewText(lang).status;
  const byId = new Map(facts.map((f) => [f.factId, f]));
  const pieces = splitText(text, facts);
  return (
    <div className="article-text" data-testid="article-text">
      {pieces.map((p, i) => {
        if (p.factIds.length === 0) return p.text;
        let node: ReactNode = p.text;
        for (const id of [...p.factIds].reverse()) {
          const f = byId.get(id);
          node = (
            <mark key={id} id={`fact-${id}`} className={`fact-mark review-${f?.status ?? 'unreviewed'}`} data-review={f?.status} title={f ? `${f.regionName} · ${f.subject} · ${f.figure} · ${REVIEW_MARK[f.status]} ${status[f.status]}` : undefined}>
              {node}
            </mark>
          );
        }
        return <span key={i}>{node}</span>;
      })}
    </div>
  );
}
