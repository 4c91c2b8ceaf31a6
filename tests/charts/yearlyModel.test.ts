import { describe, expect, it } from 'vitest';
import { compactNumber, yearlyModel } from '../../src/charts/yearly/yearlyModel';

const years = [
  { year: 2022, breaches: 720, individuals: 57_000_000 },
  { year: 2023, breaches: 740, individuals: 168_000_000 },
  { year: 2024, breaches: 730, individuals: 280_000_000 },
  { year: 2025, breaches: 100, individuals: 1_000_000 },
];

describe('yearlyModel', () => {
  it('yearlyModel(years, options) makes the tallest bar the year with most individuals affected', () => {
    const m = yearlyModel(years, { measure: 'individuals', width: 400, height: 300, partialYear: 2025, callout: null });
    const tallest = [...m.bars].sort((a, b) => b.height - a.height)[0];
    expect(tallest?.year).toBe(2024);
    expect(m.bars.map((b) => b.partial)).toEqual([false, false, false, true]);
    expect(m.bars[3]?.label).toBe('2025 (partial year): 1,000,000 individuals affected');
  });

  it('yearlyModel(years, options) switches measure to breach counts', () => {
    const m = yearlyModel(years, { measure: 'breaches', width: 400, height: 300, partialYear: null, callout: null });
    const tallest = [...m.bars].sort((a, b) => b.height - a.height)[0];
    expect(tallest?.year).toBe(2023);
    expect(m.bars.every((b) => b.height >= 0 && b.x >= 0)).toBe(true);
  });

  it('yearlyModel(years, options) places the callout over its year with the name and count', () => {
    const m = yearlyModel(years, {
      measure: 'individuals',
      width: 400,
      height: 300,
      partialYear: null,
      callout: { year: 2024, name: 'Change Healthcare, Inc.', individuals: 192_700_000 },
    });
    const bar = m.bars.find((b) => b.year === 2024);
    expect(m.callout?.x).toBeCloseTo((bar?.x ?? 0) + (bar?.width ?? 0) / 2);
    expect(m.callout?.lines).toEqual(['Change Healthcare, Inc.', '192,700,000 individuals']);
  });

  it('compactNumber(n) writes axis labels like 190M and 2.5K', () => {
    expect([compactNumber(190_000_000), compactNumber(2_500), compactNumber(0), compactNumber(1_200_000_000)]).toEqual(['190M', '2.5K', '0', '1.2B']);
  });
});
