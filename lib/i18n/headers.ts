/** Request headers proxy.ts sets from ?lang= and ?theme= for the root layout. */
export const LANG_HEADER = 'x-zj-lang';
export const THEME_HEADER = 'x-zj-theme';
