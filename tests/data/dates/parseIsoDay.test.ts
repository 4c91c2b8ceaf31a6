import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/data/dates/parseIsoDay';

describe('parseIsoDay', () => {
  it('parseIsoDay(text) gives days since 1970-01-01 UTC', () => {
    expect(parseIsoDay('1970-01-01')).toBe(0);
    expect(parseIsoDay('2024-02-29')).toBe(19_782);
    expect(parseIsoDay('1969-12-31')).toBe(-1);
  });

  it('parseIsoDay(text) returns null for anything but a real YYYY-MM-DD day', () => {
    for (const text of [
      '2023-02-29',
      '2024-13-01',
      '2024-04-31',
      '2024-00-10',
      '2024-1-5',
      '03/01/2024',
      '',
      ' 2024-01-01',
      '2024-01-01T00:00',
    ])
      expect(parseIsoDay(text), text).toBeNull();
  });

  it('parseIsoDay(text) agrees with Date.UTC on every valid date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          return parseIsoDay(iso) === Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
        },
      ),
      { numRuns: 1000 },
    );
  });
});
