import { describe, expect, it } from 'vitest';
import { categoryColumn } from '../../src/data/table/categoryColumn';
import { syntheticBreaches } from '../../src/testing/syntheticBreaches';
import { filterTexts } from '../../src/features/explorer/filterTexts';
import { clausesFromView } from '../../src/state/clausesFromView';
import { DIMENSIONS, EMPTY_FILTERS } from '../../src/state/dimensions';
import { parseUrlState, serializeUrlState } from '../../src/state/urlState';
import { DEFAULT_VIEW } from '../../src/state/viewState';

describe('the filter-dimension registry', () => {
  it('DIMENSIONS have unique keys, URL names and sources, and each names a column the table has', () => {
    const table = syntheticBreaches(50, 1);
    for (const field of ['key', 'param', 'source'] as const)
      expect(new Set(DIMENSIONS.map((d) => d[field])).size).toBe(DIMENSIONS.length);
    for (const d of DIMENSIONS)
      expect(categoryColumn(table, d.column).keys.length).toBeGreaterThan(0);
    expect(Object.keys(EMPTY_FILTERS)).toEqual(DIMENSIONS.map((d) => d.key));
  });

  it('each dimension drives the URL, its clause and its chip', () => {
    for (const d of DIMENSIONS) {
      const view = { ...DEFAULT_VIEW, filters: { ...EMPTY_FILTERS, [d.key]: ['', 'X1'] } };
      const query = serializeUrlState(view);
      expect(new URLSearchParams(query).get(d.param)).toBe('~,X1');
      expect(parseUrlState(query).filters).toEqual(view.filters);
      expect(clausesFromView(view, 10)).toEqual([
        { kind: 'in', source: d.source, field: d.column, values: ['', 'X1'] },
      ]);
      expect(filterTexts(view, [2010, 2020]).map((f) => f.text)[0]).toMatch(
        new RegExp(`^${d.label}: `),
      );
    }
  });
});
