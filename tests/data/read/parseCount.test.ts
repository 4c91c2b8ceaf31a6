import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../src/data/read/parseCount';

describe('parseCount', () => {
  it('parseCount(raw) reads plain digits as an integer', () => {
    expect(parseCount('13055')).toEqual({ ok: true, value: 13055 });
    expect(parseCount(' 500 ')).toEqual({ ok: true, value: 500 });
    expect(parseCount('192700000')).toEqual({ ok: true, value: 192700000 });
  });

  it('parseCount(raw) keeps an empty count as null with an "empty" note', () => {
    expect(parseCount('')).toEqual({ ok: true, value: null, note: 'empty' });
    expect(parseCount('   ')).toEqual({ ok: true, value: null, note: 'empty' });
  });

  it('parseCount(raw) accepts well-formed thousands separators with a note', () => {
    expect(parseCount('1,234')).toEqual({ ok: true, value: 1234, note: 'thousands-separator' });
    expect(parseCount('100,000,000')).toEqual({
      ok: true,
      value: 100000000,
      note: 'thousands-separator',
    });
  });

  it('parseCount(raw) refuses decimals, negatives, text and misplaced separators', () => {
    expect(parseCount('12.5')).toEqual({ ok: false, reason: 'is not a whole number' });
    expect(parseCount('-40')).toEqual({ ok: false, reason: 'is negative' });
    expect(parseCount('about 500')).toEqual({ ok: false, reason: 'is not a number' });
    for (const raw of ['1,23', '12,3456', '1e6', 'NaN', 'Infinity', '0x10', '5OO'])
      expect(parseCount(raw).ok, raw).toBe(false);
    expect(parseCount('99999999999999999999')).toEqual({
      ok: false,
      reason: 'is more than the U.S. population (340,000,000)',
      impossible: true,
    });
  });

  it('parseCount(raw) never returns NaN or a non-integer for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (raw) => {
        const result = parseCount(raw);
        return !result.ok || result.value === null || Number.isSafeInteger(result.value);
      }),
      { numRuns: 500 },
    );
  });

  it("parseCount(raw) reads a float with a zero fraction (a processed copy's `4237.0`) as the whole number, and no other float", () => {
    expect(parseCount('4237.0')).toEqual({ ok: true, value: 4237 });
    expect(parseCount('192700000.00')).toEqual({ ok: true, value: 192_700_000 });
    expect(parseCount('4237.5')).toEqual({ ok: false, reason: 'is not a whole number' });
    expect(parseCount('4237.01')).toEqual({ ok: false, reason: 'is not a whole number' });
    expect(parseCount('.0').ok).toBe(false);
  });
});
