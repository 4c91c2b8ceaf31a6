import { describe, expect, it } from 'vitest';
import {
  buildBreachTableFromColumns,
  type BreachColumns,
} from '../../../src/data/table/buildBreachTableFromColumns';

function columns(n: number): BreachColumns {
  return {
    id: Array.from({ length: n }, (_, i) => `x${i}`),
    name: Array.from({ length: n }, (_, i) => `Synthetic entity ${i}`),
    day: Int32Array.from({ length: n }, (_, i) => 19_000 + i * 40),
    individuals: new Float64Array(n).fill(700),
    hasCount: new Uint8Array(n).fill(1),
    state: { codes: new Uint16Array(n), keys: ['WI'] },
    entityType: { codes: new Uint8Array(n), keys: ['Health Plan'] },
    businessAssociate: { codes: new Uint8Array(n), keys: ['No'] },
    status: { codes: new Uint8Array(n), keys: ['open'] },
    breachTypes: { codes: new Uint32Array(n).fill(1), keys: ['Theft'] },
    locations: { codes: new Uint32Array(n).fill(1), keys: ['Laptop'] },
    placeholder: new Uint8Array(n),
    webDescription: new Uint8Array(n),
    firstSeen: new Uint16Array(n),
    lastSeen: new Uint16Array(n),
    seenIn: new Uint16Array(n),
  };
}

describe('buildBreachTableFromColumns', () => {
  it('buildBreachTableFromColumns(columns) adopts the arrays and derives year, month, labels and span', () => {
    const input = columns(3);
    const table = buildBreachTableFromColumns(input);
    expect(table.day).toBe(input.day);
    // 19000 = 2022-01-08, 19040 = 2022-02-17, 19080 = 2022-03-29
    expect(Array.from(table.year)).toEqual([2022, 2022, 2022]);
    expect(Array.from(table.month)).toEqual([2022 * 12, 2022 * 12 + 1, 2022 * 12 + 2]);
    expect(table.span).toMatchObject({
      minDay: 19_000,
      maxDay: 19_080,
      minYear: 2022,
      maxMonth: 2022 * 12 + 2,
    });
    expect(table.breachTypes.labels).toEqual(['Theft']);
  });

  it('buildBreachTableFromColumns(columns) throws on columns of different lengths or codes without a key', () => {
    expect(() => buildBreachTableFromColumns({ ...columns(3), id: ['a'] })).toThrow(RangeError);
    const badCode = columns(2);
    badCode.status.codes[1] = 1;
    expect(() => buildBreachTableFromColumns(badCode)).toThrow(/status\[1\]/);
    const badMask = columns(2);
    badMask.locations.codes[0] = 0b10;
    expect(() => buildBreachTableFromColumns(badMask)).toThrow(/locations\[0\]/);
  });

  it('buildBreachTableFromColumns(columns) refuses NaN counts and a count stored where it is unknown', () => {
    const nan = columns(2);
    nan.individuals[0] = Number.NaN;
    expect(() => buildBreachTableFromColumns(nan)).toThrow(/individuals\[0\]/);
    const unknown = columns(2);
    unknown.hasCount[1] = 0;
    expect(() => buildBreachTableFromColumns(unknown)).toThrow(/individuals\[1\]/);
  });
});
