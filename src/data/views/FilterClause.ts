/**
 * One condition a breach must meet, made by one chart or control (`source`). A breach is
 * selected when it meets every clause (AND). Clauses are plain JSON: safe to keep in the store
 * and the URL, and independent of any table's internal codes.
 *
 * - range: `lo <= value <= hi` on year (e.g. 2019), month (year * 12 + monthIndex, 0 = January),
 *   day (days since 1970-01-01) or individuals (an unknown count counts as 0, so it matches a
 *   range that includes 0 — "set aside breaches of 10 M or more" keeps it). lo > hi or a NaN
 *   bound matches no breach; ±Infinity leaves that end open.
 * - in: the value is one of `values`, given as dictionary keys (the raw CSV value; '' selects
 *   breaches where the file left it empty). For breachType and location a breach matches when it
 *   names ANY of the values. placeholder keys are '1' (placeholder count) and '0'. Unknown keys
 *   match nothing; an empty `values` matches no breach (remove the clause to stop filtering).
 * - search: case-insensitive substring of the entity name (Unicode case folding). Empty or
 *   blank text matches every breach.
 */
export type FilterClause = RangeClause | InClause | SearchClause;

export type RangeField = 'year' | 'month' | 'day' | 'individuals';
export type InField =
  | 'state'
  | 'entityType'
  | 'breachType'
  | 'location'
  | 'businessAssociate'
  | 'status'
  | 'placeholder';
export type FilterField = RangeField | InField;

export interface RangeClause {
  kind: 'range';
  /** The chart or control that made the clause; crossfilter views ignore their own clauses. */
  source: string;
  field: RangeField;
  lo: number;
  hi: number;
}

export interface InClause {
  kind: 'in';
  source: string;
  field: InField;
  values: readonly string[];
}

export interface SearchClause {
  kind: 'search';
  source: string;
  field: 'name';
  text: string;
}
