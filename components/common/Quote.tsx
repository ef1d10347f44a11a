import type { Quote as QuoteParts } from '@/lib/data/region-view';

/** The source sentence with the figure highlighted (text nodes only: the sentence is data). */
export default function Quote({ quote }: { quote: QuoteParts }) {
  return (
    <q className="quote">
      {quote.before}
      {quote.figure && <mark className="quote-figure">{quote.figure}</mark>}
      {quote.after}
    </q>
  );
}
