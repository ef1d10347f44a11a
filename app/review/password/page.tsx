import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import PasswordForm from '@/components/review/PasswordForm';
import { reviewText } from '@/lib/i18n/review-messages';
import { currentReviewer } from '@/lib/review/auth';
import { parseViewState, type SearchParams } from '@/lib/view-state';

import '../review.css';

export const metadata: Metadata = { title: 'Review · password', robots: { index: false } };

export default async function PasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await currentReviewer();
  if (!me) redirect('/review/sign-in?next=/review/password');
  const { lang } = parseViewState(await searchParams);
  const m = reviewText(lang).password;
  return (
    <section className="review-narrow">
      <h1>{m.title}</h1>
      <p>{me.mustChangePassword ? m.introOneTime(me.name) : m.intro(me.name)}</p>
      <PasswordForm lang={lang} oneTime={me.mustChangePassword} />
    </section>
  );
}
