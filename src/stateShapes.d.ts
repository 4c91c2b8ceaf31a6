/** The atlas's state outlines, projected at build time (scripts/stateShapes.ts). */
declare module 'virtual:state-shapes' {
  const shapes: readonly import('./charts/map/usAtlas').StateShape[];
  export default shapes;
}
