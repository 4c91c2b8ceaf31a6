import { scaleLinear } from 'd3';

export interface GrowthDatum {
  key: string;
  label: string;
  /** Published percent change over the cycle. */
  value: number;
  /** Source key(s) of the figure, carried onto its mark. */
  source: string;
}

export interface GrowthModelOptions {
  width: number;
  /** The all-occupations percent, drawn as a reference line; null when unknown. */
  benchmark: number | null;
  /** Average width of a label character in px (12 px system font ≈ 6.6). */
  charWidth?: number;
}

export interface PlacedGrowthBar extends GrowthDatum {
  /** Top of the row (the name sits above the bar). */
  rowY: number;
  /** The label broken into lines that fit the width. */
  lines: string[];
  barY: number;
  x: number;
  width: number;
  /** Value text position. */
  textX: number;
  anchor: 'start' | 'end';
  /** Above the benchmark. */
  above: boolean;
}

export interface GrowthModel {
  bars: PlacedGrowthBar[];
  zeroX: number;
  benchmarkX: number | null;
  ticks: { value: number; x: number }[];
  margin: { top: number; right: number; bottom: number; left: number };
  innerWidth: number;
  innerHeight: number;
  height: number;
}

export const GROWTH_BAR_HEIGHT = 14;
/** Height of one label line. */
export const GROWTH_LINE_HEIGHT = 15;
/** Space between a bar and the next row's label. */
const ROW_GAP = 10;

/**
 * Horizontal bars of projected growth, one row per occupation, name above its bar (wrapped onto
 * more lines when a long BLS title would not fit, as on a 360 px phone). Negative growth draws
 * left of zero. Pure: data and width in, pixels out.
 */
export function growthModel(data: readonly GrowthDatum[], o: GrowthModelOptions): GrowthModel {
  // Room on the right for the value label of the longest bar.
  const margin = { top: 22, right: 58, bottom: 22, left: 8 };
  const innerWidth = Math.max(0, o.width - margin.left - margin.right);
  const values = data.map((d) => d.value);
  if (o.benchmark !== null) values.push(o.benchmark);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const x = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice(5)
    .range([lo < 0 ? 40 : 0, innerWidth]);
  const zeroX = x(0);
  // Labels may run into the right margin: only the bars need to stop short of it.
  const maxChars = Math.max(12, Math.floor((innerWidth + margin.right - 4) / (o.charWidth ?? 6.6)));
  let rowY = 0;
  const bars = data.map((d): PlacedGrowthBar => {
    const lines = wrapLabel(d.label, maxChars);
    const barY = rowY + lines.length * GROWTH_LINE_HEIGHT + 2;
    const end = x(d.value);
    const negative = d.value < 0;
    const bar: PlacedGrowthBar = {
      ...d,
      rowY,
      lines,
      barY,
      x: Math.min(zeroX, end),
      width: Math.abs(end - zeroX),
      textX: negative ? Math.min(zeroX, end) - 4 : Math.max(zeroX, end) + 4,
      anchor: negative ? 'end' : 'start',
      above: o.benchmark !== null && d.value > o.benchmark,
    };
    rowY = barY + GROWTH_BAR_HEIGHT + ROW_GAP;
    return bar;
  });
  const innerHeight = Math.max(0, rowY - ROW_GAP);
  return {
    bars,
    zeroX,
    benchmarkX: o.benchmark === null ? null : x(o.benchmark),
    // Fewer ticks on a phone, where "+10%" labels would touch.
    ticks: x.ticks(innerWidth < 360 ? 3 : 5).map((value) => ({ value, x: x(value) })),
    margin,
    innerWidth,
    innerHeight,
    height: innerHeight + margin.top + margin.bottom,
  };
}

/** Greedy word wrap at maxChars; a single word longer than that keeps its own line. */
export function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
