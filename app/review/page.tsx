import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import OrphanList from '@/components/review/OrphanList';
import QueueFilters from '@/components/review/QueueFilters';
import ReviewWorkbench from '@/components/review/ReviewWorkbench';
import SignOutButton from '@/components/review/SignOutButton';
import { reviewText } from '@/lib/i18n/review-messages';
import { currentReviewer } from '@/lib/review/auth';
import { parseQueueFilters, reviewProgress, reviewQueue } from '@/lib/review/queue';
import { indicatorOptions, regionOptions } from '@/lib/review/review-options';
import { loadReviewState } from '@/lib/review/load-review';
import { parseViewState, type SearchParams } from '@/lib/view-state';

import './review.css';

export const metadata: Metadata = { title: 'Review', robots: { index: false } };

/** /review: the queue for signed-in reviewers (lowest confidence first, filtered), progress and orphans. */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const me = await currentReviewer();
  if (!me) redirect('/review/sign-in');
  if (me.mustChangePassword) redirect('/review/password');
  const { lang } = parseViewState(params);
  const m = reviewText(lang);
  const filters = parseQueueFilters((k) => params[k]);
  const state = loadReviewState();
  const papers = [...new Set(state.dataset.articles.map((a) => a.paper).filter(Boolean))].sort();
  const options = { regions: regionOptions(m.form.noRegion), indicators: indicatorOptions(lang) };
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString();
  return (
    <div className="review-page">
      <header className="rv-header">
        <h1>{m.page.title}</h1>
        <span id="review-signed-in">{m.page.signedInAs(me.name)}</span>
        <a href="/review/password">{m.page.changePassword}</a>
        <SignOutButton label={m.page.signOut} />
      </header>
      <QueueFilters filters={filters} m={m.page} status={m.status} regions={options.regions} indicators={options.indicators} papers={papers} lang={lang} />
      <ReviewWorkbench
        key={query}
        initial={reviewQueue(state, filters)}
        query={query}
        lang={lang}
        options={options}
        initialProgress={reviewProgress(state)}
      />
      <OrphanList orphans={state.result.orphans} m={m.page} />
    </div>
  );
}
