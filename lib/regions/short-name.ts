/**
 * The short form by which papers name a division: 龙泉市 → 龙泉, 安吉县 → 安吉,
 * 景宁畲族自治县 → 景宁, 湖州市 → 湖州, 延边朝鲜族自治州 → 延边, 大兴安岭地区 → 大兴安岭,
 * 浦东新区 → 浦东, 广西壮族自治区 → 广西. A short form has at least two characters (城区 stays 城区, 清新区 is 清新);
 * banners (杭锦旗) and odd units keep their full name.
 */
/** Suffixes of a division's kind, longest first: 自治县 before 县, 新区 before 区. */
const SUFFIXES = ['特别行政区', '自治区', '自治县', '自治州', '地区', '特区', '新区', '省', '盟', '市', '县', '区'] as const;
/** The one forest district among the names ending in 林区 (万柏林区 is 万柏林 + 区). */
const SPECIAL: Readonly<Record<string, string>> = { 神农架林区: '神农架' };
// The peoples an autonomous unit is named for, with or without 族: 朝鲜族, 土家族苗族, 蒙古, 柯尔克孜.
const PEOPLES = /(?:(?:满|蒙古|回|朝鲜|达斡尔|鄂温克|鄂伦春|土家|苗|瑶|侗|壮|仫佬|毛南|黎|羌|彝|仡佬|布依|水|哈尼|傣|藏|景颇|傈僳|白|哈萨克|柯尔克孜|畲|维吾尔|各)族?)+$/;

export function shortName(name: string): string {
  const special = SPECIAL[name];
  if (special) return special;
  for (const suffix of SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    const stem = name.slice(0, -suffix.length);
    // 内蒙古自治区 is 内蒙古: a people's name is stripped only where a name is left.
    const plain = suffix.startsWith('自治') || stem.endsWith('族') ? stem.replace(PEOPLES, '') : stem;
    const short = plain.length >= 2 ? plain : stem;
    if (short.length >= 2) return short;
  }
  return name;
}
