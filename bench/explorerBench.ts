import crossfilter from 'crossfilter2';
import type { BreachTable } from '../src/data/table/BreachTable';
import { computeViews, type ViewSpec } from '../src/data/views/computeViews';
import { SOURCES } from '../src/state/clausesFromView';
import { DIMENSIONS } from '../src/state/dimensions';
import { explorerClauses, explorerViews } from '../src/features/explorer/explorerViews';
import { largestTableModel, PAGE_SIZE } from '../src/features/explorer/largestTableModel';
import { DEFAULT_VIEW, type ViewState } from '../src/state/viewState';

/** The filter changes a person makes in turn: a type, a year range, a state, then clear. */
export const FILTER_STEPS: ViewState[] = [
  { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, breachType: ['Theft'] } },
  {
    ...DEFAULT_VIEW,
    filters: { ...DEFAULT_VIEW.filters, breachType: ['Theft'] },
    yearFrom: 2015,
    yearTo: 2016,
  },
  {
    ...DEFAULT_VIEW,
    filters: { ...DEFAULT_VIEW.filters, breachType: ['Theft'], state: ['CA'] },
    yearFrom: 2015,
    yearTo: 2016,
  },
  DEFAULT_VIEW,
];

/** Ours, as the page runs it: views whose clauses did not change (and unfiltered ones) come from the cache. */
export function oursStepper(table: BreachTable): () => void {
  let i = 0;
  return () => {
    explorerViews(table, FILTER_STEPS[i++ % FILTER_STEPS.length] ?? DEFAULT_VIEW);
  };
}

const ALL_VIEWS: ViewSpec[] = [
  { source: SOURCES.time, kind: 'byYear' },
  { source: SOURCES.time, kind: 'byMonth' },
  { source: 'overview', kind: 'summary' },
  { source: 'overview', kind: 'rows' },
  ...DIMENSIONS.map((d): ViewSpec => ({ source: d.source, kind: 'byCategory', field: d.column })),
];

/**
 * Ours without the explorer's per-view cache: every view recomputed on every change, except that
 * a view no clause applies to (its own filter only, or none) comes from the data core's
 * whole-table result (computed once per table), as the issue asks.
 */
export function uncachedStepper(table: BreachTable): () => void {
  let i = 0;
  return () => {
    const step = FILTER_STEPS[i++ % FILTER_STEPS.length] ?? DEFAULT_VIEW;
    computeViews(table, explorerClauses(step), ALL_VIEWS);
  };
}

/** The largest-breaches table's first page (by individuals, largest first) after each change, as the page builds it. */
export function tableStepper(table: BreachTable): () => void {
  let i = 0;
  return () => {
    const step = FILTER_STEPS[i++ % FILTER_STEPS.length] ?? DEFAULT_VIEW;
    const views = explorerViews(table, step);
    largestTableModel({
      table,
      rows: views.rows,
      sort: 'individuals',
      sortDesc: true,
      page: 1,
      pageSize: PAGE_SIZE,
    });
  };
}

/**
 * The memory-bandwidth floor: one read of every column the views aggregate (year, month, count,
 * known flag, the five category columns), summed so the loop cannot be optimised away. No filter
 * change can cost less than reading its inputs once.
 */
export function bandwidthFloor(table: BreachTable): () => void {
  const { year, month, individuals, hasCount, state, entityType, businessAssociate } = table;
  const types = table.breachTypes.masks;
  const locations = table.locations.masks;
  const s = state.codes;
  const e = entityType.codes;
  const b = businessAssociate.codes;
  let sink = 0;
  return () => {
    let acc = 0;
    let sum = 0;
    for (let i = 0; i < table.length; i++) {
      acc +=
        year[i]! + month[i]! + hasCount[i]! + s[i]! + e[i]! + b[i]! + (types[i]! ^ locations[i]!);
      sum += individuals[i]!;
    }
    sink += acc + sum;
    if (sink === -1) throw new Error('unreachable');
  };
}

interface Rec {
  year: number;
  month: number;
  individuals: number;
  types: string[];
  locations: string[];
  entity: string;
  ba: string;
  state: string;
}

/**
 * crossfilter2 doing the same work: the same dimensions (multi-valued types and locations as
 * array dimensions), a group per view reducing breaches and individuals, a groupAll summary; a
 * step applies the same filter change and reads every group, as a chart would.
 */
export function crossfilterStepper(table: BreachTable): () => void {
  const records: Rec[] = new Array(table.length);
  const labels = (keys: readonly string[], mask: number) => keys.filter((_, b) => (mask >>> b) & 1);
  for (let i = 0; i < table.length; i++) {
    records[i] = {
      year: table.year[i] ?? 0,
      month: table.month[i] ?? 0,
      individuals: table.individuals[i] ?? 0,
      types: labels(table.breachTypes.keys, table.breachTypes.masks[i] ?? 0),
      locations: labels(table.locations.keys, table.locations.masks[i] ?? 0),
      entity: table.entityType.keys[table.entityType.codes[i] ?? 0] ?? '',
      ba: table.businessAssociate.keys[table.businessAssociate.codes[i] ?? 0] ?? '',
      state: table.state.keys[table.state.codes[i] ?? 0] ?? '',
    };
  }
  const cf = crossfilter(records);
  type Acc = { n: number; s: number };
  const add = (p: Acc, v: Rec): Acc => ({ n: p.n + 1, s: p.s + v.individuals });
  const remove = (p: Acc, v: Rec): Acc => ({ n: p.n - 1, s: p.s - v.individuals });
  const initial = (): Acc => ({ n: 0, s: 0 });
  const reduce = <K extends crossfilter.NaturallyOrderedValue>(g: crossfilter.Group<Rec, K, Acc>) =>
    g.reduce(add, remove, initial);
  const year = cf.dimension((d) => d.year);
  const month = cf.dimension((d) => d.month);
  const type = cf.dimension((d) => d.types, true);
  const location = cf.dimension((d) => d.locations, true);
  const entity = cf.dimension((d) => d.entity);
  const ba = cf.dimension((d) => d.ba);
  const state = cf.dimension((d) => d.state);
  const groups = [year, month, type, location, entity, ba, state].map((dim) =>
    reduce(dim.group<crossfilter.NaturallyOrderedValue, Acc>()),
  );
  const all = cf.groupAll<Acc>().reduce(add, remove, initial);
  let i = 0;
  let last = DEFAULT_VIEW;
  // Used well: only the dimension whose filter changed is re-filtered (crossfilter's incremental path).
  return () => {
    const step = FILTER_STEPS[i++ % FILTER_STEPS.length] ?? DEFAULT_VIEW;
    if (step.filters.breachType[0] !== last.filters.breachType[0]) {
      if (step.filters.breachType.length) type.filterExact(step.filters.breachType[0] ?? '');
      else type.filterAll();
    }
    if (step.yearFrom !== last.yearFrom || step.yearTo !== last.yearTo) {
      if (step.yearFrom !== null) year.filterRange([step.yearFrom, (step.yearTo ?? 9999) + 1]);
      else year.filterAll();
    }
    if (step.filters.state[0] !== last.filters.state[0]) {
      if (step.filters.state.length) state.filterExact(step.filters.state[0] ?? '');
      else state.filterAll();
    }
    last = step;
    for (const g of groups) g.all();
    all.value();
  };
}
