import { describe, expect, it } from 'vitest';
import { mapTypedArrays } from '../../../src/data/table/mapTypedArrays';
import { syntheticBreaches } from '../../../src/testing/syntheticBreaches';

describe('mapTypedArrays', () => {
  it('visits every typed column of a table once, by path, and keeps everything else', () => {
    const table = syntheticBreaches(20, 3);
    const paths: string[] = [];
    const mapped = mapTypedArrays(table, (a, path) => {
      paths.push(path);
      return a.length;
    });
    expect(paths).toContain('day');
    expect(paths).toContain('state.codes');
    expect(paths).toContain('id.rest.bytes');
    expect(new Set(paths).size).toBe(paths.length);
    expect((mapped as unknown as { day: number }).day).toBe(20);
    expect(mapped.state.keys).toBe(table.state.keys);
    expect(mapped.span).toEqual(table.span);
    expect(mapped.length).toBe(20);
  });
});
