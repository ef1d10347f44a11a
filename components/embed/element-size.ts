/** CSS size of a chart's box in whole px, or `fallback` when it is not laid out. Browser only. */
export function elementSize(el: Element | null | undefined, fallback = { width: 800, height: 600 }): { width: number; height: number } {
  const r = el?.getBoundingClientRect();
  return r && r.width >= 1 && r.height >= 1 ? { width: Math.round(r.width), height: Math.round(r.height) } : fallback;
}
