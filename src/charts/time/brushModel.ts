import { max, scaleBand, scaleLinear } from 'd3';
import type { TimeMeasure } from './timeModel';

export interface BrushYear {
  year: number;
  breaches: number;
  individuals: number;
}

export interface BrushModel {
  bars: { year: number; x: number; y: number; width: number; height: number; inRange: boolean }[];
  /** Pixel extent of the chosen years, for placing the brush; null = all years. */
  selection: [number, number] | null;
  labels: { year: number; x: number }[];
  height: number;
  width: number;
}

/** Mini bar chart of every year, with the chosen range highlighted. */
export function brushModel(
  years: readonly BrushYear[],
  o: { measure: TimeMeasure; width: number; height: number; from: number; to: number },
): BrushModel {
  const x = scaleBand<number>()
    .domain(years.map((d) => d.year))
    .range([0, o.width])
    .paddingInner(0.1);
  const labelSpace = 14;
  const y = scaleLinear()
    .domain([0, max(years, (d) => d[o.measure]) || 1])
    .range([o.height - labelSpace, 2]);
  const bars = years.map((d) => ({
    year: d.year,
    x: x(d.year) ?? 0,
    y: y(d[o.measure]),
    width: x.bandwidth(),
    height: o.height - labelSpace - y(d[o.measure]),
    inRange: d.year >= o.from && d.year <= o.to,
  }));
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  const all = o.from === first && o.to === last;
  const step = x.step();
  const selection: [number, number] | null =
    all || first === undefined
      ? null
      : [
          (x(o.from) ?? 0) - (step - x.bandwidth()) / 2,
          (x(o.to) ?? 0) + x.bandwidth() + (step - x.bandwidth()) / 2,
        ];
  const every = x.bandwidth() >= 24 ? 1 : x.bandwidth() >= 10 ? 2 : 4;
  const labels = years
    .filter((_, i) => i % every === 0 || i === years.length - 1)
    .map((d) => ({ year: d.year, x: (x(d.year) ?? 0) + x.bandwidth() / 2 }));
  return { bars, selection, labels, height: o.height, width: o.width };
}

/**
 * The years a brushed pixel extent covers: every year whose bar centre lies inside it. An extent
 * that covers no centre snaps to the nearest year, so a click-drag never selects nothing.
 */
export function yearsInSelection(
  model: BrushModel,
  extent: readonly [number, number],
): [number, number] | null {
  if (model.bars.length === 0) return null;
  const [a, b] = extent[0] <= extent[1] ? extent : [extent[1], extent[0]];
  const inside = model.bars.filter(
    (bar) => bar.x + bar.width / 2 >= a && bar.x + bar.width / 2 <= b,
  );
  if (inside.length > 0) return [inside[0]?.year ?? 0, inside.at(-1)?.year ?? 0];
  const mid = (a + b) / 2;
  const nearest = model.bars.reduce((best, bar) =>
    Math.abs(bar.x + bar.width / 2 - mid) < Math.abs(best.x + best.width / 2 - mid) ? bar : best,
  );
  return [nearest.year, nearest.year];
}
