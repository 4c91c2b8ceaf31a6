import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays } from '../../../src/data/dates/civilFromDays';

describe('civilFromDays', () => {
  it('civilFromDays(days, out) writes the UTC calendar date of a day number', () => {
    const out = new Int32Array(3);
    civilFromDays(0, out);
    expect(Array.from(out)).toEqual([1970, 1, 1]);
    civilFromDays(19_782, out);
    expect(Array.from(out)).toEqual([2024, 2, 29]);
    civilFromDays(-1, out);
    expect(Array.from(out)).toEqual([1969, 12, 31]);
  });

  it('civilFromDays(days, out) agrees with Date for any day from 1900 to 2200', () => {
    const out = new Int32Array(3);
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (days) => {
        civilFromDays(days, out);
        const d = new Date(days * 86_400_000);
        return (
          out[0] === d.getUTCFullYear() &&
          out[1] === d.getUTCMonth() + 1 &&
          out[2] === d.getUTCDate()
        );
      }),
      { numRuns: 1000 },
    );
  });
});
