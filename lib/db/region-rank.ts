/**
 * The table's order by region is the order of the names readers see (zh-CN collation, as
 * localeCompare sorts them), which SQL does not know: the distinct (code, name) pairs of the facts
 * are ranked here once per database generation, into the in-memory table region_rank.
 */
import { DuckDBDataChunkWriter, type DuckDBConnection } from '@duckdb/node-api';
import { regionDisplay } from '../data/region-names';
import type { Lang } from '../view-state';
import { str } from './fact-rows';

/** Rank of each name in collation order; equal names share a rank. */
export function collationRanks(names: readonly string[]): number[] {
  const order = names.map((_, i) => i).sort((a, b) => names[a]!.localeCompare(names[b]!, 'zh-CN'));
  const ranks = new Array<number>(names.length);
  order.forEach((i, k) => {
    const prev = order[k - 1];
    ranks[i] = prev !== undefined && names[prev]!.localeCompare(names[i]!, 'zh-CN') === 0 ? ranks[prev]! : k;
  });
  return ranks;
}

export async function createRegionRank(c: DuckDBConnection): Promise<void> {
  const pairs = (await c.runAndReadAll(`SELECT DISTINCT region_code, region_name FROM facts_all`)).getRowObjectsJS()
    .map((r) => ({ code: str(r.region_code), name: str(r.region_name) }));
  const rank = (lang: Lang) => collationRanks(pairs.map((p) => regionDisplay(p.code, p.name, lang)));
  const zh = rank('zh');
  const en = rank('en');
  await c.run(`CREATE TABLE region_rank (region_code VARCHAR, region_name VARCHAR, rank_zh INTEGER, rank_en INTEGER)`);
  const appender = await c.createAppender('region_rank');
  const writer = DuckDBDataChunkWriter.forAppender(appender);
  pairs.forEach((p, i) => writer.appendRow([p.code, p.name, zh[i]!, en[i]!]));
  writer.flush();
  appender.closeSync();
}
