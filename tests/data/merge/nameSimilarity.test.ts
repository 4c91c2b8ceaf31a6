import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameSimilarity } from '../../../src/data/merge/nameSimilarity';

describe('nameSimilarity', () => {
  it('nameSimilarity(a, b) is 2·matching characters over total length', () => {
    expect(nameSimilarity('abcd', 'abcd')).toBe(1);
    expect(nameSimilarity('abcd', 'wxyz')).toBe(0);
    // "abcd" vs "bcde": longest run "bcd" = 3 → 2·3/8
    expect(nameSimilarity('abcd', 'bcde')).toBeCloseTo(0.75, 10);
  });

  it('nameSimilarity(a, b) separates a rename from a different entity with a shared prefix', () => {
    expect(nameSimilarity('makanesthesiamak', 'makanesthesia')).toBeGreaterThanOrEqual(0.8);
    expect(nameSimilarity('petimagingofsugarland', 'petimagingofdallasnortheast')).toBeLessThan(
      0.75,
    );
  });

  it('nameSimilarity(a, b) is symmetric and within [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const s = nameSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(nameSimilarity(b, a)).toBeCloseTo(s, 10);
      }),
    );
  });
});
