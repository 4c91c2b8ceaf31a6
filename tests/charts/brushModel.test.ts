import { describe, expect, it } from 'vitest';
import { brushModel, yearsInSelection } from '../../src/charts/time/brushModel';

const years = [2019, 2020, 2021, 2022].map((year, i) => ({
  year,
  breaches: 10 * (i + 1),
  individuals: 100 * (i + 1),
}));

describe('brushModel', () => {
  it('brushModel(years, range) highlights the chosen years and places the brush around them', () => {
    const m = brushModel(years, {
      measure: 'breaches',
      width: 400,
      height: 56,
      from: 2020,
      to: 2021,
    });
    expect(m.bars.map((b) => b.inRange)).toEqual([false, true, true, false]);
    const [a, b] = m.selection ?? [0, 0];
    const bar2020 = m.bars[1];
    const bar2021 = m.bars[2];
    expect(a).toBeLessThanOrEqual(bar2020?.x ?? 0);
    expect(b).toBeGreaterThanOrEqual((bar2021?.x ?? 0) + (bar2021?.width ?? 0));
  });

  it('brushModel(years, all years) leaves the brush empty', () => {
    expect(
      brushModel(years, { measure: 'breaches', width: 400, height: 56, from: 2019, to: 2022 })
        .selection,
    ).toBeNull();
  });

  it('yearsInSelection(model, extent) returns the years whose bar centres are inside, or the nearest one', () => {
    const m = brushModel(years, {
      measure: 'breaches',
      width: 400,
      height: 56,
      from: 2019,
      to: 2022,
    });
    expect(yearsInSelection(m, [0, 210])).toEqual([2019, 2020]);
    expect(yearsInSelection(m, [390, 100])).toEqual([2020, 2022]);
    expect(yearsInSelection(m, [101, 102])).toEqual([2020, 2020]);
  });
});
