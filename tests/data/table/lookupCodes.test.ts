import { describe, expect, it } from 'vitest';
import { lookupCodes } from '../../../src/data/table/lookupCodes';
import { syntheticBreaches } from '../../../src/testing/syntheticBreaches';

describe('lookupCodes', () => {
  const table = syntheticBreaches(2_000, 8);

  it('lookupCodes(table, year | month) gives each row its offset from the first, with the span as size', () => {
    const year = lookupCodes(table, 'year')!;
    const month = lookupCodes(table, 'month')!;
    expect(year.size).toBe(table.span!.maxYear - table.span!.minYear + 1);
    for (let i = 0; i < table.length; i += 97) {
      expect(year.first + year.codes[i]!).toBe(table.year[i]);
      expect(month.first + month.codes[i]!).toBe(table.month[i]);
    }
  });

  it('lookupCodes(table, breachType | location) codes each distinct combination once', () => {
    for (const [field, column] of [
      ['breachType', table.breachTypes],
      ['location', table.locations],
    ] as const) {
      const coded = lookupCodes(table, field)!;
      expect(coded.size).toBe(new Set(column.masks).size);
      for (let i = 0; i < table.length; i += 1)
        expect(coded.masks![coded.codes[i]!]).toBe(column.masks[i]);
    }
  });

  it('lookupCodes(table, category) keeps the column codes, derived once per table', () => {
    const entity = lookupCodes(table, 'entityType')!;
    expect(Array.from(entity.codes)).toEqual(Array.from(table.entityType.codes));
    expect(entity.size).toBe(table.entityType.keys.length);
    expect(lookupCodes(table, 'entityType')).toBe(entity);
    expect(lookupCodes(table, 'state')!.codes).toBe(table.state.codes);
  });
});
