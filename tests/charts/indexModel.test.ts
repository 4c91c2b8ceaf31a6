import { describe, expect, it } from 'vitest';
import {
  formatIndex,
  indexModel,
  indexToBase,
  type IndexInput,
} from '../../src/charts/index/indexModel';

const YEARS: IndexInput[] = [
  { year: 2010, breaches: 200, individuals: 6_000_000 },
  { year: 2011, breaches: 0, individuals: 0 },
  { year: 2012, breaches: 400, individuals: 3_000_000 },
  { year: 2013, breaches: 50, individuals: 600_000_000 },
];

describe('indexToBase', () => {
  it('indexToBase(years, base) sets the base year to 100 for both measures and scales the rest by it', () => {
    const [breaches, individuals] = indexToBase(YEARS, 2010);
    expect(breaches?.measure).toBe('breaches');
    expect(breaches?.points.map((p) => p.index)).toEqual([100, 0, 200, 25]);
    expect(individuals?.points.map((p) => p.index)).toEqual([100, 0, 50, 10_000]);
    expect(breaches?.points.map((p) => p.raw)).toEqual([200, 0, 400, 50]);
  });

  it('indexToBase(years, base) gives no index (null, not NaN or Infinity) when the base total is 0 or the year is absent', () => {
    for (const base of [2011, 1999]) {
      for (const s of indexToBase(YEARS, base))
        expect(s.points.every((p) => p.index === null)).toBe(true);
    }
  });
});

describe('indexModel', () => {
  const series = indexToBase(YEARS, 2010);

  it('indexModel(series, {scale: linear}) puts index 100 on the base line and the base year on its x', () => {
    const m = indexModel(series, {
      width: 500,
      height: 300,
      scale: 'linear',
      baseYear: 2010,
      partialYear: null,
    });
    const base = m.lines[0]?.points[0];
    expect(base?.y).toBeCloseTo(m.baseY, 6);
    expect(base?.x).toBeCloseTo(m.baseX, 6);
    expect(m.yTicks[0]?.value).toBe(0);
    expect(m.years).toEqual([2010, 2011, 2012, 2013]);
  });

  it('indexModel(series, {scale: log}) breaks the line at an index of 0 and labels decades', () => {
    const m = indexModel(series, {
      width: 500,
      height: 300,
      scale: 'log',
      baseYear: 2010,
      partialYear: null,
    });
    const solid = m.lines[0]?.solid ?? '';
    // Two segments: 2010 alone, then 2012–2013 (2011 has index 0, which a log axis cannot place).
    expect(solid.match(/M/g)?.length).toBe(2);
    expect(m.yTicks.map((t) => t.label)).toEqual(
      expect.arrayContaining(['100', '1,000', '10,000']),
    );
  });

  it('indexModel(series, {partialYear}) draws the partial year only in the dashed tail', () => {
    const m = indexModel(series, {
      width: 500,
      height: 300,
      scale: 'linear',
      baseYear: 2010,
      partialYear: 2013,
    });
    const line = m.lines[1]!;
    expect(line.points.find((p) => p.year === 2013)?.partial).toBe(true);
    expect(line.dashed).not.toBe('');
    expect(line.solid.split(/[ML]/).filter(Boolean)).toHaveLength(3);
    expect(
      indexModel(series, {
        width: 500,
        height: 300,
        scale: 'linear',
        baseYear: 2010,
        partialYear: null,
      }).lines[1]?.dashed,
    ).toBe('');
  });

  it('indexModel(series, {width}) labels every year when there is room and fewer on a phone', () => {
    const wide = indexModel(series, {
      width: 900,
      height: 300,
      scale: 'linear',
      baseYear: 2010,
      partialYear: null,
    });
    expect(wide.xTicks.map((t) => t.year)).toEqual([2010, 2011, 2012, 2013]);
    const long = indexToBase(
      Array.from({ length: 17 }, (_, i) => ({
        year: 2010 + i,
        breaches: 100 + i,
        individuals: 1000 + i,
      })),
      2010,
    );
    const phone = indexModel(long, {
      width: 320,
      height: 240,
      scale: 'linear',
      baseYear: 2010,
      partialYear: null,
    });
    expect(phone.xTicks.length).toBeLessThanOrEqual(6);
    expect(phone.xTicks.at(-1)?.year).toBe(2026);
  });
});

describe('formatIndex', () => {
  it('formatIndex(value) writes whole numbers with separators and one decimal below 10', () => {
    expect(formatIndex(4_804.4)).toBe('4,804');
    expect(formatIndex(100)).toBe('100');
    expect(formatIndex(2.345)).toBe('2.3');
  });
});
