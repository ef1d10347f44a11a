/**
 * The mapshaper command line that turns labelled county shapes into the map's TopoJSON.
 *
 * Steps: -clean resolves the source's overlaps and gaps between counties; -filter-slivers drops
 * the sliver fragments that leaves along borders (the source sits on a ~100 m grid); -dissolve by
 * code merges shapes of abolished districts into their successor; -dissolve by prefecture builds
 * outlines from the same arcs, so prefecture and county borders coincide; -simplify keeps a share
 * of the vertices for both layers at once; the last -clean rebuilds arcs from the kept vertices;
 * fix-geometry removes crossings introduced by quantisation.
 */
export interface MapshaperSettings {
  /** Share of vertices kept by Visvalingam simplification, in percent. */
  readonly keepPercent: number;
  /** TopoJSON quantisation (grid steps across the bounding box). */
  readonly quantization: number;
  /** Fragments narrower than this (metres) are removed before dissolving. */
  readonly sliverWidthMetres: number;
}

export const MAP_SETTINGS: MapshaperSettings = { keepPercent: 8, quantization: 10_000, sliverWidthMetres: 100 };

export const INPUT_NAME = 'counties.json';
export const OUTPUT_NAME = 'zhejiang.topo.json';

export function mapshaperCommands(settings: MapshaperSettings = MAP_SETTINGS): string {
  return [
    `-i ${INPUT_NAME} name=counties`,
    '-clean',
    `-filter-slivers gap-width=${settings.sliverWidthMetres}m`,
    '-clean',
    '-dissolve code copy-fields=name,prefectureCode',
    '-dissolve prefectureCode + name=prefectures',
    `-simplify ${settings.keepPercent}% keep-shapes`,
    '-clean target=counties,prefectures',
    `-o format=topojson quantization=${settings.quantization} fix-geometry target=counties,prefectures ${OUTPUT_NAME}`,
  ].join(' ');
}
