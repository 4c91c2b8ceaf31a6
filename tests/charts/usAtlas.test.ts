import { describe, expect, it } from 'vitest';
import { projectStates } from '../../src/charts/map/projectStates';
import { stateShapes } from '../../src/charts/map/usAtlas';

describe('stateShapes', () => {
  it('are what projecting us-atlas gives (made at build time): the 50 states and DC', () => {
    const shapes = stateShapes();
    expect(shapes).toEqual(projectStates());
    expect(shapes).toHaveLength(51);
    expect(new Set(shapes.map((s) => s.code)).size).toBe(51);
    expect(shapes.find((s) => s.code === 'DC')?.d).toMatch(/^M/);
  });
});
