import shapes from 'virtual:state-shapes';

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

/**
 * The atlas's states (50 + DC) as path strings: projected at build time by projectStates
 * (scripts/stateShapes.ts), so drawing the map costs the page no geometry work.
 */
export function stateShapes(): readonly StateShape[] {
  return shapes;
}
