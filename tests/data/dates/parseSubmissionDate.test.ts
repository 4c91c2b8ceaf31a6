import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSubmissionDate } from '../../../src/data/dates/parseSubmissionDate';

describe('parseSubmissionDate', () => {
  it('parseSubmissionDate(raw) reads zero-padded and unpadded MM/DD/YYYY and ISO dates', () => {
    expect(parseSubmissionDate('04/26/2024')).toEqual({ ok: true, iso: '2024-04-26' });
    expect(parseSubmissionDate('4/6/2024')).toEqual({ ok: true, iso: '2024-04-06' });
    expect(parseSubmissionDate(' 2026-02-03 ')).toEqual({ ok: true, iso: '2026-02-03' });
    expect(parseSubmissionDate('02/29/2024')).toEqual({ ok: true, iso: '2024-02-29' });
  });

  it('parseSubmissionDate(raw) refuses impossible calendar days instead of rolling them over', () => {
    for (const raw of [
      '13/45/2020',
      '02/29/2023',
      '04/31/2024',
      '2020-02-30',
      '00/10/2020',
      '2024-13-01',
    ]) {
      expect(parseSubmissionDate(raw).ok, raw).toBe(false);
    }
  });

  it('parseSubmissionDate(raw) refuses years outside 1990–2100, empty text and other formats', () => {
    for (const raw of [
      '01/01/1989',
      '01/01/2101',
      '',
      '  ',
      '2024/04/26',
      '26.04.2024',
      '04/26/24',
      'April 26, 2024',
      '04/26/2024 10:00',
    ]) {
      expect(parseSubmissionDate(raw).ok, raw).toBe(false);
    }
    expect(parseSubmissionDate('')).toEqual({ ok: false, reason: 'is empty' });
  });

  it('parseSubmissionDate(raw) gives back the same day for every real date in both notations', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-');
          const us = parseSubmissionDate(`${m}/${day}/${y}`);
          const unpadded = parseSubmissionDate(`${Number(m)}/${Number(day)}/${y}`);
          const isoResult = parseSubmissionDate(iso);
          return (
            us.ok &&
            us.iso === iso &&
            unpadded.ok &&
            unpadded.iso === iso &&
            isoResult.ok &&
            isoResult.iso === iso
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
