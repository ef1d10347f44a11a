import type { ReactNode } from 'react';

export const metadata = {
  title: '浙江平安统计 · Zhejiang safety statistics',
  description: 'Public-safety figures from Zhejiang newspapers, on a map and timelines, each linked to its source sentence.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
