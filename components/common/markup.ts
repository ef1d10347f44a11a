/**
 * Markup as a string, every attribute value and text escaped (names, labels and figures are data).
 * For server-drawn parts with no behaviour of their own (the map's SVG, the region list): set as an
 * element's inner HTML, React neither sends them as an element tree in its payload nor hydrates or
 * reconciles them node by node; their links are plain `<a data-nav>` that LinkNavigator handles.
 */
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/** `<`, `>`, `&`, `"` and `'` as entities (as React writes them). */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export type Attrs = Readonly<Record<string, string | number | null | undefined>>;

/** `<tag a="v"…>children</tag>`; attributes that are null or undefined are left out. */
export function el(tag: string, attrs: Attrs, ...children: string[]): string {
  let open = `<${tag}`;
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) open += ` ${k}="${escapeMarkup(String(v))}"`;
  return `${open}>${children.join('')}</${tag}>`;
}

/** Text content, escaped. */
export const text = escapeMarkup;

/** PageLink as markup: an app link (`data-nav`) that LinkNavigator turns into a client-side navigation. */
export function navLink(href: string, attrs: Attrs, ...children: string[]): string {
  return el('a', { href, ...attrs, 'data-nav': '' }, ...children);
}
