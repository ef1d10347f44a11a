'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { t } from '@/lib/i18n';
import { searchRecord, type Lang, type Theme } from '@/lib/view-state';

/**
 * The current URL with one parameter changed (its default value removes it); a repeated parameter
 * keeps only its first value, the one every route reads (lib/view-state.ts searchRecord).
 */
export function swapParam(path: string, search: string, key: 'lang' | 'theme', value: string, dflt: string): string {
  const q = new URLSearchParams(searchRecord(new URLSearchParams(search)));
  if (value === dflt) q.delete(key);
  else q.set(key, value);
  const s = q.toString();
  return `${path}${s ? `?${s}` : ''}`;
}

/**
 * Language and theme switches: plain links (a full page load), because <html lang> and the
 * header are rendered by the root layout, which client-side navigation keeps as it was.
 */
export default function DisplayToggles({ lang, theme }: { lang: Lang; theme: Theme }) {
  const path = usePathname();
  const search = useSearchParams().toString();
  const m = t(lang);
  const otherLang: Lang = lang === 'zh' ? 'en' : 'zh';
  const otherTheme: Theme = theme === 'light' ? 'dark' : 'light';
  return (
    <nav className="display-toggles" aria-label={m.toggles.settings}>
      <a
        href={swapParam(path, search, 'lang', otherLang, 'zh')}
        lang={otherLang === 'zh' ? 'zh-CN' : 'en'}
        hrefLang={otherLang === 'zh' ? 'zh-CN' : 'en'}
        data-testid="lang-toggle"
      >
        {m.toggles.lang}
      </a>
      <a href={swapParam(path, search, 'theme', otherTheme, 'light')} data-testid="theme-toggle" aria-label={`${m.toggles.settings}: ${otherTheme === 'dark' ? m.toggles.dark : m.toggles.light}`}>
        {otherTheme === 'dark' ? `◐ ${m.toggles.dark}` : `◑ ${m.toggles.light}`}
      </a>
    </nav>
  );
}
