import Link from 'next/link';

export default function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="site-title">浙江平安统计</Link>
      <span className="site-sub">报纸版面中的平安建设数据 · 每个数字都链接到原文</span>
    </header>
  );
}
