import type { FilterClause, InField } from '../data/views/FilterClause';
import type { CategoryFilters, ViewState } from './viewState';

/**
 * Which view (chart or control) owns each filter. Linked filtering: every view is computed with
 * all clauses except those of its own source, so a chart still shows the bars one can add.
 */
export const SOURCES = {
  time: 'time',
  breachType: 'breakdown-type',
  entityType: 'breakdown-entity',
  location: 'breakdown-location',
  businessAssociate: 'breakdown-ba',
  state: 'map',
  search: 'table',
  mega: 'mega',
} as const;

const FIELDS: Record<keyof CategoryFilters, InField> = {
  breachType: 'breachType',
  entityType: 'entityType',
  location: 'location',
  businessAssociate: 'businessAssociate',
  state: 'state',
};

/** The filter clauses a view state stands for. */
export function clausesFromView(view: ViewState, megaThreshold: number): FilterClause[] {
  const clauses: FilterClause[] = [];
  if (view.yearFrom !== null || view.yearTo !== null) {
    clauses.push({
      kind: 'range',
      source: SOURCES.time,
      field: 'year',
      lo: view.yearFrom ?? 0,
      hi: view.yearTo ?? 9999,
    });
  }
  for (const key of Object.keys(FIELDS) as (keyof CategoryFilters)[]) {
    const values = view.filters[key];
    if (values.length > 0)
      clauses.push({ kind: 'in', source: SOURCES[key], field: FIELDS[key], values });
  }
  if (view.search.trim() !== '')
    clauses.push({
      kind: 'search',
      source: SOURCES.search,
      field: 'name',
      text: view.search.trim(),
    });
  if (view.setAsideMega)
    clauses.push({
      kind: 'range',
      source: SOURCES.mega,
      field: 'individuals',
      lo: 0,
      hi: megaThreshold - 1,
    });
  return clauses;
}
