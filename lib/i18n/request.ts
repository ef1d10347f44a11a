/**
 * The language and theme of the current request, for the root layout (which cannot read
 * searchParams): proxy.ts copies ?lang= and ?theme= into these request headers. Server only.
 */
import { headers } from 'next/headers';
import { LANG_HEADER, THEME_HEADER } from './headers';
import { parseLang, parseTheme, type Lang, type Theme } from '../view-state';

export async function requestLangTheme(): Promise<{ lang: Lang; theme: Theme }> {
  const h = await headers();
  return { lang: parseLang(h.get(LANG_HEADER)), theme: parseTheme(h.get(THEME_HEADER)) };
}
