'use client';

import { signOut } from './review-api';

export default function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" id="sign-out" onClick={() => void signOut().then(() => window.location.assign('/review/sign-in'))}>{label}</button>
  );
}
