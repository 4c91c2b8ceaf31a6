import { geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'us-atlas/states-albers-10m.json';
import { stateByFips } from './stateCodes';

/**
 * The us-atlas states topology is already projected (Albers USA, Alaska and Hawaii inset) into a
 * 975 × 610 box, so it is drawn with a null projection and scaled to the chart. It holds the 50
 * states and DC (FIPS 11) but not Puerto Rico or the other territories: those are drawn as tiles.
 */
export const ATLAS_WIDTH = 975;
export const ATLAS_HEIGHT = 610;

/** One state's outline in atlas coordinates (975 × 610). */
export interface StateShape {
  code: string;
  fips: string;
  name: string;
  /** SVG path data at atlas scale. */
  d: string;
  /** Area-weighted centroid, where a tooltip points. */
  cx: number;
  cy: number;
}

type StatesTopology = Topology<{
  states: GeometryCollection<{ name: string }>;
  nation: GeometryCollection;
}>;

let cached: readonly StateShape[] | null = null;

/** The atlas's states (50 + DC) as path strings, computed once. */
export function stateShapes(): readonly StateShape[] {
  if (cached) return cached;
  const topology = atlas as unknown as StatesTopology;
  const path = geoPath().digits(1);
  const out: StateShape[] = [];
  for (const f of feature(topology, topology.objects.states).features) {
    const entry = stateByFips(String(f.id ?? ''));
    if (!entry) continue;
    const d = path(f);
    if (!d) continue;
    const [cx, cy] = path.centroid(f);
    out.push({ code: entry.code, fips: entry.fips ?? '', name: entry.name, d, cx, cy });
  }
  cached = out;
  return out;
}
