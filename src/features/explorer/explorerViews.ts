import type { BreachTable } from '../../data/table/BreachTable';
import { computeViews, type ViewSpec } from '../../data/views/computeViews';
import type { CategoryCount } from '../../data/views/countByCategory';
import type { FilterClause } from '../../data/views/FilterClause';
import type { MonthRollup } from '../../data/views/rollupByMonth';
import type { YearRollup } from '../../data/views/rollupByYear';
import type { Summary } from '../../data/views/summarise';
import { clausesFromView, SOURCES } from '../../state/clausesFromView';
import { MEGA_BREACH_THRESHOLD, type ViewState } from '../../state/viewState';

/** Everything the explorer's panels draw, for one view state. */
export interface ExplorerViews {
  clauses: FilterClause[];
  /** Time views: all clauses but the time range (so the brush shows the whole axis). */
  byYear: YearRollup[];
  byMonth: MonthRollup[];
  /** Overview: all clauses. */
  summary: Summary;
  breachType: CategoryCount[];
  entityType: CategoryCount[];
  location: CategoryCount[];
  businessAssociate: CategoryCount[];
  state: CategoryCount[];
}

const SPECS: ViewSpec[] = [
  { source: SOURCES.time, kind: 'byYear' },
  { source: SOURCES.time, kind: 'byMonth' },
  { source: 'overview', kind: 'summary' },
  { source: SOURCES.breachType, kind: 'byCategory', field: 'breachType' },
  { source: SOURCES.entityType, kind: 'byCategory', field: 'entityType' },
  { source: SOURCES.location, kind: 'byCategory', field: 'location' },
  { source: SOURCES.businessAssociate, kind: 'byCategory', field: 'businessAssociate' },
  { source: SOURCES.state, kind: 'byCategory', field: 'state' },
];

/**
 * Every explorer view model for a view state, in one crossfilter pass: each view is filtered by
 * every clause except its own. Pure, so the benchmark times exactly what the page does.
 */
export function explorerViews(table: BreachTable, view: ViewState): ExplorerViews {
  const clauses = clausesFromView(view, MEGA_BREACH_THRESHOLD);
  const results = computeViews(table, clauses, SPECS);
  const pick = <K extends string>(i: number, kind: K) => {
    const r = results[i];
    if (!r || r.kind !== kind) throw new Error(`explorerViews: view ${i} is not ${kind}`);
    return r.value as Extract<(typeof results)[number], { kind: K }>['value'];
  };
  return {
    clauses,
    byYear: pick(0, 'byYear'),
    byMonth: pick(1, 'byMonth'),
    summary: pick(2, 'summary'),
    breachType: pick(3, 'byCategory'),
    entityType: pick(4, 'byCategory'),
    location: pick(5, 'byCategory'),
    businessAssociate: pick(6, 'byCategory'),
    state: pick(7, 'byCategory'),
  };
}
