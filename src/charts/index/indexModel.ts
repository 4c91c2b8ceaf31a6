import { line, scaleLinear, scaleLog } from 'd3';

export type IndexMeasure = 'breaches' | 'individuals';

/** Totals of one year, as rollupByYear gives them. */
export interface IndexInput {
  year: number;
  breaches: number;
  individuals: number;
}

export interface IndexPoint {
  year: number;
  /** The year's total. */
  raw: number;
  /** raw ÷ base-year total × 100; null when the base year's total is 0 (no index exists). */
  index: number | null;
}

export interface IndexSeries {
  measure: IndexMeasure;
  points: IndexPoint[];
}

/**
 * Both breach series indexed to one base year (= 100), so a rise in reports and a rise in people
 * affected can be read on one axis. Pure arithmetic on the given totals; nothing is smoothed.
 */
export function indexToBase(years: readonly IndexInput[], baseYear: number): IndexSeries[] {
  const base = years.find((y) => y.year === baseYear);
  return (['breaches', 'individuals'] as const).map((measure) => {
    const b = base?.[measure] ?? 0;
    return {
      measure,
      points: years.map((y) => ({
        year: y.year,
        raw: y[measure],
        index: b > 0 ? (y[measure] / b) * 100 : null,
      })),
    };
  });
}

export interface IndexModelOptions {
  width: number;
  height: number;
  scale: 'linear' | 'log';
  baseYear: number;
  /** The as-of year, whose totals are incomplete: drawn dashed. */
  partialYear: number | null;
}

export interface PlacedPoint extends IndexPoint {
  x: number;
  y: number;
  partial: boolean;
}

export interface PlacedLine {
  measure: IndexMeasure;
  /** Path through the complete years. */
  solid: string;
  /** Path from the last complete year into the partial one ('' when there is none). */
  dashed: string;
  points: PlacedPoint[];
}

export interface IndexModel {
  lines: PlacedLine[];
  yTicks: { value: number; y: number; label: string }[];
  xTicks: { year: number; x: number; label: string }[];
  /** y of the index 100 line (the base year's level). */
  baseY: number;
  baseX: number;
  margin: { top: number; right: number; bottom: number; left: number };
  innerWidth: number;
  innerHeight: number;
  years: number[];
}

const indexFmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Index values as labels: whole numbers, one decimal below 10 (a base year far above later years). */
export function formatIndex(value: number): string {
  return value < 10 ? (Math.round(value * 10) / 10).toString() : indexFmt.format(value);
}

/** Pure layout of the index lines in pixels inside width × height. */
export function indexModel(series: readonly IndexSeries[], o: IndexModelOptions): IndexModel {
  const margin = { top: 12, right: 14, bottom: 28, left: 48 };
  const innerWidth = Math.max(0, o.width - margin.left - margin.right);
  const innerHeight = Math.max(0, o.height - margin.top - margin.bottom);
  const years = series[0]?.points.map((p) => p.year) ?? [];
  const first = years[0] ?? o.baseYear;
  const last = years[years.length - 1] ?? o.baseYear;
  const x = scaleLinear()
    .domain([first, Math.max(first + 1, last)])
    .range([0, innerWidth]);
  const values = series
    .flatMap((s) => s.points.map((p) => p.index))
    .filter((v): v is number => v !== null);
  const log = o.scale === 'log';
  const positive = values.filter((v) => v > 0);
  const hi = Math.max(100, ...values);
  const y = log
    ? scaleLog()
        .domain([Math.min(100, ...positive), hi])
        .nice()
        .range([innerHeight, 0])
    : scaleLinear().domain([0, hi]).nice(6).range([innerHeight, 0]);
  // On a log axis a zero or missing index has no place: the line breaks there.
  const drawable = (p: IndexPoint) => p.index !== null && (!log || p.index > 0);

  const lines = series.map((s): PlacedLine => {
    const points = s.points.map((p) => ({
      ...p,
      x: x(p.year),
      y: drawable(p) ? y(p.index ?? 0) : innerHeight,
      partial: p.year === o.partialYear,
    }));
    const path = line<PlacedPoint>()
      .defined(drawable)
      .x((p) => p.x)
      .y((p) => p.y);
    const complete = points.filter((p) => !p.partial);
    const partialAt = points.findIndex((p) => p.partial);
    const tail = partialAt > 0 ? points.slice(partialAt - 1, partialAt + 1) : [];
    return {
      measure: s.measure,
      solid: path(complete) ?? '',
      dashed: tail.length === 2 ? (path(tail) ?? '') : '',
      points,
    };
  });

  const rawTicks = log ? logTicks(y.domain() as [number, number]) : y.ticks(6);
  const yTicks = rawTicks.map((v) => ({ value: v, y: y(v), label: formatIndex(v) }));
  const span = last - first;
  const every =
    innerWidth / Math.max(1, span) >= 34 ? 1 : innerWidth / Math.max(1, span) >= 20 ? 2 : 4;
  const xTicks = years
    .filter((yr) => (yr - first) % every === 0 || yr === last)
    .filter((yr, _, all) => yr === last || last - yr >= every || all.length === 1)
    .map((yr) => ({
      year: yr,
      x: x(yr),
      label: every === 1 ? `’${String(yr).slice(2)}` : String(yr),
    }));
  return {
    lines,
    yTicks,
    xTicks,
    baseY: y(100),
    baseX: x(o.baseYear),
    margin,
    innerWidth,
    innerHeight,
    years,
  };
}

/** 1-2-5 steps across the decades of a log domain, so the axis reads 10, 20, 50, 100, 200… */
function logTicks([lo, hi]: [number, number]): number[] {
  const out: number[] = [];
  const steps = Math.log10(hi / lo) > 2.5 ? [1] : [1, 2, 5];
  for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p += 1)
    for (const m of steps) {
      const v = m * 10 ** p;
      if (v >= lo * 0.999 && v <= hi * 1.001) out.push(v);
    }
  return out;
}
