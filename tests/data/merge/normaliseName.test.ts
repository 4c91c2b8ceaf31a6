import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../../src/data/merge/normaliseName';

describe('normaliseName', () => {
  it('normaliseName(name) lower-cases and drops every non-alphanumeric, mojibake included', () => {
    expect(normaliseName('  MAK Anesthesia (“MAK”) ')).toBe('makanesthesiamak');
    expect(normaliseName('TIC International (â€™???TICâ€™???Â)')).toBe('ticinternationaltic');
    expect(normaliseName('')).toBe('');
  });
});
