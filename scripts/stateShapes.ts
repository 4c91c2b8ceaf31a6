/**
 * `import shapes from 'virtual:state-shapes'`: the states' outlines as SVG path strings, projected
 * from us-atlas once at build time by the app's own code (src/charts/map/projectStates.ts), so the
 * page parses a JSON string instead of running topojson and d3-geo when the map first draws.
 */
import type { Plugin } from 'vite';
import { precomputed } from './precomputed.ts';

const ID = 'virtual:state-shapes';

export function stateShapes(): Plugin {
  let json: Promise<string> | null = null;
  return {
    name: 'state-shapes',
    resolveId: {
      filter: { id: /^virtual:state-shapes$/ },
      handler: (id) => (id === ID ? `\0${ID}` : null),
    },
    load: {
      filter: { id: /^\0virtual:state-shapes$/ },
      async handler(id) {
        if (id !== `\0${ID}`) return null;
        json ??= precomputed().then((p) => JSON.stringify(JSON.stringify(p.projectStates())));
        // JSON.parse of a string literal is faster to start than the same object literal.
        return `export default JSON.parse(${await json});`;
      },
    },
  };
}
