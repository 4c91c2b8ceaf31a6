import { NONE_LABEL } from '../../data/table/BreachTable';
import type { CategoryCount } from '../../data/views/countByCategory';

export type BarsMeasure = 'individuals' | 'breaches';

export interface BarsModelOptions {
  measure: BarsMeasure;
  /** Keys shown pressed. */
  selected: readonly string[];
  /**
   * Keys of the applied filter, when it trails `selected` (a click presses its bar at once and the
   * filter follows a frame later): bars outside it are dimmed. Defaults to `selected`.
   */
  filtered?: readonly string[];
  /** Pixels the longest bar may take, for drawings that place bars in pixels (the exported SVG);
   * the page's marks scale by `fraction` and leave it out. Default 0. */
  width?: number;
}

/** One category, placed: its bar runs `fraction` of the way along its track (`length` of `width` px). */
export interface PlacedCategoryBar {
  key: string;
  label: string;
  /** The drawn measure. */
  value: number;
  /** `value` formatted en-US, as printed beside the bar. */
  valueText: string;
  breaches: number;
  individuals: number;
  unknownCounts: number;
  length: number;
  /** `value` as a fraction of the longest bar (0–1): the on-screen mark scales its track by it. */
  fraction: number;
  selected: boolean;
  /** A filter is applied, this bar is not in it and not pressed. */
  dimmed: boolean;
  /** Exact figures, for the tooltip and the accessible name. */
  title: string;
}

export interface BarsModel {
  bars: PlacedCategoryBar[];
  /** The length in pixels of a bar at the maximum (the exported SVG's bar width). */
  width: number;
}

const fmt = new Intl.NumberFormat('en-US');

const plural = (n: number, one: string, many: string) => `${fmt.format(n)} ${n === 1 ? one : many}`;

/**
 * Characters of the widest figure a bar can print when no category can exceed `bound` (its largest
 * category over the whole table): the charts keep that much room for the figures, so a filter that
 * changes them never moves the labels beside them.
 */
export function widestValueChars(bound: number): number {
  return fmt.format(Math.max(0, bound)).length;
}

/** Exact figures of a category, e.g. "Theft: 1,234 breaches, 5,678 individuals affected (3 give no count)". */
export function barTitle(
  label: string,
  c: Pick<CategoryCount, 'breaches' | 'individuals' | 'unknownCounts'>,
): string {
  const unknown =
    c.unknownCounts > 0
      ? ` (${plural(c.unknownCounts, 'report gives', 'reports give')} no count)`
      : '';
  return `${label}: ${plural(c.breaches, 'breach', 'breaches')}, ${plural(c.individuals, 'individual', 'individuals')} affected${unknown}`;
}

/**
 * Pure layout of one category breakdown as horizontal bars, longest first by the chosen measure.
 * Categories with no breaches stay listed (at the bottom), so a filter never makes a choice vanish.
 */
export function barsModel(categories: readonly CategoryCount[], o: BarsModelOptions): BarsModel {
  const width = Math.max(0, o.width ?? 0);
  const other: BarsMeasure = o.measure === 'individuals' ? 'breaches' : 'individuals';
  const labelOf = (c: CategoryCount) => (c.key === '' ? NONE_LABEL : c.label);
  const sorted = [...categories].sort(
    (a, b) =>
      Number(a.breaches === 0) - Number(b.breaches === 0) ||
      b[o.measure] - a[o.measure] ||
      b[other] - a[other] ||
      (labelOf(a) < labelOf(b) ? -1 : labelOf(a) > labelOf(b) ? 1 : 0),
  );
  const top = sorted.reduce((m, c) => Math.max(m, c[o.measure]), 0);
  const selected = new Set(o.selected);
  const filtered = new Set(o.filtered ?? o.selected);
  const bars = sorted.map((c): PlacedCategoryBar => {
    const label = labelOf(c);
    const value = c[o.measure];
    const isSelected = selected.has(c.key);
    // With nothing to draw (the longest is 0), every bar is simply 0 long.
    const fraction = top > 0 ? Math.max(0, value / top) : 0;
    return {
      key: c.key,
      label,
      value,
      valueText: fmt.format(value),
      breaches: c.breaches,
      individuals: c.individuals,
      unknownCounts: c.unknownCounts,
      length: fraction * width,
      fraction,
      selected: isSelected,
      dimmed: filtered.size > 0 && !filtered.has(c.key) && !isSelected,
      title: barTitle(label, c),
    };
  });
  return { bars, width };
}
