import { describe, expect, it } from 'vitest';
import {
  asOfText,
  dataAge,
  formatShortDay,
  STALE_AFTER_DAYS,
  todayIso,
} from '../../../src/data/dates/dataAge';

describe('dataAge(asOf, today)', () => {
  it('dataAge says days, then months, then years, from the clock the caller passes', () => {
    expect(dataAge('2026-07-15', '2026-07-15')).toEqual({
      days: 0,
      label: 'from today',
      stale: false,
    });
    expect(dataAge('2026-07-15', '2026-07-16').label).toBe('1 day old');
    expect(dataAge('2026-07-15', '2026-08-14').label).toBe('30 days old');
    expect(dataAge('2026-07-15', '2026-11-27')).toEqual({
      days: 135,
      label: '4 months old',
      stale: true,
    });
    expect(dataAge('2026-07-15', '2027-07-15').label).toBe('1 year old');
    expect(dataAge('2024-07-15', '2026-11-27').label).toBe('2 years, 4 months old');
    expect(dataAge('2026-07-15', '2026-07-01').label).toMatch(/after today/);
  });

  it(`dataAge is stale only after ${STALE_AFTER_DAYS} days`, () => {
    expect(dataAge('2026-01-01', '2026-03-02')).toMatchObject({ days: 60, stale: false });
    expect(dataAge('2026-01-01', '2026-03-03')).toMatchObject({ days: 61, stale: true });
  });

  it('asOfText and formatShortDay write "data as of Jul 15, 2026 · 4 months old"', () => {
    expect(formatShortDay('2026-07-15')).toBe('Jul 15, 2026');
    expect(asOfText('2026-07-15', '2026-11-27')).toBe('data as of Jul 15, 2026 · 4 months old');
  });

  it("todayIso(now) is the viewer's own calendar day", () => {
    expect(todayIso(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
  });
});
