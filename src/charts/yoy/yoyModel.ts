import { scaleBand, scaleLinear } from 'd3';
import type { YearChange } from '../../data/views/yearOverYear';
import { formatChange } from '../../data/views/yearOverYear';
import { compactNumber } from '../time/timeModel';

export type YoyMeasure = 'individuals' | 'breaches';

export interface YoyBar {
  year: number;
  delta: number;
  x: number;
  y: number;
  width: number;
  height: number;
  up: boolean;
  partial: boolean;
  /** What the tooltip and a screen reader say. */
  label: string;
}

export interface YoyModel {
  bars: YoyBar[];
  yTicks: { value: number; y: number; label: string }[];
  xLabels: { year: number; x: number; label: string }[];
  zeroY: number;
  margin: { top: number; right: number; bottom: number; left: number };
  innerWidth: number;
  innerHeight: number;
}

const MARGIN = { top: 12, right: 8, bottom: 28, left: 52 };

/** "+45M", "−1.2K": a signed compact tick. */
function signedCompact(n: number): string {
  return n === 0 ? '0' : `${n < 0 ? '−' : '+'}${compactNumber(Math.abs(n))}`;
}

/**
 * Pure layout of year-over-year change: one bar per year from zero up (a rise) or down (a fall),
 * for the years that have a year before them. The partial year is marked.
 */
export function yoyModel(
  changes: readonly YearChange[],
  o: { measure: YoyMeasure; width: number; height: number },
): YoyModel {
  const rows = changes.filter((c) =>
    o.measure === 'breaches' ? c.breachesChange : c.individualsChange,
  );
  const innerWidth = Math.max(0, o.width - MARGIN.left - MARGIN.right);
  const innerHeight = Math.max(0, o.height - MARGIN.top - MARGIN.bottom);
  const deltas = rows.map(
    (c) => (o.measure === 'breaches' ? c.breachesChange : c.individualsChange)!.delta,
  );
  const lo = Math.min(0, ...deltas);
  const hi = Math.max(0, ...deltas);
  const y = scaleLinear()
    .domain(lo === hi ? [-1, 1] : [lo, hi])
    .range([innerHeight, 0])
    .nice(5);
  const x = scaleBand<number>()
    .domain(rows.map((c) => c.year))
    .range([0, innerWidth])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const zeroY = y(0);
  const noun = o.measure === 'breaches' ? 'breach reports' : 'individuals affected';
  const bars = rows.map((c): YoyBar => {
    const change = (o.measure === 'breaches' ? c.breachesChange : c.individualsChange)!;
    const top = y(Math.max(0, change.delta));
    const bottom = y(Math.min(0, change.delta));
    return {
      year: c.year,
      delta: change.delta,
      x: x(c.year) ?? 0,
      y: top,
      width: x.bandwidth(),
      height: Math.max(change.delta === 0 ? 1 : 0, bottom - top),
      up: change.delta >= 0,
      partial: c.partial,
      label: `${c.year}: ${formatChange(change)} ${noun} from ${c.year - 1}${c.partial ? ' (partial year: compares part of a year with a whole one)' : ''}`,
    };
  });
  const every = x.bandwidth() >= 26 ? 1 : x.bandwidth() >= 12 ? 2 : 4;
  return {
    bars,
    yTicks: y.ticks(5).map((v) => ({ value: v, y: y(v), label: signedCompact(v) })),
    xLabels: rows
      .filter((_, i) => i % every === 0 || i === rows.length - 1)
      .map((c) => ({
        year: c.year,
        x: (x(c.year) ?? 0) + x.bandwidth() / 2,
        label: `'${String(c.year).slice(2)}`,
      })),
    zeroY,
    margin: MARGIN,
    innerWidth,
    innerHeight,
  };
}
