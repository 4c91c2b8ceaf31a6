import type { InField } from '../data/views/FilterClause';

/** How a dimension's view is drawn in the explorer. */
export type DimensionDraw =
  | {
      kind: 'bars';
      /** Plural noun of a multi-valued field (its bars can sum past the reports), else null. */
      several: string | null;
    }
  | { kind: 'map' };

export interface Dimension {
  /** Key in the view state's `filters` and in the explorer's view results. */
  key: string;
  /** The table column behind the filter and the counts (see categoryColumn). */
  column: InField;
  /** Short name on a filter chip ("Type: Theft"). */
  label: string;
  /** Heading of its breakdown. */
  title: string;
  /** URL parameter (values comma-separated; "~" = the empty key). */
  param: string;
  /** Id of the view that owns the filter: crossfilter views ignore their own source's clauses. */
  source: string;
  draw: DimensionDraw;
}

/**
 * Every categorical filter dimension of the explorer, in display order. This one table drives the
 * view state, URL parse/serialise, filter clauses, chips, the crossfilter's views and the
 * breakdown panels: adding a dimension is one row here (plus its column in the table).
 */
export const DIMENSIONS = [
  {
    key: 'breachType',
    column: 'breachType',
    label: 'Type',
    title: 'Type of breach',
    param: 'type',
    source: 'breakdown-type',
    draw: { kind: 'bars', several: 'types' },
  },
  {
    key: 'entityType',
    column: 'entityType',
    label: 'Entity',
    title: 'Covered-entity type',
    param: 'entity',
    source: 'breakdown-entity',
    draw: { kind: 'bars', several: null },
  },
  {
    key: 'location',
    column: 'location',
    label: 'Location',
    title: 'Location of breached information',
    param: 'loc',
    source: 'breakdown-location',
    draw: { kind: 'bars', several: 'locations' },
  },
  {
    key: 'businessAssociate',
    column: 'businessAssociate',
    label: 'Business associate',
    title: 'Business associate present',
    param: 'ba',
    source: 'breakdown-ba',
    draw: { kind: 'bars', several: null },
  },
  {
    key: 'state',
    column: 'state',
    label: 'State',
    title: 'State of the reporting entity',
    param: 'state',
    source: 'map',
    draw: { kind: 'map' },
  },
] as const satisfies readonly Dimension[];

export type DimensionKey = (typeof DIMENSIONS)[number]['key'];

/** Categorical filters the explorer's views set; values are the dataset's raw keys ('' = empty). */
export type CategoryFilters = Record<DimensionKey, string[]>;

/** The dimension of a key. */
export function dimension(key: DimensionKey): Dimension {
  const d = DIMENSIONS.find((x) => x.key === key);
  if (!d) throw new TypeError(`dimension: unknown key ${key}`);
  return d;
}

/** Filters with nothing selected in any dimension. */
export const EMPTY_FILTERS: CategoryFilters = Object.fromEntries(
  DIMENSIONS.map((d) => [d.key, []]),
) as unknown as CategoryFilters;
