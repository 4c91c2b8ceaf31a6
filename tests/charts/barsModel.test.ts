import { describe, expect, it } from 'vitest';
import { barsModel, barTitle, widestValueChars } from '../../src/charts/bars/barsModel';
import type { CategoryCount } from '../../src/data/views/countByCategory';

const c = (
  key: string,
  breaches: number,
  individuals: number,
  unknownCounts = 0,
): CategoryCount => ({
  key,
  label: key === '' ? '(none)' : key,
  breaches,
  individuals,
  unknownCounts,
});

// In countByCategory's order (breaches desc), which is not the individuals order.
const types = [
  c('Unauthorized Access/Disclosure', 40, 2_000),
  c('Hacking/IT Incident', 30, 8_000, 2),
  c('Theft', 10, 4_000),
  c('', 2, 0, 2),
  c('Loss', 0, 0),
];

describe('barsModel', () => {
  it('barsModel(categories, individuals) sorts by individuals desc and scales the longest bar to the width', () => {
    const m = barsModel(types, { measure: 'individuals', selected: [], width: 200 });
    expect(m.bars.map((b) => b.key)).toEqual([
      'Hacking/IT Incident',
      'Theft',
      'Unauthorized Access/Disclosure',
      '',
      'Loss',
    ]);
    expect(m.bars.map((b) => b.length)).toEqual([200, 100, 50, 0, 0]);
    expect(m.bars.map((b) => b.valueText)).toEqual(['8,000', '4,000', '2,000', '0', '0']);
    expect(m.width).toBe(200);
  });

  it('barsModel(categories, breaches) sorts by breach count desc and formats values en-US', () => {
    const m = barsModel([c('A', 5, 1), c('B', 1_250, 0)], {
      measure: 'breaches',
      selected: [],
      width: 100,
    });
    expect(m.bars.map((b) => [b.key, b.value, b.valueText, b.length])).toEqual([
      ['B', 1_250, '1,250', 100],
      ['A', 5, '5', 0.4],
    ]);
  });

  it('barsModel(categories) keeps zero-breach categories listed at the bottom, even below a bar of 0 individuals', () => {
    const m = barsModel([c('Zero', 0, 0), c('Unknown only', 3, 0, 3), c('Some', 1, 10)], {
      measure: 'individuals',
      selected: [],
      width: 100,
    });
    expect(m.bars.map((b) => b.key)).toEqual(['Some', 'Unknown only', 'Zero']);
  });

  it("barsModel(categories) labels the '' key (none) whatever label it came with", () => {
    const m = barsModel([{ key: '', label: '', breaches: 1, individuals: 5, unknownCounts: 0 }], {
      measure: 'breaches',
      selected: [],
      width: 10,
    });
    expect(m.bars[0]?.label).toBe('(none)');
    expect(m.bars[0]?.title).toBe('(none): 1 breach, 5 individuals affected');
  });

  it('barsModel(categories, selected) marks the selected bars and dims the rest', () => {
    const m = barsModel(types, { measure: 'breaches', selected: ['Theft', ''], width: 100 });
    expect(m.bars.map((b) => [b.key, b.selected, b.dimmed])).toEqual([
      ['Unauthorized Access/Disclosure', false, true],
      ['Hacking/IT Incident', false, true],
      ['Theft', true, false],
      ['', true, false],
      ['Loss', false, true],
    ]);
  });

  it('barsModel(selected ahead of the filter) presses the new bar and dims by the applied filter', () => {
    // A click pressed Theft; the filter still holds only Loss.
    const first = barsModel(types, {
      measure: 'breaches',
      selected: ['Theft'],
      filtered: [],
      width: 100,
    });
    expect(first.bars.filter((b) => b.dimmed || b.selected).map((b) => b.key)).toEqual(['Theft']);
    const second = barsModel(types, {
      measure: 'breaches',
      selected: ['Loss', 'Theft'],
      filtered: ['Loss'],
      width: 100,
    });
    expect(second.bars.map((b) => [b.key, b.selected, b.dimmed])).toEqual([
      ['Unauthorized Access/Disclosure', false, true],
      ['Hacking/IT Incident', false, true],
      ['Theft', true, false],
      ['', false, true],
      ['Loss', true, false],
    ]);
    // Un-pressing a bar of the filter: neither pressed nor dimmed until the filter follows.
    const off = barsModel(types, {
      measure: 'breaches',
      selected: [],
      filtered: ['Loss'],
      width: 100,
    });
    expect(off.bars.find((b) => b.key === 'Loss')).toMatchObject({
      selected: false,
      dimmed: false,
    });
  });

  it('barsModel(categories, no selection) dims nothing', () => {
    const m = barsModel(types, { measure: 'breaches', selected: [], width: 100 });
    expect(m.bars.some((b) => b.dimmed || b.selected)).toBe(false);
  });

  it('barsModel(all zero) gives bars of length 0, never NaN', () => {
    const m = barsModel([c('A', 0, 0), c('B', 0, 0)], {
      measure: 'individuals',
      selected: [],
      width: 120,
    });
    expect(m.bars.map((b) => b.length)).toEqual([0, 0]);
    expect(m.bars.map((b) => b.key)).toEqual(['A', 'B']);
  });

  it('barsModel(categories, negative width) clamps the width to 0', () => {
    const m = barsModel(types, { measure: 'breaches', selected: [], width: -5 });
    expect(m.width).toBe(0);
    expect(m.bars.every((b) => b.length === 0)).toBe(true);
  });

  it('barsModel(categories) gives each bar its fraction of the longest and the exact figures as its title', () => {
    const m = barsModel(types, { measure: 'individuals', selected: [], width: 100 });
    const top = m.bars[0]?.value ?? 0;
    expect(m.bars.map((b) => b.fraction)).toEqual(m.bars.map((b) => b.value / top));
    expect(m.bars.map((b) => b.fraction * m.width)).toEqual(m.bars.map((b) => b.length));
    expect(m.bars[0]?.fraction).toBe(1);
    expect(m.bars[0]?.title).toBe(
      'Hacking/IT Incident: 30 breaches, 8,000 individuals affected (2 reports give no count)',
    );
  });

  it('barTitle(label, counts) uses the singular for one breach, one individual and one unknown count', () => {
    expect(barTitle('Theft', { breaches: 1, individuals: 1, unknownCounts: 1 })).toBe(
      'Theft: 1 breach, 1 individual affected (1 report gives no count)',
    );
  });

  it('barsModel(categories) ties on the measure break by the other measure, then by label', () => {
    const m = barsModel([c('b', 2, 10), c('a', 2, 10), c('c', 3, 10)], {
      measure: 'individuals',
      selected: [],
      width: 10,
    });
    expect(m.bars.map((b) => b.key)).toEqual(['c', 'a', 'b']);
  });

  it('widestValueChars(bound) counts the characters of the bound as a bar prints it', () => {
    expect(widestValueChars(1_038_763_568)).toBe('1,038,763,568'.length);
    expect(widestValueChars(7810)).toBe(5);
    expect(widestValueChars(999)).toBe(3);
    expect(widestValueChars(0)).toBe(1);
    // Every value a bar of the same measure can print is at most that long.
    const m = barsModel([c('a', 7, 123_456), c('b', 2, 9)], {
      measure: 'individuals',
      selected: [],
    });
    for (const b of m.bars)
      expect(b.valueText.length).toBeLessThanOrEqual(widestValueChars(123_465));
  });
});
