import { scaleLinear } from 'd3';

/** One bar of a projection bar chart: a label, a value and the text written at its end. */
export interface SlideBarRow {
  key: string;
  label: string;
  value: number;
  text: string;
}

export interface SlideBarsOptions {
  width: number;
  height: number;
  /** Font size of labels and values, in px of the slide's logical frame. */
  fontSize: number;
  /** A reference value drawn as a line across the bars (e.g. all occupations). */
  benchmark?: { value: number; label: string } | null;
}

export interface SlideBar {
  key: string;
  /** The label in at most two lines; the second ends in "…" when the label is longer. */
  lines: string[];
  text: string;
  y: number;
  x: number;
  barWidth: number;
  barHeight: number;
  /** Where the value text starts: after the bar end, or after the benchmark line it would cross. */
  textX: number;
}

export interface SlideBarsModel {
  bars: SlideBar[];
  labelWidth: number;
  rowHeight: number;
  benchmark: { x: number; label: string } | null;
  fontSize: number;
}

/**
 * Horizontal bars laid out for a fixed frame (a slide, a handout page, an exported image): every
 * row gets the same height, labels wrap to two lines instead of running off, values sit at the bar
 * ends inside the frame. Pure: the same rows and size give the same layout.
 */
export function slideBarsModel(
  rows: readonly SlideBarRow[],
  opts: SlideBarsOptions,
): SlideBarsModel {
  const { width, height, fontSize } = opts;
  const top = opts.benchmark ? fontSize * 1.8 : 0;
  const labelWidth = Math.round(width * 0.34);
  const longestText = Math.max(0, ...rows.map((r) => r.text.length));
  const valueWidth = Math.ceil(longestText * fontSize * 0.62) + fontSize;
  const plotLeft = labelWidth + fontSize * 0.6;
  const plotRight = Math.max(plotLeft + 10, width - valueWidth);
  const values = rows.map((r) => r.value);
  const lo = Math.min(0, ...values, opts.benchmark?.value ?? 0);
  const hi = Math.max(0, ...values, opts.benchmark?.value ?? 0) || 1;
  const x = scaleLinear().domain([lo, hi]).range([plotLeft, plotRight]);
  const rowHeight = rows.length === 0 ? 0 : (height - top) / rows.length;
  const charsPerLine = Math.max(4, Math.floor(labelWidth / (fontSize * 0.56)));
  const pad = fontSize * 0.4;
  const benchmarkX = opts.benchmark ? x(opts.benchmark.value) : null;
  const bars = rows.map((r, i): SlideBar => {
    const start = x(Math.min(0, r.value));
    const barWidth = Math.max(1, Math.abs(x(r.value) - x(0)));
    let textX = start + barWidth + pad;
    const textWidth = r.text.length * fontSize * 0.62;
    // A value that would sit across the benchmark line moves to its right.
    if (benchmarkX !== null && textX - pad < benchmarkX && textX + textWidth > benchmarkX - pad)
      textX = benchmarkX + pad;
    return {
      key: r.key,
      lines: wrap(r.label, charsPerLine, rowHeight >= fontSize * 2.6 ? 2 : 1),
      text: r.text,
      y: top + i * rowHeight,
      x: start,
      barWidth,
      barHeight: Math.max(4, rowHeight * 0.62),
      textX,
    };
  });
  return {
    bars,
    labelWidth,
    rowHeight,
    benchmark: opts.benchmark ? { x: x(opts.benchmark.value), label: opts.benchmark.label } : null,
    fontSize,
  };
}

/** Words into at most `maxLines` lines of `chars` characters; the last line ends in "…" if cut. */
export function wrap(text: string, chars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= chars) {
      line = next;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line !== '') lines.push(line);
  const used = lines.join(' ').split(/\s+/).filter(Boolean).length;
  if (used < words.length || (lines.at(-1)?.length ?? 0) > chars) {
    const last = lines[lines.length - 1] ?? '';
    lines[lines.length - 1] = `${last.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
  }
  return lines.slice(0, maxLines);
}
