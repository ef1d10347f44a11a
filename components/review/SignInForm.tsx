'use client';

import { useState, type FormEvent } from 'react';
import { reviewText } from '@/lib/i18n/review-messages';
import type { Lang } from '@/lib/view-state';
import { sendJson } from './post-json';

/** Name and password; on success the queue (or, after a one-time password, the password page). */
export default function SignInForm({ lang, next }: { lang: Lang; next: string }) {
  const m = reviewText(lang).signIn;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError('');
    const r = await sendJson<{ mustChangePassword: boolean }>('POST', '/api/review/session', { name: form.get('name'), password: form.get('password') });
    setBusy(false);
    if (r.ok) window.location.assign(r.data?.mustChangePassword ? '/review/password' : next);
    else if (r.status === 401) setError(r.error === 'wrong name or password' ? m.wrong : `${m.failed}${r.error}`);
    else if (r.status === 429) setError(m.tooMany(Math.max(1, Math.ceil(r.retryAfter / 60))));
    else setError(`${m.failed}${r.error}`);
  }

  return (
    <form className="review-form" onSubmit={submit} id="sign-in">
      <label>{m.name}<input name="name" autoComplete="username" required autoFocus maxLength={64} /></label>
      <label>{m.password}<input name="password" type="password" autoComplete="current-password" required maxLength={200} /></label>
      <button type="submit" disabled={busy}>{busy ? m.busy : m.submit}</button>
      <p role="alert" className="review-error">{error}</p>
    </form>
  );
}
