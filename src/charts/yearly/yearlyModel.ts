import { max, scaleBand, scaleLinear, ticks } from 'd3';

export type YearlyMeasure = 'individuals' | 'breaches';

export interface YearValue {
  year: number;
  breaches: number;
  individuals: number;
}

/** A single breach called out on its year's bar, e.g. the record breach of 2024. */
export interface YearCallout {
  year: number;
  name: string;
  individuals: number;
}

export interface YearlyModelOptions {
  measure: YearlyMeasure;
  width: number;
  height: number;
  /** The year whose data is incomplete (the as-of year); its bar is drawn as partial. */
  partialYear: number | null;
  callout: YearCallout | null;
}

export interface PlacedBar {
  year: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  partial: boolean;
  /** What a screen reader and the tooltip say about this bar. */
  label: string;
}

export interface YearlyModel {
  bars: PlacedBar[];
  yTicks: { value: number; y: number; label: string }[];
  xLabels: { year: number; x: number; label: string }[];
  callout: { x: number; y: number; barTop: number; lines: string[] } | null;
  margin: { top: number; right: number; bottom: number; left: number };
  innerHeight: number;
}

const fmt = new Intl.NumberFormat('en-US');

/** Short axis labels: 190M, 45M, 2.5K. */
export function compactNumber(n: number): string {
  if (n >= 1e9) return `${trim(n / 1e9)}B`;
  if (n >= 1e6) return `${trim(n / 1e6)}M`;
  if (n >= 1e3) return `${trim(n / 1e3)}K`;
  return String(n);
}

function trim(x: number): string {
  return x >= 10 ? String(Math.round(x)) : String(Math.round(x * 10) / 10);
}

/** Pure layout: years → bars, ticks and the callout, in pixels inside width × height. */
export function yearlyModel(years: readonly YearValue[], o: YearlyModelOptions): YearlyModel {
  const margin = { top: o.callout ? 56 : 16, right: 12, bottom: 28, left: 52 };
  const innerWidth = Math.max(0, o.width - margin.left - margin.right);
  const innerHeight = Math.max(0, o.height - margin.top - margin.bottom);
  const x = scaleBand<number>()
    .domain(years.map((d) => d.year))
    .range([0, innerWidth])
    .paddingInner(0.15)
    .paddingOuter(0.05);
  const top = max(years, (d) => d[o.measure]) ?? 0;
  const y = scaleLinear().domain([0, top > 0 ? top : 1]).nice(5).range([innerHeight, 0]);
  const unit = o.measure === 'individuals' ? 'individuals affected' : 'breaches';

  const bars = years.map((d): PlacedBar => {
    const value = d[o.measure];
    const partial = d.year === o.partialYear;
    return {
      year: d.year,
      value,
      x: x(d.year) ?? 0,
      y: y(value),
      width: x.bandwidth(),
      height: innerHeight - y(value),
      partial,
      label: `${d.year}${partial ? ' (partial year)' : ''}: ${fmt.format(value)} ${unit}`,
    };
  });

  const yTicks = ticks(0, y.domain()[1] ?? 1, 5).map((v) => ({ value: v, y: y(v), label: compactNumber(v) }));
  // Label every year when there is room, else every other one, always keeping the last.
  const step = x.bandwidth() >= 26 ? 1 : x.bandwidth() >= 12 ? 2 : 4;
  const xLabels = years
    .filter((_, i) => i % step === 0 || i === years.length - 1)
    .map((d) => ({ year: d.year, x: (x(d.year) ?? 0) + x.bandwidth() / 2, label: `'${String(d.year).slice(2)}` }));

  let callout: YearlyModel['callout'] = null;
  const bar = o.callout ? bars.find((b) => b.year === o.callout?.year) : undefined;
  if (o.callout && bar) {
    callout = {
      x: bar.x + bar.width / 2,
      y: -margin.top + 14,
      barTop: bar.y,
      lines: [o.callout.name, `${fmt.format(o.callout.individuals)} individuals`],
    };
  }
  return { bars, yTicks, xLabels, callout, margin, innerHeight };
}
