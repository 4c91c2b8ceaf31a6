import { describe, expect, it } from 'vitest';
import {
  STATE_CODES,
  stateByCode,
  stateByFips,
  stateKeyName,
} from '../../src/charts/map/stateCodes';
import {
  colourDomain,
  legendTicks,
  regionLabel,
  selectStates,
  shortNumber,
  stateMapModel,
  type StateMapOptions,
} from '../../src/charts/map/stateMapModel';
import { ATLAS_HEIGHT, ATLAS_WIDTH, stateShapes } from '../../src/charts/map/usAtlas';
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

const counts: CategoryCount[] = [
  c('CA', 512, 12_345_678),
  c('NY', 300, 5_000_000),
  c('TX', 200, 40_000),
  c('', 7, 0, 2),
  c('PR', 3, 2_000),
  c('DC', 1, 500),
  c('VT', 0, 0),
];

const options = (o: Partial<StateMapOptions> = {}): StateMapOptions => ({
  measure: 'breaches',
  selected: [],
  width: 650,
  atlasWidth: ATLAS_WIDTH,
  atlasHeight: ATLAS_HEIGHT,
  shapes: stateShapes(),
  ...o,
});

describe('stateCodes', () => {
  it('STATE_CODES lists 50 states, DC and Puerto Rico with their FIPS codes', () => {
    expect(STATE_CODES.filter((s) => s.kind === 'state')).toHaveLength(50);
    expect(stateByCode('dc')).toEqual({
      code: 'DC',
      fips: '11',
      name: 'District of Columbia',
      kind: 'district',
    });
    expect(stateByFips(72)?.code).toBe('PR');
    expect(stateByFips('06')?.name).toBe('California');
    expect(new Set(STATE_CODES.map((s) => s.code)).size).toBe(STATE_CODES.length);
  });

  it("stateKeyName(key) names '' as no state and falls back for unknown codes", () => {
    expect([stateKeyName(''), stateKeyName('GU'), stateKeyName('ZZ', 'ZZ label')]).toEqual([
      'No state given',
      'Guam',
      'ZZ label',
    ]);
  });
});

describe('stateShapes', () => {
  it('stateShapes() holds the 50 states and DC but not Puerto Rico', () => {
    const shapes = stateShapes();
    expect(shapes).toHaveLength(51);
    expect(shapes.some((s) => s.code === 'DC')).toBe(true);
    expect(shapes.some((s) => s.code === 'PR')).toBe(false);
    const dc = shapes.find((s) => s.code === 'DC');
    expect(dc?.d.startsWith('M825.9,267L')).toBe(true);
    expect(
      shapes.every((s) => s.cx >= 0 && s.cx <= ATLAS_WIDTH && s.cy >= 0 && s.cy <= ATLAS_HEIGHT),
    ).toBe(true);
  });
});

describe('stateMapModel', () => {
  it('stateMapModel(counts, breaches) colours states darker as the value grows (log scale)', () => {
    const m = stateMapModel(counts, options());
    const fills = Object.fromEntries(
      m.states.filter((s) => s.value > 0).map((s) => [s.code, s.fill]),
    );
    expect(fills).toEqual({
      CA: 'rgb(9, 68, 136)',
      NY: 'rgb(14, 85, 156)',
      TX: 'rgb(21, 97, 168)',
      DC: 'rgb(207, 225, 242)',
    });
    // Darker blue = smaller green channel, in the order of the values.
    const byValue = m.states.filter((s) => s.value > 0).sort((a, b) => a.value - b.value);
    const green = byValue.map((s) => Number(/rgb\(\d+, (\d+)/.exec(s.fill ?? '')?.[1]));
    expect(green).toEqual([...green].sort((a, b) => b - a));
    expect(m.states.find((s) => s.code === 'VT')).toMatchObject({ value: 0, fill: null });
    expect(m.states.find((s) => s.code === 'AL')).toMatchObject({
      value: 0,
      fill: null,
      label: 'Alabama: 0 breaches, 0 individuals affected',
    });
  });

  it('stateMapModel(counts, individuals) measures individuals affected', () => {
    const m = stateMapModel(counts, options({ measure: 'individuals' }));
    expect(m.states.find((s) => s.code === 'TX')).toMatchObject({
      value: 40_000,
      fill: 'rgb(98, 167, 210)',
      ink: 'dark',
    });
    expect(m.states.find((s) => s.code === 'CA')).toMatchObject({
      value: 12_345_678,
      ink: 'light',
    });
    expect(m.legend.title).toBe('Individuals affected (log scale)');
    expect(m.legend.ticks.map((t) => t.label)).toEqual(['1K', '10K', '100K', '1M', '10M']);
    // No individuals behind the 7 no-state breaches: the tile is drawn as "none".
    expect(m.tiles.find((t) => t.key === '')).toMatchObject({ value: 0, fill: null });
    expect(m.legend.hasZero).toBe(true);
  });

  it('stateMapModel(counts) writes the label text a tooltip and screen reader use', () => {
    const m = stateMapModel(counts, options());
    expect(m.states.find((s) => s.code === 'CA')?.label).toBe(
      'California: 512 breaches, 12,345,678 individuals affected',
    );
    expect(m.states.find((s) => s.code === 'DC')?.label).toBe(
      'District of Columbia: 1 breach, 500 individuals affected',
    );
    expect(regionLabel('Ohio', 2, 1_000, 1)).toBe(
      'Ohio: 2 breaches, 1,000 individuals affected (1 with no count)',
    );
  });

  it('stateMapModel(counts) draws DC on the map and scales atlas coordinates to the width', () => {
    const m = stateMapModel(counts, options({ width: 650 }));
    expect(m.states).toHaveLength(51);
    expect(m.scale).toBeCloseTo(650 / 975, 12);
    expect(m.height).toBe(406.67);
    const dc = m.states.find((s) => s.code === 'DC');
    expect(dc?.cx).toBeCloseTo(551.88, 2);
    expect(dc?.cy).toBeCloseTo(178.19, 2);
    expect(m.states.slice(0, 4).map((s) => s.name)).toEqual([
      'Alabama',
      'Alaska',
      'Arizona',
      'Arkansas',
    ]);
    expect(m.states.findIndex((s) => s.code === 'DC')).toBe(
      m.states.findIndex((s) => s.code === 'DE') + 1,
    );
  });

  it('stateMapModel(counts) makes tiles for Puerto Rico and for breaches with no state, the latter last', () => {
    const m = stateMapModel([...counts, c('GU', 2, 900)], options());
    expect(m.tiles.map((t) => [t.key, t.name, t.short, t.value])).toEqual([
      ['GU', 'Guam', 'GU', 2],
      ['PR', 'Puerto Rico', 'PR', 3],
      ['', 'No state given', 'No state', 7],
    ]);
    expect(m.tiles[2]?.label).toBe(
      'No state given: 7 breaches, 0 individuals affected (2 with no count)',
    );
    expect(m.tiles[1]?.fill).toBe('rgb(173, 208, 230)');
  });

  it('stateMapModel(counts, selected) marks selected keys and dims the rest', () => {
    const m = stateMapModel(counts, options({ selected: ['NY', ''] }));
    expect(m.states.find((s) => s.code === 'NY')).toMatchObject({ selected: true, dimmed: false });
    expect(m.states.find((s) => s.code === 'CA')).toMatchObject({ selected: false, dimmed: true });
    expect(m.tiles.find((t) => t.key === '')).toMatchObject({ selected: true, dimmed: false });
    expect(m.tiles.find((t) => t.key === 'PR')).toMatchObject({ selected: false, dimmed: true });
    const none = stateMapModel(counts, options());
    expect(none.states.some((s) => s.dimmed || s.selected)).toBe(false);
  });

  it('selectStates(model, selected, filtered) presses by the click and dims by the applied filter', () => {
    const base = stateMapModel(counts, options());
    const pressed = selectStates(base, ['CA'], []);
    expect(pressed.states.filter((s) => s.selected || s.dimmed).map((s) => s.code)).toEqual(['CA']);
    // Unchanged regions keep their identity (memoised paths skip them).
    expect(pressed.states.find((s) => s.code === 'NY')).toBe(
      base.states.find((s) => s.code === 'NY'),
    );
    const second = selectStates(base, ['CA', 'NY'], ['NY']);
    expect(second.states.find((s) => s.code === 'CA')).toMatchObject({
      selected: true,
      dimmed: false,
    });
    expect(second.states.find((s) => s.code === 'TX')).toMatchObject({
      selected: false,
      dimmed: true,
    });
    expect(second.tiles.find((t) => t.key === 'PR')).toMatchObject({
      selected: false,
      dimmed: true,
    });
  });

  it('stateMapModel(counts) gives legend ticks on the 240 px ramp and the totals', () => {
    const m = stateMapModel(counts, options());
    expect(m.legend.ticks.map((t) => [t.label, Math.round(t.x)])).toEqual([
      ['1', 0],
      ['10', 80],
      ['100', 160],
      ['1K', 240],
    ]);
    expect(m.legend.swatches).toHaveLength(48);
    expect(m.legend.swatches[0]?.fill).toBe('rgb(205, 224, 241)');
    expect([m.totalBreaches, m.totalIndividuals]).toEqual([1023, 17_388_178]);
  });

  it('stateMapModel([]) has no colours, no tiles and no ticks', () => {
    const m = stateMapModel([], options());
    expect(m.states.every((s) => s.fill === null)).toBe(true);
    expect(m.tiles).toEqual([]);
    expect(m.legend.ticks).toEqual([]);
    expect(m.totalBreaches).toBe(0);
  });

  it('colourDomain(values) widens the non-zero range to 1-2-5 steps', () => {
    expect(colourDomain([0, 14, 741])).toEqual([10, 1000]);
    expect(colourDomain([500, 12_345_678])).toEqual([500, 20_000_000]);
    expect(colourDomain([100])).toEqual([10, 100]);
    expect(colourDomain([1])).toEqual([1, 10]);
    expect(colourDomain([0, 0])).toBeNull();
  });

  it('legendTicks(lo, hi) keeps 1-2-5 steps for short ranges and powers of ten for long ones', () => {
    expect(legendTicks(10, 1000)).toEqual([10, 20, 50, 100, 200, 500, 1000]);
    expect(legendTicks(20_000, 500_000_000)).toEqual([
      20_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 500_000_000,
    ]);
    expect(legendTicks(1, 500_000_000)).toEqual([1, 100, 10_000, 1_000_000, 100_000_000]);
  });

  it('shortNumber(n) writes tile and legend numbers like 12M and 2.5K', () => {
    expect([
      shortNumber(12_345_678),
      shortNumber(2_500),
      shortNumber(7),
      shortNumber(1_200_000_000),
    ]).toEqual(['12M', '2.5K', '7', '1.2B']);
  });

  it('selectStates(model, keys) marks states and tiles as stateMapModel does with those keys selected', () => {
    const plain = stateMapModel(counts, options());
    for (const keys of [['CA'], ['CA', 'PR', ''], []]) {
      const marked = selectStates(plain, keys);
      expect(marked).toEqual(stateMapModel(counts, options({ selected: keys })));
      // States whose marks did not change keep their identity (memoised paths skip them).
      const again = selectStates(marked, keys);
      expect(again.states.every((s, i) => s === marked.states[i])).toBe(true);
    }
  });
});
