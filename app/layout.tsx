import type { ReactNode } from 'react';
import SiteHeader from '@/components/common/SiteHeader';
import PrintCharts from '@/components/embed/PrintCharts';
import './globals.css';

export const metadata = {
  title: '浙江平安统计 · Zhejiang safety statistics',
  description: 'Public-safety figures from Zhejiang newspapers, on a map and timelines, each linked to its source sentence.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <SiteHeader />
        <main className="page">{children}</main>
        <footer className="site-footer">数据来自报纸版面自动抽取，请以原文为准。</footer>
        <PrintCharts />
      </body>
    </html>
  );
}
