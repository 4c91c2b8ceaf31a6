import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/testing/mulberry32';

describe('mulberry32', () => {
  it('mulberry32(seed) repeats its sequence for the same seed and differs for another', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });

  it('mulberry32(seed) yields numbers in [0, 1) with a mean near 1/2', () => {
    const next = mulberry32(123);
    let sum = 0;
    for (let i = 0; i < 10_000; i += 1) {
      const x = next();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });
});
