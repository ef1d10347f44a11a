import type { ReviewStatus } from '@/lib/schema';
import { REVIEW_MARK, reviewText } from '@/lib/i18n/review-messages';
import type { Lang } from '@/lib/view-state';
import './review-marks.css';

/** The small mark beside a figure: ✓ confirmed, ✎ corrected, + added, ○ unreviewed; its meaning as hover text and for screen readers. */
export default function ReviewMark({ status, lang }: { status: ReviewStatus; lang: Lang }) {
  const m = reviewText(lang);
  return (
    <span className={`review-mark review-${status}`} title={`${m.status[status]}${lang === 'zh' ? '：' : ': '}${m.statusHelp[status]}`} data-review={status}>
      <span aria-hidden="true">{REVIEW_MARK[status]}</span>
      <span className="visually-hidden">{m.status[status]}</span>
    </span>
  );
}
