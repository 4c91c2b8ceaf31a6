import type { BreachTable } from './BreachTable';
import type { InField } from '../views/FilterClause';

/** A categorical field as filters and counts see it: codes (single) or bitmasks (multi). */
export type CategoryView =
  | {
      multi: false;
      codes: Uint8Array | Uint16Array;
      keys: readonly string[];
      labels: readonly string[];
    }
  | { multi: true; masks: Uint32Array; keys: readonly string[]; labels: readonly string[] };

const PLACEHOLDER_KEYS = ['0', '1'] as const;
const PLACEHOLDER_LABELS = ['Reported count', 'Placeholder (500/501)'] as const;

/** The column behind a clause or count field (breachType → table.breachTypes, placeholder → 0/1). */
export function categoryColumn(table: BreachTable, field: InField): CategoryView {
  switch (field) {
    case 'state':
    case 'entityType':
    case 'businessAssociate':
    case 'status': {
      const c = table[field];
      return { multi: false, codes: c.codes, keys: c.keys, labels: c.labels };
    }
    case 'breachType':
      return { multi: true, ...table.breachTypes };
    case 'location':
      return { multi: true, ...table.locations };
    case 'placeholder':
      return {
        multi: false,
        codes: table.placeholder,
        keys: PLACEHOLDER_KEYS,
        labels: PLACEHOLDER_LABELS,
      };
    default:
      throw new TypeError(`categoryColumn: unknown field ${String(field as unknown)}`);
  }
}
