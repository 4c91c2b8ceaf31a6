import { max, scaleBand, scaleLinear, scaleLog, ticks } from 'd3';

export type TimeMeasure = 'individuals' | 'breaches';

/** One bar: a submission year or month. */
export interface TimeBucket {
  /** Year (e.g. 2024) or month index (year * 12 + month, 0 = January). */
  key: number;
  /** Short axis text: '24 or Mar. */
  tick: string;
  /** Full name: 2024 or March 2024. */
  name: string;
  breaches: number;
  individuals: number;
}

/** A single breach called out on its bar, e.g. the record breach of 2024. */
export interface TimeCallout {
  key: number;
  name: string;
  individuals: number;
}

export interface TimeModelOptions {
  measure: TimeMeasure;
  scale: 'linear' | 'log';
  width: number;
  height: number;
  /** The bucket whose data is incomplete (the as-of year or month); drawn hatched. */
  partialKey: number | null;
  callout: TimeCallout | null;
}

export interface PlacedBar {
  key: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  partial: boolean;
  /** The highest bar in view: its value is written above it. */
  record: boolean;
  /** What the tooltip and a screen reader say about this bar. */
  label: string;
}

export interface TimeModel {
  bars: PlacedBar[];
  yTicks: { value: number; y: number; label: string }[];
  xLabels: { key: number; x: number; label: string }[];
  record: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' } | null;
  callout: {
    x: number;
    y: number;
    barTop: number;
    anchor: 'start' | 'middle' | 'end';
    lines: string[];
  } | null;
  margin: { top: number; right: number; bottom: number; left: number };
  innerWidth: number;
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

/** Pure layout: buckets → bars, ticks, record label and callout, in pixels inside width × height. */
export function timeModel(buckets: readonly TimeBucket[], o: TimeModelOptions): TimeModel {
  const margin = { top: o.callout ? 60 : 24, right: 12, bottom: 28, left: 52 };
  const innerWidth = Math.max(0, o.width - margin.left - margin.right);
  const innerHeight = Math.max(0, o.height - margin.top - margin.bottom);
  const x = scaleBand<number>()
    .domain(buckets.map((d) => d.key))
    .range([0, innerWidth])
    .paddingInner(0.15)
    .paddingOuter(0.05);
  // A few wide bars look like a wall: cap the bar width and centre the group.
  const maxBand = 90;
  const band = Math.min(x.bandwidth(), maxBand);
  const offset = (x.bandwidth() - band) / 2;
  const top = max(buckets, (d) => d[o.measure]) ?? 0;
  const log = o.scale === 'log';
  const y = log
    ? scaleLog()
        .domain([1, Math.max(10, top)])
        .nice()
        .range([innerHeight, 0])
        .clamp(true)
    : scaleLinear()
        .domain([0, top > 0 ? top : 1])
        .nice(5)
        .range([innerHeight, 0]);
  const unit = o.measure === 'individuals' ? 'individuals affected' : 'breaches';

  const bars = buckets.map((d): PlacedBar => {
    const value = d[o.measure];
    const partial = d.key === o.partialKey;
    // On a log axis a zero has no place: no bar rather than a bar to the axis floor.
    const yValue = log && value < 1 ? innerHeight : y(value);
    return {
      key: d.key,
      value,
      x: (x(d.key) ?? 0) + offset,
      y: yValue,
      width: band,
      height: innerHeight - yValue,
      partial,
      record: top > 0 && value === top,
      label: `${d.name}${partial ? ' (partial)' : ''}: ${fmt.format(value)} ${unit}`,
    };
  });

  const yTicks = log
    ? logTicks(y.domain()[1] ?? 10).map((v) => ({ value: v, y: y(v), label: compactNumber(v) }))
    : ticks(0, y.domain()[1] ?? 1, 5).map((v) => ({ value: v, y: y(v), label: compactNumber(v) }));
  // Label every bucket when there is room, else every other one, always keeping the last.
  const step = x.bandwidth() >= 26 ? 1 : x.bandwidth() >= 12 ? 2 : x.bandwidth() >= 6 ? 4 : 12;
  const xLabels = buckets
    .filter((_, i) => i % step === 0 || i === buckets.length - 1)
    .map((d) => ({ key: d.key, x: (x(d.key) ?? 0) + x.bandwidth() / 2, label: d.tick }));

  const recordBar = bars.find((b) => b.record);
  const bar = o.callout ? bars.find((b) => b.key === o.callout?.key) : undefined;
  // When the callout names the record bar, the record label moves beside the bar's top: above it,
  // the callout's two lines would run into it once labels are large (the projector theme).
  const beside = recordBar !== undefined && recordBar === bar;
  const onLeft = beside && recordBar.x + recordBar.width / 2 > innerWidth * 0.75;
  const record = recordBar
    ? beside
      ? {
          x: onLeft ? recordBar.x - 4 : recordBar.x + recordBar.width + 4,
          y: recordBar.y + 14,
          text: compactNumber(recordBar.value),
          anchor: onLeft ? ('end' as const) : ('start' as const),
        }
      : {
          x: recordBar.x + recordBar.width / 2,
          y: recordBar.y - 6,
          text: compactNumber(recordBar.value),
          anchor: 'middle' as const,
        }
    : null;

  let callout: TimeModel['callout'] = null;
  if (o.callout && bar) {
    const cx = bar.x + bar.width / 2;
    callout = {
      x: cx,
      y: -margin.top + 14,
      barTop: bar.y - 3,
      anchor: cx > innerWidth * 0.75 ? 'end' : cx < innerWidth * 0.25 ? 'start' : 'middle',
      lines: [o.callout.name, `${fmt.format(o.callout.individuals)} individuals`],
    };
  }
  return { bars, yTicks, xLabels, record, callout, margin, innerWidth, innerHeight };
}

function logTicks(top: number): number[] {
  const out: number[] = [];
  for (let v = 1; v <= top; v *= 10) out.push(v);
  return out;
}
