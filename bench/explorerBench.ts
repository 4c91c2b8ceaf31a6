import crossfilter from 'crossfilter2';
import type { BreachTable } from '../src/data/table/BreachTable';
import { explorerViews } from '../src/features/explorer/explorerViews';
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

/** Ours: every explorer view model recomputed from the view state. */
export function oursStepper(table: BreachTable): () => void {
  let i = 0;
  return () => {
    explorerViews(table, FILTER_STEPS[i++ % FILTER_STEPS.length] ?? DEFAULT_VIEW);
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
  return () => {
    const step = FILTER_STEPS[i++ % FILTER_STEPS.length] ?? DEFAULT_VIEW;
    if (step.filters.breachType.length) type.filterExact(step.filters.breachType[0] ?? '');
    else type.filterAll();
    if (step.yearFrom !== null) year.filterRange([step.yearFrom, (step.yearTo ?? 9999) + 1]);
    else year.filterAll();
    if (step.filters.state.length) state.filterExact(step.filters.state[0] ?? '');
    else state.filterAll();
    for (const g of groups) g.all();
    all.value();
  };
}
