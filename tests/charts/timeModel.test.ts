import { describe, expect, it } from 'vitest';
import { compactNumber, timeModel, type TimeModelOptions } from '../../src/charts/time/timeModel';

const buckets = [
  { key: 2022, tick: "'22", name: '2022', breaches: 720, individuals: 57_000_000 },
  { key: 2023, tick: "'23", name: '2023', breaches: 740, individuals: 168_000_000 },
  { key: 2024, tick: "'24", name: '2024', breaches: 730, individuals: 280_000_000 },
  { key: 2025, tick: "'25", name: '2025', breaches: 100, individuals: 0 },
];
const base: TimeModelOptions = {
  measure: 'individuals',
  scale: 'linear',
  width: 400,
  height: 300,
  partialKey: 2025,
  callout: null,
};

describe('timeModel', () => {
  it('timeModel(buckets, options) makes the tallest bar the bucket with most individuals and labels it as the record', () => {
    const m = timeModel(buckets, base);
    const tallest = [...m.bars].sort((a, b) => b.height - a.height)[0];
    expect(tallest?.key).toBe(2024);
    expect(m.bars.map((b) => b.record)).toEqual([false, false, true, false]);
    expect(m.record?.text).toBe('280M');
    expect(m.bars.map((b) => b.partial)).toEqual([false, false, false, true]);
    expect(m.bars[3]?.label).toBe('2025 (partial): 0 individuals affected');
  });

  it('timeModel(buckets, callout on the record bar) puts the record label beside the bar, clear of the callout', () => {
    const plain = timeModel(buckets, base);
    expect(plain.record?.anchor).toBe('middle');
    const m = timeModel(buckets, {
      ...base,
      callout: { key: 2024, name: 'Change Healthcare, Inc.', individuals: 192_700_000 },
    });
    const bar = m.bars.find((b) => b.key === 2024)!;
    expect(m.record?.text).toBe('280M');
    // 2024 is the third of four bars (not in the right quarter): the label goes to its right, level with its top.
    expect(m.record).toEqual({
      x: bar.x + bar.width + 4,
      y: bar.y + 14,
      text: '280M',
      anchor: 'start',
    });
    // On the last bar it goes to the left, so it stays inside the plot.
    const last = timeModel(buckets.slice(0, 3), {
      ...base,
      partialKey: null,
      callout: { key: 2024, name: 'Change Healthcare, Inc.', individuals: 192_700_000 },
    });
    const lastBar = last.bars.find((b) => b.key === 2024)!;
    expect(last.record).toEqual({
      x: lastBar.x - 4,
      y: lastBar.y + 14,
      text: '280M',
      anchor: 'end',
    });
    expect(m.callout?.barTop).toBe(bar.y - 3);
  });

  it('timeModel(buckets, options) switches measure to breach counts', () => {
    const m = timeModel(buckets, { ...base, measure: 'breaches' });
    expect([...m.bars].sort((a, b) => b.height - a.height)[0]?.key).toBe(2023);
    expect(m.bars.every((b) => b.height >= 0 && b.x >= 0)).toBe(true);
  });

  it('timeModel(buckets, log scale) draws no bar for zero and gridlines at powers of ten', () => {
    const m = timeModel(buckets, { ...base, scale: 'log' });
    expect(m.bars[3]?.height).toBe(0);
    expect(m.yTicks.map((t) => t.value).slice(0, 3)).toEqual([1, 10, 100]);
    // On a log axis 57M and 280M bars differ far less than 5×.
    const h = (k: number) => m.bars.find((b) => b.key === k)?.height ?? 0;
    expect(h(2024) / h(2022)).toBeLessThan(1.2);
  });

  it('timeModel(buckets, options) places the callout over its bar with the name and count', () => {
    const m = timeModel(buckets, {
      ...base,
      callout: { key: 2024, name: 'Change Healthcare, Inc.', individuals: 192_700_000 },
    });
    const bar = m.bars.find((b) => b.key === 2024);
    expect(m.callout?.x).toBeCloseTo((bar?.x ?? 0) + (bar?.width ?? 0) / 2);
    expect(m.callout?.lines).toEqual(['Change Healthcare, Inc.', '192,700,000 individuals']);
  });

  it('timeModel(buckets, options) caps bar width when there are few buckets', () => {
    const m = timeModel(buckets.slice(0, 1), { ...base, width: 1200 });
    expect(m.bars[0]?.width).toBe(90);
  });

  it('compactNumber(n) writes axis labels like 190M and 2.5K', () => {
    expect([
      compactNumber(190_000_000),
      compactNumber(2_500),
      compactNumber(0),
      compactNumber(1_200_000_000),
    ]).toEqual(['190M', '2.5K', '0', '1.2B']);
  });
});
