import { describe, expect, it } from 'vitest';
import {
  GROWTH_BAR_HEIGHT,
  GROWTH_LINE_HEIGHT,
  growthModel,
  wrapLabel,
  type GrowthDatum,
} from '../../src/charts/growth/growthModel';

const DATA: GrowthDatum[] = [
  { key: 'isa', label: 'Information Security Analysts', value: 28.5, source: 's' },
  { key: 'dba', label: 'Database Administrators', value: -0.7, source: 's' },
  { key: 'mrs', label: 'Medical Records Specialists', value: 3.1, source: 's' },
];

describe('growthModel', () => {
  it('growthModel(data, {width, benchmark}) draws positive bars right of zero and negative ones left of it', () => {
    const m = growthModel(DATA, { width: 600, benchmark: 3.1 });
    const [isa, dba] = m.bars;
    expect(isa?.x).toBeCloseTo(m.zeroX, 6);
    expect(isa?.anchor).toBe('start');
    expect(dba?.x).toBeLessThan(m.zeroX);
    expect((dba?.x ?? 0) + (dba?.width ?? 0)).toBeCloseTo(m.zeroX, 6);
    expect(dba?.anchor).toBe('end');
    expect(dba?.textX).toBeLessThan(dba?.x ?? 0);
  });

  it('growthModel(data, {benchmark}) marks only bars strictly above the benchmark and places its line', () => {
    const m = growthModel(DATA, { width: 600, benchmark: 3.1 });
    expect(m.bars.map((b) => b.above)).toEqual([true, false, false]);
    expect(m.benchmarkX).not.toBeNull();
    expect(m.benchmarkX!).toBeGreaterThan(m.zeroX);
    expect(growthModel(DATA, { width: 600, benchmark: null }).bars.every((b) => !b.above)).toBe(
      true,
    );
  });

  it('growthModel(data, {width}) keeps bar widths proportional to the values and inside the inner width', () => {
    const m = growthModel(DATA, { width: 600, benchmark: null });
    const [isa, , mrs] = m.bars;
    expect((isa?.width ?? 0) / (mrs?.width ?? 1)).toBeCloseTo(28.5 / 3.1, 6);
    for (const b of m.bars) expect(b.x + b.width).toBeLessThanOrEqual(m.innerWidth + 1e-9);
    expect(m.ticks.map((t) => t.value)).toContain(0);
  });

  it('growthModel(data, {width: 320}) wraps long titles onto more lines and stacks rows without overlap', () => {
    const long: GrowthDatum[] = [
      {
        key: 'hit',
        label: 'Health Information Technologists and Medical Registrars',
        value: 14.7,
        source: 's',
      },
      { key: 'isa', label: 'Information Security Analysts', value: 28.5, source: 's' },
    ];
    const narrow = growthModel(long, { width: 320, benchmark: 3.1 });
    const [hit, isa] = narrow.bars;
    expect(hit?.lines.length).toBe(2);
    expect(hit?.lines.join(' ')).toBe('Health Information Technologists and Medical Registrars');
    expect(hit?.barY).toBe((hit?.rowY ?? 0) + 2 * GROWTH_LINE_HEIGHT + 2);
    expect(isa?.rowY).toBeGreaterThan((hit?.barY ?? 0) + GROWTH_BAR_HEIGHT);
    expect(growthModel(long, { width: 1200, benchmark: 3.1 }).bars[0]?.lines.length).toBe(1);
    expect(narrow.height).toBe(narrow.innerHeight + narrow.margin.top + narrow.margin.bottom);
  });

  it('growthModel([]) gives no bars and a zero-height plot', () => {
    const m = growthModel([], { width: 400, benchmark: null });
    expect(m.bars).toEqual([]);
    expect(m.innerHeight).toBe(0);
  });
});

describe('wrapLabel', () => {
  it('wrapLabel(text, max) breaks at spaces, keeps an over-long word whole and never returns nothing', () => {
    expect(wrapLabel('Computer and Information Systems Managers', 20)).toEqual([
      'Computer and',
      'Information Systems',
      'Managers',
    ]);
    expect(wrapLabel('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word']);
    expect(wrapLabel('', 10)).toEqual(['']);
  });
});
