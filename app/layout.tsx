import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import SiteFooter from '@/components/common/SiteFooter';
import LinkNavigator from '@/components/common/LinkNavigator';
import SiteHeader from '@/components/common/SiteHeader';
import PrintCharts from '@/components/embed/PrintCharts';
import { t } from '@/lib/i18n';
import { requestLangTheme } from '@/lib/i18n/request';
import { siteText } from '@/lib/i18n/site-messages';
import './globals.css';
import './frame.css';

export async function generateMetadata(): Promise<Metadata> {
  const { lang } = await requestLangTheme();
  return {
    title: t(lang).site.docTitle,
    description: lang === 'en'
      ? 'Public-safety figures from Zhejiang newspapers, on a map and timelines, each linked to its source sentence.'
      : '浙江报纸中的平安建设统计，地图与时间线呈现，每个数字都链接到原文。',
    // A public file, not app/icon.svg: Next serves that one with its internal x-nextjs-cache header.
    icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
  };
}

/** <html lang> and the theme come from ?lang= / ?theme=, passed on by proxy.ts as request headers. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const { lang, theme } = await requestLangTheme();
  const m = t(lang);
  return (
    <html lang={m.htmlLang} data-theme={theme}>
      <body>
        <a className="skip-link" href="#main" data-testid="skip-link">{siteText(lang).skip}</a>
        <SiteHeader lang={lang} theme={theme} />
        <main className="page" id="main" tabIndex={-1}>{children}</main>
        <SiteFooter lang={lang} theme={theme} />
        <PrintCharts />
        <LinkNavigator />
      </body>
    </html>
  );
}
