import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDay } from '../../../src/data/dates/formatIsoDay';
import { parseIsoDay } from '../../../src/data/dates/parseIsoDay';

describe('formatIsoDay', () => {
  it('formatIsoDay(days) writes a zero-padded ISO date', () => {
    expect(formatIsoDay(0)).toBe('1970-01-01');
    expect(formatIsoDay(19_782)).toBe('2024-02-29');
  });

  it('formatIsoDay(days) is the inverse of parseIsoDay', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -25_000, max: 80_000 }),
        (days) => parseIsoDay(formatIsoDay(days)) === days,
      ),
      { numRuns: 1000 },
    );
  });
});
