import { geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'us-atlas/states-albers-10m.json';
import { stateByFips } from './stateCodes';
import type { StateShape } from './usAtlas';

/**
 * The us-atlas states topology is already projected (Albers USA, Alaska and Hawaii inset) into a
 * 975 × 610 box, so it is drawn with a null projection and scaled to the chart. It holds the 50
 * states and DC (FIPS 11) but not Puerto Rico or the other territories: those are drawn as tiles.
 */

type StatesTopology = Topology<{
  states: GeometryCollection<{ name: string }>;
  nation: GeometryCollection;
}>;

/**
 * The atlas's states (50 + DC) as path strings. Run at build time (scripts/stateShapes.ts): the
 * page gets the result as data (usAtlas.ts), not topojson and d3-geo work on its main thread.
 */
export function projectStates(): StateShape[] {
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
  return out;
}
