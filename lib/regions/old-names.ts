/**
 * Names that papers still use for divisions that have since been renamed, merged or
 * re-coded, mapped to the current GB/T 2260 code. Each entry says what changed.
 */
export const OLD_NAMES: Readonly<Record<string, { code: string; note: string }>> = {
  下城区: { code: '330105', note: '杭州: merged into 拱墅区 in 2021' },
  江干区: { code: '330102', note: '杭州: merged into 上城区 in 2021 (its east part became 钱塘区)' },
  临安市: { code: '330112', note: '杭州: became 临安区 in 2017' },
  富阳市: { code: '330111', note: '杭州: became 富阳区 in 2015' },
  萧山市: { code: '330109', note: '杭州: became 萧山区 in 2001' },
  余杭市: { code: '330110', note: '杭州: became 余杭区 in 2001' },
  江东区: { code: '330212', note: '宁波: merged into 鄞州区 in 2016' },
  奉化市: { code: '330213', note: '宁波: became 奉化区 (new code 330213) in 2016' },
  鄞县: { code: '330212', note: '宁波: became 鄞州区 in 2002' },
  洞头县: { code: '330305', note: '温州: became 洞头区 in 2015' },
  秀城区: { code: '330402', note: '嘉兴: renamed 南湖区 in 2005' },
  绍兴县: { code: '330603', note: '绍兴: became 柯桥区 in 2013' },
  上虞市: { code: '330604', note: '绍兴: became 上虞区 in 2013' },
  金华县: { code: '330702', note: '金华: merged into 婺城区 in 2000' },
  衢县: { code: '330803', note: '衢州: became 衢江区 in 2001' },
  黄岩市: { code: '331003', note: '台州: became 黄岩区 in 1994' },
  玉环县: { code: '331083', note: '台州: became 玉环市 in 2017' },
  丽水县: { code: '331102', note: '丽水: became 莲都区 in 2000' },
};
