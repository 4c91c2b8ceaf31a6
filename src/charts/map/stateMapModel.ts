import { interpolateBlues, scaleLog } from 'd3';
import type { CategoryCount } from '../../data/views/countByCategory';
import { stateKeyName } from './stateCodes';
import type { StateShape } from './usAtlas';

export type MapMeasure = 'individuals' | 'breaches';

export interface StateMapOptions {
  measure: MapMeasure;
  /** State keys in the map's filter ('' = no state given). */
  selected: readonly string[];
  /** Width of the map in pixels; the height follows the atlas's 975 × 610 aspect. */
  width: number;
  /** Atlas width and height the shapes are drawn in. */
  atlasWidth: number;
  atlasHeight: number;
  shapes: readonly StateShape[];
}

interface Region {
  /** Filter key: the USPS code, or '' for breaches with no state. */
  key: string;
  name: string;
  breaches: number;
  individuals: number;
  unknownCounts: number;
  /** The measured value: breaches or individuals affected. */
  value: number;
  /** Colour for the value; null = zero (drawn in the neutral "none" colour). */
  fill: string | null;
  /** Text colour that reads on the fill. */
  ink: 'dark' | 'light';
  /** Tooltip and accessible name: "California: 512 breaches, 12,345,678 individuals affected". */
  label: string;
  selected: boolean;
  /** Other keys are selected, this one is not. */
  dimmed: boolean;
}

/** A state drawn on the map. */
export interface MapState extends Region {
  code: string;
  /** Path data at atlas scale (see StateMapModel.scale). */
  d: string;
  /** Centroid in pixels. */
  cx: number;
  cy: number;
}

/** A key the atlas cannot draw (Puerto Rico, other territories, "No state given"), shown as a tile. */
export interface MapTile extends Region {
  /** Short text on the tile: 'PR', 'GU', or 'No state'. */
  short: string;
}

export interface LegendModel {
  title: string;
  width: number;
  height: number;
  /** The colour ramp as adjacent rects along [0, rampWidth]. */
  swatches: { x: number; width: number; fill: string }[];
  rampX: number;
  rampY: number;
  rampWidth: number;
  rampHeight: number;
  ticks: { value: number; x: number; label: string }[];
  /** Some key has a zero value: the legend shows the "none" swatch. */
  hasZero: boolean;
}

export interface StateMapModel {
  width: number;
  height: number;
  /** Factor from atlas coordinates to pixels (apply to the paths' group). */
  scale: number;
  /** Mapped states (50 + DC), alphabetical by name: the keyboard order. */
  states: MapState[];
  /** Keys not on the map, in this order: territories by name, then "No state given". */
  tiles: MapTile[];
  legend: LegendModel;
  /** Totals over every key, for the empty state and summaries. */
  totalBreaches: number;
  totalIndividuals: number;
}

const fmt = new Intl.NumberFormat('en-US');
const RAMP_LO = 0.2;
const RAMP_HI = 1;
const LEGEND_RAMP = 240;
const LEGEND_STEPS = 48;

/** The text of a region: "California: 512 breaches, 12,345,678 individuals affected". */
export function regionLabel(
  name: string,
  breaches: number,
  individuals: number,
  unknownCounts: number,
): string {
  const b = `${fmt.format(breaches)} ${breaches === 1 ? 'breach' : 'breaches'}`;
  const u = unknownCounts > 0 ? ` (${fmt.format(unknownCounts)} with no count)` : '';
  return `${name}: ${b}, ${fmt.format(individuals)} individuals affected${u}`;
}

/** Short legend and tile numbers: 190M, 45K, 2.5K, 12. */
export function shortNumber(n: number): string {
  const trim = (x: number) => (x >= 10 ? String(Math.round(x)) : String(Math.round(x * 10) / 10));
  if (n >= 1e9) return `${trim(n / 1e9)}B`;
  if (n >= 1e6) return `${trim(n / 1e6)}M`;
  if (n >= 1e3) return `${trim(n / 1e3)}K`;
  return String(Math.round(n * 10) / 10);
}

/** The 1-2-5 values (…, 10, 20, 50, 100, …) from lo to hi inclusive. */
function niceSteps(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let p = Math.floor(Math.log10(lo)) - 1; p <= Math.ceil(Math.log10(hi)) + 1; p += 1) {
    for (const m of [1, 2, 5]) {
      const v = Number((m * 10 ** p).toPrecision(12));
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
    }
  }
  return out;
}

/** The log-scale domain: the smallest and largest non-zero values widened to 1-2-5 steps. */
export function colourDomain(values: readonly number[]): [number, number] | null {
  let lo = Infinity;
  let hi = 0;
  for (const v of values) {
    if (v > 0 && v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi <= 0) return null;
  const below = niceSteps(lo / 10, lo).at(-1) ?? lo;
  const above = niceSteps(hi, hi * 10)[0] ?? hi;
  if (below < above) return [below, above];
  // One distinct 1-2-5 value (e.g. 100) still needs a ramp: put it at the dark end; counts are whole, so ≥ 1.
  return above > 1 ? [Math.max(1, above / 10), above] : [1, 10];
}

/** Legend values: every 1-2-5 step when few, else powers of ten plus the ends where they fit. */
export function legendTicks(lo: number, hi: number): number[] {
  const steps = niceSteps(lo, hi);
  if (steps.length <= 7) return steps;
  let powers = steps.filter((v) => Number.isInteger(Math.round(Math.log10(v) * 1e9) / 1e9));
  if (powers.length > 6) powers = powers.filter((_, i) => i % 2 === (powers.length - 1) % 2);
  // An end is labelled only when it sits at least 1/8 of the ramp from the nearest power.
  const gap = (a: number, b: number) =>
    Math.abs(Math.log10(a) - Math.log10(b)) / (Math.log10(hi) - Math.log10(lo));
  const out = [...powers];
  for (const end of [lo, hi])
    if (!out.includes(end) && out.every((v) => gap(v, end) >= 0.125)) out.push(end);
  return out.sort((a, b) => a - b);
}

/**
 * Pure layout of the state map: counts per state key → coloured state paths (log colour scale,
 * colour-blind-safe single-hue blues), tiles for keys the atlas cannot draw, and the legend.
 */
export function stateMapModel(counts: readonly CategoryCount[], o: StateMapOptions): StateMapModel {
  const width = Math.max(0, o.width);
  const scale = o.atlasWidth > 0 ? width / o.atlasWidth : 0;
  const height = Math.round(o.atlasHeight * scale * 100) / 100;
  const byKey = new Map(counts.map((c) => [c.key, c]));
  const mapped = new Set(o.shapes.map((s) => s.code));

  const all = [
    ...o.shapes.map((s) => byKey.get(s.code)),
    ...counts.filter((c) => !mapped.has(c.key)),
  ];
  const domain = colourDomain(all.map((c) => (c ? c[o.measure] : 0)));
  const log = domain ? scaleLog().domain(domain).range([RAMP_LO, RAMP_HI]).clamp(true) : null;
  const colourAt = (t: number) => interpolateBlues(t);
  let hasZero = false;

  const region = (key: string, name: string, c: CategoryCount | undefined): Region => {
    const breaches = c?.breaches ?? 0;
    const individuals = c?.individuals ?? 0;
    const unknownCounts = c?.unknownCounts ?? 0;
    const value = o.measure === 'breaches' ? breaches : individuals;
    const t = log && value > 0 ? log(value) : null;
    if (t === null) hasZero = true;
    return {
      key,
      name,
      breaches,
      individuals,
      unknownCounts,
      value,
      fill: t === null ? null : colourAt(t),
      ink: t !== null && t > 0.6 ? 'light' : 'dark',
      label: regionLabel(name, breaches, individuals, unknownCounts),
      // Marked below by selectStates, the one place a selection marks the map.
      selected: false,
      dimmed: false,
    };
  };

  const states = o.shapes
    .map((s): MapState => ({
      ...region(s.code, s.name, byKey.get(s.code)),
      code: s.code,
      d: s.d,
      cx: s.cx * scale,
      cy: s.cy * scale,
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const tiles = counts
    .filter((c) => !mapped.has(c.key))
    .map((c): MapTile => {
      const name = stateKeyName(c.key, c.label);
      return { ...region(c.key, name, c), short: c.key === '' ? 'No state' : c.key };
    })
    .sort(
      (a, b) =>
        (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );

  const rampX = 12;
  const swatches = Array.from({ length: LEGEND_STEPS }, (_, i) => {
    const t = RAMP_LO + ((RAMP_HI - RAMP_LO) * (i + 0.5)) / LEGEND_STEPS;
    const w = LEGEND_RAMP / LEGEND_STEPS;
    return { x: i * w, width: w + 0.5, fill: colourAt(t) };
  });
  const ticks =
    domain && log
      ? legendTicks(domain[0], domain[1]).map((v) => ({
          value: v,
          x: ((log(v) - RAMP_LO) / (RAMP_HI - RAMP_LO)) * LEGEND_RAMP,
          label: shortNumber(v),
        }))
      : [];
  const legend: LegendModel = {
    title: `${o.measure === 'individuals' ? 'Individuals affected' : 'Breaches'} (log scale)`,
    width: LEGEND_RAMP + rampX * 2,
    height: 44,
    swatches,
    rampX,
    rampY: 6,
    rampWidth: LEGEND_RAMP,
    rampHeight: 12,
    ticks,
    hasZero,
  };

  let totalBreaches = 0;
  let totalIndividuals = 0;
  for (const c of counts) {
    totalBreaches += c.breaches;
    totalIndividuals += c.individuals;
  }
  const model = { width, height, scale, states, tiles, legend, totalBreaches, totalIndividuals };
  return o.selected.length > 0 ? selectStates(model, o.selected) : model;
}

/**
 * The same map with `selected` pressed and every key outside `filtered` (the applied filter, by
 * default `selected`) dimmed: a click re-marks the states without recomputing colours, labels and
 * legend. A click's own frame presses the state; the others dim with the filter, a frame later, so
 * that frame repaints one state. Regions whose marks do not change keep their identity, so
 * memoised paths skip them.
 */
export function selectStates(
  model: StateMapModel,
  selected: readonly string[],
  filtered: readonly string[] = selected,
): StateMapModel {
  const on = new Set(selected);
  const inFilter = new Set(filtered);
  const mark = <R extends Region>(r: R): R => {
    const isOn = on.has(r.key);
    const dimmed = inFilter.size > 0 && !inFilter.has(r.key) && !isOn;
    return r.selected === isOn && r.dimmed === dimmed ? r : { ...r, selected: isOn, dimmed };
  };
  return { ...model, states: model.states.map(mark), tiles: model.tiles.map(mark) };
}
