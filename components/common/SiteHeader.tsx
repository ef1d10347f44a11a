import { Suspense } from 'react';
import { t } from '@/lib/i18n';
import { langSearch, type Lang, type Theme } from '@/lib/view-state';
import DisplayToggles from './DisplayToggles';

export default function SiteHeader({ lang, theme }: { lang: Lang; theme: Theme }) {
  const m = t(lang);
  return (
    <header className="site-header">
      {/* A full load: the layout (html lang, this header) only renders on a full page load. */}
      <a href={`/${langSearch({ lang, theme })}`} className="site-title">{m.site.title}</a>
      <span className="site-sub">{m.site.sub}</span>
      <Suspense fallback={null}>
        <DisplayToggles lang={lang} theme={theme} />
      </Suspense>
    </header>
  );
}
