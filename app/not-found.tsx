import Link from '@/components/common/PageLink';
import { connection } from 'next/server';
import { NOT_FOUND_TEXT } from '@/lib/i18n/not-found';

export default async function NotFound() {
  await connection(); // rendered per request, so its scripts carry the CSP nonce (proxy.ts)
  return (
    <div className="not-found">
      <h1>{NOT_FOUND_TEXT.title}</h1>
      <p>{NOT_FOUND_TEXT.body}</p>
      <p>
        <Link href="/">{NOT_FOUND_TEXT.home}</Link>
      </p>
    </div>
  );
}
