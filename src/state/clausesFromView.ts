import type { FilterClause } from '../data/views/FilterClause';
import { DIMENSIONS, type DimensionKey } from './dimensions';
import type { ViewState } from './viewState';

/**
 * Which view (chart or control) owns each filter. Linked filtering: every view is computed with
 * all clauses except those of its own source, so a chart still shows the bars one can add.
 */
export const SOURCES = {
  time: 'time',
  search: 'table',
  mega: 'mega',
  ...(Object.fromEntries(DIMENSIONS.map((d) => [d.key, d.source])) as Record<DimensionKey, string>),
} as const;

/** The filter clauses a view state stands for. */
export function clausesFromView(
  view: Pick<ViewState, 'yearFrom' | 'yearTo' | 'filters' | 'search' | 'setAsideMega'>,
  megaThreshold: number,
): FilterClause[] {
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
  for (const { key, source, column } of DIMENSIONS) {
    const values = view.filters[key];
    if (values.length > 0) clauses.push({ kind: 'in', source, field: column, values });
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
