'use client';

import { useState, type FormEvent } from 'react';
import { reviewText } from '@/lib/i18n/review-messages';
import type { Lang } from '@/lib/view-state';
import { sendJson } from './post-json';

/** A new password, twice (and the current one, unless the reviewer came with a one-time password). */
export default function PasswordForm({ lang, oneTime }: { lang: Lang; oneTime: boolean }) {
  const m = reviewText(lang).password;
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    if (form.get('password') !== form.get('repeat')) {
      setError(m.mismatch);
      return;
    }
    setBusy(true);
    const r = await sendJson('POST', '/api/review/password', { password: form.get('password'), current: form.get('current') ?? undefined });
    setBusy(false);
    if (r.ok) window.location.assign('/review');
    else setError(`${m.failed}${r.error}`);
  }

  return (
    <form className="review-form" onSubmit={submit} id="set-password">
      {!oneTime && <label>{m.current}<input name="current" type="password" autoComplete="current-password" required /></label>}
      <label>{m.next}<input name="password" type="password" autoComplete="new-password" required minLength={12} maxLength={200} autoFocus /></label>
      <label>{m.repeat}<input name="repeat" type="password" autoComplete="new-password" required minLength={12} maxLength={200} /></label>
      <button type="submit" disabled={busy}>{m.submit}</button>
      <p role="alert" className="review-error">{error}</p>
    </form>
  );
}
