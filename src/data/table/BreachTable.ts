import type { IdColumn, TextColumn } from './textColumn';

/**
 * The breach list as columns: one typed array per field, row i of every column is breach i.
 * Built once (from breaches.csv or the synthetic generator) and never mutated; filters and
 * aggregations read it and produce row-index lists (`Uint32Array`) and small result objects.
 *
 * Categorical values are stored as small integer codes into a dictionary built from the data.
 * A dictionary's `keys` are the raw CSV values (`''` = the file left it empty) and are what filter
 * clauses name; `labels` are for display (`'(none)'` for the empty key). Codes are only
 * meaningful within one table.
 */
export interface BreachTable {
  readonly length: number;
  /** Breach ids as a string store; read with breachId (breachText.ts). */
  readonly id: IdColumn;
  /**
   * Entity names, literally as in the file (a leading = + - @ is kept: this is data, not a
   * formula), as one store of distinct names and a code per row; read with breachName.
   */
  readonly name: TextColumn;
  /** Submission date as days since 1970-01-01 (UTC). */
  readonly day: Int32Array;
  /** Submission year, e.g. 2024. */
  readonly year: Int16Array;
  /** Submission month as year * 12 + monthIndex (0 = January), e.g. 2024-03 = 24290. */
  readonly month: Int32Array;
  /** Individuals affected; 0 where unknown (see hasCount), never NaN. */
  readonly individuals: Float64Array;
  /** 1 = individuals is a reported count, 0 = unknown. */
  readonly hasCount: Uint8Array;
  readonly state: CategoryColumn<Uint16Array>;
  readonly entityType: CategoryColumn<Uint8Array>;
  /** Keys 'Yes', 'No' and '' (unknown). */
  readonly businessAssociate: CategoryColumn<Uint8Array>;
  /** Keys 'open', 'archived', 'closed'. */
  readonly status: CategoryColumn<Uint8Array>;
  readonly breachTypes: MultiColumn;
  readonly locations: MultiColumn;
  /** 1 = the latest count is exactly 500 or 501 (OCR's stand-in before a real count). */
  readonly placeholder: Uint8Array;
  /** 1 = the portal had a web description for the breach. */
  readonly webDescription: Uint8Array;
  /** Snapshot dates as days since 1970-01-01; 0 = unknown. Uint16 reaches 2149-06-06. */
  readonly firstSeen: Uint16Array;
  readonly lastSeen: Uint16Array;
  /** Number of snapshots the breach was seen in. */
  readonly seenIn: Uint16Array;
  /** Extent of the submission dates; null for an empty table. */
  readonly span: TableSpan | null;
}

/** A single-valued categorical column. */
export interface CategoryColumn<A extends Uint8Array | Uint16Array = Uint8Array | Uint16Array> {
  readonly codes: A;
  /** Raw value per code, sorted; '' = empty in the file. */
  readonly keys: readonly string[];
  /** Display text per code: the key itself, or '(none)' for ''. */
  readonly labels: readonly string[];
}

/**
 * A multi-valued categorical column: bit b of masks[i] is set when breach i names keys[b].
 * A breach that names no value at all gets the bit of key '' (label '(none)'), so every breach
 * has at least one bit set. At most 32 distinct values.
 */
export interface MultiColumn {
  readonly masks: Uint32Array;
  readonly keys: readonly string[];
  readonly labels: readonly string[];
}

export interface TableSpan {
  readonly minDay: number;
  readonly maxDay: number;
  readonly minYear: number;
  readonly maxYear: number;
  readonly minMonth: number;
  readonly maxMonth: number;
}

/** Label shown for the empty key of any dictionary. */
export const NONE_LABEL = '(none)';
/** Most distinct values a multi-valued column can hold (bits of a Uint32). */
export const MAX_MULTI_VALUES = 32;
