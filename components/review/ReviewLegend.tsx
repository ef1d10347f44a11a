import type { ReviewStatus } from '@/lib/schema';
import { REVIEW_STATUSES } from '@/lib/schema';
import { reviewText } from '@/lib/i18n/review-messages';
import type { Lang } from '@/lib/view-state';
import ReviewMark from './ReviewMark';

/** What the marks mean, and the switch between every figure and checked figures only (?reviewed=1). */
export default function ReviewLegend({ lang, reviewed, toggleHref }: { lang: Lang; reviewed: boolean; toggleHref?: string }) {
  const m = reviewText(lang);
  const shown: readonly ReviewStatus[] = reviewed ? REVIEW_STATUSES.filter((s) => s !== 'unreviewed') : REVIEW_STATUSES;
  return (
    <div className="review-legend" data-testid="review-legend">
      <span>{m.readers.legend}{reviewed ? `（${m.readers.onlyReviewedNote}）` : ''}:</span>
      <dl>
        {shown.map((s) => (
          <div key={s}><dt><ReviewMark status={s} lang={lang} /></dt><dd>{m.status[s]}</dd></div>
        ))}
      </dl>
      {toggleHref && <a href={toggleHref} data-testid="review-toggle">{reviewed ? m.readers.showAll : m.readers.showReviewed}</a>}
    </div>
  );
}
