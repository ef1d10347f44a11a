/**
 * Text widths estimated without a DOM, for laying out what ECharts draws (legend rows, picture
 * headers and footers) in pure option builders.
 */

/** Rough width of `text` in px at `fontSize`: CJK and full-width characters 1 em, others 0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

/** Lines `text` takes when wrapped to `width` px (at least 1). */
export function linesFor(text: string, width: number, fontSize: number): number {
  return Math.max(1, Math.ceil(estimateTextWidth(text, fontSize) / Math.max(1, width)));
}
