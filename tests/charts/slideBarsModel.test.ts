import { describe, expect, it } from 'vitest';
import { slideBarsModel } from '../../src/charts/slideBars/slideBarsModel';

const opts = { width: 1400, height: 600, fontSize: 26 };
const rows = [
  { key: 'a', label: 'Long bar', value: 30, text: '+30.0%' },
  { key: 'b', label: 'Short bar', value: 3, text: '+3.0%' },
];

describe('slideBarsModel', () => {
  it('puts a value just after its bar when no benchmark line is near', () => {
    const m = slideBarsModel(rows, opts);
    for (const b of m.bars) expect(b.textX).toBeCloseTo(b.x + b.barWidth + 26 * 0.4, 6);
  });

  it('moves a value that would sit across the benchmark line to the line’s right', () => {
    const m = slideBarsModel(rows, { ...opts, benchmark: { value: 4, label: 'All +4.0%' } });
    const line = m.benchmark!.x;
    const [long, short] = m.bars;
    expect(long!.textX).toBeCloseTo(long!.x + long!.barWidth + 26 * 0.4, 6);
    expect(short!.x + short!.barWidth).toBeLessThan(line);
    expect(short!.textX).toBeGreaterThan(line);
  });

  it('keeps every bar and value inside the frame', () => {
    const m = slideBarsModel(rows, { ...opts, benchmark: { value: 4, label: 'All +4.0%' } });
    for (const b of m.bars) {
      expect(b.x + b.barWidth).toBeLessThanOrEqual(opts.width);
      expect(b.textX + b.text.length * 26 * 0.62).toBeLessThanOrEqual(opts.width);
    }
  });
});
