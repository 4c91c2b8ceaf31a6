import { describe, expect, it } from 'vitest';
import { countByCategory } from '../../src/data/views/countByCategory';
import { selectRows } from '../../src/data/views/filterTable';
import { rollupByYear } from '../../src/data/views/rollupByYear';
import { summarise } from '../../src/data/views/summarise';
import { syntheticBreaches } from '../../src/testing/syntheticBreaches';
import { breachId, breachIds, breachNames } from '../../src/data/table/breachText';

describe('syntheticBreaches', () => {
  const table = syntheticBreaches(20_000, 2024);
  const all = selectRows(table, []);

  it('syntheticBreaches(n, seed) is deterministic for a seed and differs between seeds', () => {
    const again = syntheticBreaches(500, 1);
    const same = syntheticBreaches(500, 1);
    const other = syntheticBreaches(500, 2);
    expect(Array.from(same.individuals)).toEqual(Array.from(again.individuals));
    expect(same.name).toEqual(again.name);
    expect(Array.from(other.individuals)).not.toEqual(Array.from(again.individuals));
  });

  it('syntheticBreaches(n, seed) names entities and ids plainly as synthetic, ids unique', () => {
    expect(table.length).toBe(20_000);
    expect(breachNames(table).every((name) => /^Synthetic entity \d+$/.test(name))).toBe(true);
    expect(new Set(breachIds(table)).size).toBe(20_000);
    expect(breachId(table, 0)).toBe('syn-1');
  });

  it('syntheticBreaches(n, seed) spreads submissions over 2009–2026, newest first, every year present', () => {
    expect(table.span).toMatchObject({ minYear: 2009, maxYear: 2026 });
    expect(rollupByYear(table, all).every((y) => y.breaches > 0)).toBe(true);
    for (let i = 1; i < table.length; i += 1)
      if (table.day[i]! > table.day[i - 1]!) throw new Error(`row ${i} out of order`);
  });

  it('syntheticBreaches(n, seed) draws heavy-tailed counts: median in the thousands, a long tail, no NaN', () => {
    const known = Array.from(table.individuals)
      .filter((_, i) => table.hasCount[i] === 1)
      .sort((a, b) => a - b);
    const median = known[Math.floor(known.length / 2)]!;
    expect(median).toBeGreaterThan(2_000);
    expect(median).toBeLessThan(8_000);
    expect(known.at(-1)!).toBeGreaterThan(1_000_000);
    expect(known.every((v) => Number.isInteger(v) && v >= 500)).toBe(true);
    const summary = summarise(table, all);
    expect(summary.unknownCounts).toBeGreaterThan(0);
    expect(summary.placeholders / table.length).toBeCloseTo(0.03, 1);
  });

  it('syntheticBreaches(n, seed) uses about 50 states plus empty, and multi-valued types in about 2 % of rows', () => {
    const states = countByCategory(table, all, 'state').filter((c) => c.breaches > 0);
    expect(states.length).toBeGreaterThanOrEqual(50);
    expect(states.some((s) => s.key === '')).toBe(true);
    let multi = 0;
    for (const mask of table.breachTypes.masks) if ((mask & (mask - 1)) !== 0) multi += 1;
    expect(multi / table.length).toBeGreaterThan(0.01);
    expect(multi / table.length).toBeLessThan(0.03);
    const types = countByCategory(table, all, 'breachType');
    expect(types[0]?.key).toBe('Hacking/IT Incident');
    expect(types.reduce((n, t) => n + t.breaches, 0)).toBe(table.length + multi);
  });
});
