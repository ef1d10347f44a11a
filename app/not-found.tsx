import Link from 'next/link';

export default function NotFound() {
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
