import type { BreachTable } from './BreachTable';
import { maskCombos } from './maskCombos';

/** Fields a filter can look up by a small code per row. */
export type LookupField =
  | 'year'
  | 'month'
  | 'state'
  | 'entityType'
  | 'businessAssociate'
  | 'status'
  | 'placeholder'
  | 'breachType'
  | 'location';

/**
 * A field as one Uint16 code per row: year and month as offsets from the table's first, the
 * single-valued categories as their codes, the multi-valued ones as combination codes (see
 * maskCombos). `value(code)` is the year or month a code stands for; `mask(code)` the combination
 * of a multi-valued code. Derived once per table and field (lazily); every lookup column has the
 * same type, so one filter loop reads any of them without turning polymorphic.
 */
export interface LookupCodes {
  readonly codes: Uint16Array;
  /** Number of distinct codes (a lookup table's length). */
  readonly size: number;
  /** First year or month (code 0); 0 for categories. */
  readonly first: number;
  /** Combination per code of a multi-valued field; null otherwise. */
  readonly masks: Uint32Array | null;
}

const cache = new WeakMap<BreachTable, Map<LookupField, LookupCodes | null>>();

/** The field's codes, or null when they do not fit 16 bits (callers use the field's own kernel). */
export function lookupCodes(table: BreachTable, field: LookupField): LookupCodes | null {
  let fields = cache.get(table);
  if (!fields) {
    fields = new Map();
    cache.set(table, fields);
  }
  if (fields.has(field)) return fields.get(field) ?? null;
  const built = build(table, field);
  fields.set(field, built);
  return built;
}

function build(table: BreachTable, field: LookupField): LookupCodes | null {
  const n = table.length;
  const span = table.span;
  switch (field) {
    case 'year':
    case 'month': {
      if (span === null) return null;
      const first = field === 'year' ? span.minYear : span.minMonth;
      const size = (field === 'year' ? span.maxYear : span.maxMonth) - first + 1;
      if (size > 65_536) return null;
      const column = table[field];
      const codes = new Uint16Array(n);
      for (let i = 0; i < n; i += 1) codes[i] = column[i]! - first;
      return { codes, size, first, masks: null };
    }
    case 'breachType':
    case 'location': {
      const combos = maskCombos(field === 'breachType' ? table.breachTypes : table.locations);
      if (combos === null) return null;
      return { codes: combos.codes, size: combos.masks.length, first: 0, masks: combos.masks };
    }
    case 'placeholder':
      return { codes: Uint16Array.from(table.placeholder), size: 2, first: 0, masks: null };
    default: {
      const column = table[field];
      const codes =
        column.codes instanceof Uint16Array ? column.codes : Uint16Array.from(column.codes);
      return { codes, size: column.keys.length, first: 0, masks: null };
    }
  }
}
