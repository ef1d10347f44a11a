import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import SignInForm from '@/components/review/SignInForm';
import { reviewText } from '@/lib/i18n/review-messages';
import { currentReviewer } from '@/lib/review/auth';
import { parseViewState, type SearchParams } from '@/lib/view-state';

import '../review.css';

export const metadata: Metadata = { title: 'Review · sign in', robots: { index: false } };

/** Only a path of the review pages: never a redirect to another site. */
function nextPath(v: string | string[] | undefined): string {
  const s = Array.isArray(v) ? v[0] : v;
  return s && /^\/review(?:[/?][^\\]*)?$/.test(s) && !s.startsWith('//') ? s : '/review';
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const me = await currentReviewer();
  if (me) redirect(me.mustChangePassword ? '/review/password' : nextPath(params.next));
  const { lang } = parseViewState(params);
  const m = reviewText(lang).signIn;
  return (
    <section className="review-narrow">
      <h1>{m.title}</h1>
      <SignInForm lang={lang} next={nextPath(params.next)} />
    </section>
  );
}
