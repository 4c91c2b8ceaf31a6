import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { barsModel } from '../../src/charts/bars/barsModel';
import { BarsMarks } from '../../src/charts/bars/BarsMarks';
import { GrowthMarks } from '../../src/charts/growth/GrowthMarks';
import { growthModel } from '../../src/charts/growth/growthModel';
import { IndexMarks } from '../../src/charts/index/IndexMarks';
import { formatIndex, indexModel, indexToBase } from '../../src/charts/index/indexModel';
import { StateMapMarks } from '../../src/charts/map/StateMapMarks';
import { stateMapModel } from '../../src/charts/map/stateMapModel';
import { ATLAS_HEIGHT, ATLAS_WIDTH, stateShapes } from '../../src/charts/map/usAtlas';
import { SlideBarsMarks } from '../../src/charts/slideBars/SlideBarsMarks';
import { slideBarsModel } from '../../src/charts/slideBars/slideBarsModel';
import { TimeMarks } from '../../src/charts/time/TimeMarks';
import { timeModel, type TimeBucket } from '../../src/charts/time/timeModel';
import type { CategoryCount } from '../../src/data/views/countByCategory';

// Each chart's marks for one fixed, hand-written input (not HHS data), kept as an SVG file
// beside this test: a change to what a chart draws shows up as a diff to review, as Observable
// Plot's tests do. The files were looked at in a browser once when written; after an intended
// change, look again and update them with `npx vitest run -u tests/charts/marksSnapshots.test.tsx`.

const svg = (markup: string) => `${markup.replace(/></g, '>\n<')}\n`;
const file = (name: string, ext = 'svg') => `./__snapshots__/marks/${name}.${ext}`;

const buckets: TimeBucket[] = [2019, 2020, 2021, 2022, 2023].map((year, i) => ({
  key: year,
  tick: `'${String(year).slice(2)}`,
  name: String(year),
  breaches: [500, 650, 710, 700, 180][i]!,
  individuals: [40e6, 35e6, 60e6, 58e6, 9e6][i]!,
}));

const categories: CategoryCount[] = [
  {
    key: 'Hacking/IT Incident',
    label: 'Hacking/IT Incident',
    breaches: 60,
    individuals: 9e6,
    unknownCounts: 0,
  },
  { key: 'Theft', label: 'Theft', breaches: 25, individuals: 1.2e6, unknownCounts: 1 },
  { key: '', label: '(none)', breaches: 3, individuals: 4000, unknownCounts: 0 },
];

describe('chart marks, drawn for one fixed input', () => {
  it('time: five years, the last partial, linear scale', async () => {
    const model = timeModel(buckets, {
      measure: 'breaches',
      scale: 'linear',
      width: 640,
      height: 240,
      partialKey: 2023,
      callout: null,
    });
    const markup = renderToStaticMarkup(
      <TimeMarks
        model={model}
        width={640}
        height={240}
        unit="year"
        active={2021}
        title="Breaches per year"
      />,
    );
    await expect(svg(markup)).toMatchFileSnapshot(file('time'));
  });

  it('bars: three categories, one selected', async () => {
    const model = barsModel(categories, {
      measure: 'individuals',
      selected: ['Theft'],
      width: 300,
    });
    const markup = renderToStaticMarkup(
      <div className="bars">
        {model.bars.map((bar) => (
          <BarsMarks key={bar.key} bar={bar} />
        ))}
      </div>,
    );
    await expect(svg(markup)).toMatchFileSnapshot(file('bars', 'html'));
  });

  it('growth: three occupations against all occupations', async () => {
    const model = growthModel(
      [
        { key: 'a', label: 'Information security analysts', value: 30.5, source: 'synthetic' },
        {
          key: 'b',
          label: 'Medical and health services managers',
          value: 20.1,
          source: 'synthetic',
        },
        { key: 'c', label: 'Medical records specialists', value: -2.5, source: 'synthetic' },
      ],
      { width: 480, benchmark: 4 },
    );
    const markup = renderToStaticMarkup(
      <GrowthMarks
        model={model}
        width={480}
        title="Projected growth"
        source="synthetic"
        benchmarkLabel="All occupations"
        format={(v) => `${v}%`}
      />,
    );
    await expect(svg(markup)).toMatchFileSnapshot(file('growth'));
  });

  it('index: reports and individuals indexed to the first year, log scale, last year partial', async () => {
    const series = indexToBase(
      buckets.map((b) => ({ year: b.key, breaches: b.breaches, individuals: b.individuals })),
      2019,
    );
    const model = indexModel(series, {
      width: 600,
      height: 300,
      scale: 'log',
      baseYear: 2019,
      partialYear: 2023,
    });
    const markup = renderToStaticMarkup(
      <IndexMarks
        model={model}
        width={600}
        height={300}
        baseYear={2019}
        active={null}
        title="Indexed to 2019"
        source="synthetic"
        labelOf={(measure, year) => `${measure} ${year}`}
      />,
    );
    await expect(svg(markup)).toMatchFileSnapshot(file('index'));
    expect(formatIndex(100)).toBe('100');
  });

  it('map: four states with counts, one selected', async () => {
    const counts: CategoryCount[] = [
      { key: 'CA', label: 'CA', breaches: 90, individuals: 2e7, unknownCounts: 0 },
      { key: 'TX', label: 'TX', breaches: 70, individuals: 1e7, unknownCounts: 0 },
      { key: 'NY', label: 'NY', breaches: 50, individuals: 5e6, unknownCounts: 0 },
      { key: 'VT', label: 'VT', breaches: 2, individuals: 3000, unknownCounts: 0 },
    ];
    const model = stateMapModel(counts, {
      measure: 'breaches',
      selected: ['TX'],
      width: 600,
      atlasWidth: ATLAS_WIDTH,
      atlasHeight: ATLAS_HEIGHT,
      shapes: stateShapes(),
    });
    const markup = renderToStaticMarkup(
      <StateMapMarks
        model={model}
        hovered={null}
        focused={null}
        tabStop="CA"
        label="Breaches by state"
      />,
    );
    await expect(svg(markup)).toMatchFileSnapshot(file('map'));
  });

  it('slide bars: three rows and a benchmark line, sized for the slide frame', async () => {
    const model = slideBarsModel(
      [
        { key: 'a', label: 'Information security analysts', value: 30.5, text: '+30.5%' },
        {
          key: 'b',
          label: 'A very long occupation name that has to wrap onto a second line',
          value: 20,
          text: '+20.0%',
        },
        { key: 'c', label: 'Short', value: 3, text: '+3.0%' },
      ],
      {
        width: 1400,
        height: 600,
        fontSize: 26,
        benchmark: { value: 4, label: 'All occupations +4.0%' },
      },
    );
    const markup = renderToStaticMarkup(
      <SlideBarsMarks model={model} width={1400} height={600} title="Projected growth" />,
    );
    await expect(svg(markup)).toMatchFileSnapshot(file('slideBars'));
  });
});
