/**
 * The server's map shapes: public/geo/zhejiang.topo.json read once per process, each (view, level)
 * projected once (lib/charts/map-shapes.ts) and kept: a request only picks the fills.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ZhejiangTopology } from '../charts/geo';
import { projectShapes, type MapShapes } from '../charts/map-shapes';

export const TOPOLOGY_FILE = path.join('public', 'geo', 'zhejiang.topo.json');

let topology: ZhejiangTopology | null = null;
const cache = new Map<string, MapShapes>();

function readTopology(): ZhejiangTopology {
  // Resolved at request time from the app's folder; not a build-time file dependency.
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), TOPOLOGY_FILE);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as ZhejiangTopology;
  } catch (e) {
    throw new Error(`${file}: cannot read the map shapes (npm run build:map rebuilds them): ${e instanceof Error ? e.message : String(e)}`);
  }
}

const keyOf = (within: string, level: 'prefecture' | 'county') => `${within}|${within.slice(2) === '0000' ? level : 'county'}`;

/** Whether the shapes of (`within`, `level`) are projected already (the warm pass's test). */
export const shapesKept = (within: string, level: 'prefecture' | 'county'): boolean => cache.has(keyOf(within, level));

/** The shapes of the map of `within` (the province or a prefecture) coloured at `level`. */
export function mapShapes(within: string, level: 'prefecture' | 'county'): MapShapes {
  const key = keyOf(within, level);
  let shapes = cache.get(key);
  if (!shapes) {
    topology ??= readTopology();
    shapes = projectShapes(topology, within, level);
    cache.set(key, shapes);
  }
  return shapes;
}
