/**
 * The short form by which papers name a division: 龙泉市 → 龙泉, 安吉县 → 安吉,
 * 景宁畲族自治县 → 景宁, 湖州市 → 湖州. Names of two characters keep their suffix (a 2-char
 * name minus 县 would be one character, which is no name).
 */
const SUFFIX = /(?:畲族自治县|自治县|市|县|区)$/;

export function shortName(name: string): string {
  const m = SUFFIX.exec(name);
  if (!m) return name;
  const short = name.slice(0, m.index);
  return short.length >= 2 ? short : name;
}
