import Link from 'next/link';
import { connection } from 'next/server';

export default async function NotFound() {
  await connection(); // rendered per request, so its scripts carry the CSP nonce (proxy.ts)
  return (
    <div className="not-found">
      <h1>未找到</h1>
      <p>没有这个地区或这篇报道。</p>
      <p>
        <Link href="/">返回地图</Link>
      </p>
    </div>
  );
}
