import type { MultiColumn } from './BreachTable';

/**
 * A multi-valued column as codes: each distinct bitmask (combination of values) gets a code, so a
 * filter or a count can treat the column like a single-valued one (one lookup per row) and expand
 * the few combinations into values afterwards. `masks[code]` is the combination.
 */
export interface MaskCombos {
  readonly codes: Uint16Array;
  readonly masks: Uint32Array;
}

/** More combinations than this and the column is not coded (callers fall back to the masks). */
const MAX_COMBOS = 65_535;

const cache = new WeakMap<MultiColumn, MaskCombos | null>();

/** The column's combinations, derived once per column (lazily); null when there are too many. */
export function maskCombos(column: MultiColumn): MaskCombos | null {
  const known = cache.get(column);
  if (known !== undefined) return known;
  const { masks } = column;
  const codes = new Uint16Array(masks.length);
  if (column.keys.length <= 16) {
    // Every mask is below 2^16: number the combinations through a direct table (no hashing).
    const codeOf = new Int32Array(1 << column.keys.length).fill(-1);
    const seen: number[] = [];
    for (let i = 0; i < masks.length; i += 1) {
      const mask = masks[i]!;
      let code = codeOf[mask]!;
      if (code < 0) {
        code = seen.length;
        seen.push(mask);
        codeOf[mask] = code;
      }
      codes[i] = code;
    }
    const result = { codes, masks: Uint32Array.from(seen) };
    cache.set(column, result);
    return result;
  }
  const codeOf = new Map<number, number>();
  const seen: number[] = [];
  let result: MaskCombos | null = null;
  let lastMask = -1;
  let lastCode = 0;
  let ok = true;
  for (let i = 0; i < masks.length; i += 1) {
    const mask = masks[i]!;
    if (mask !== lastMask) {
      let code = codeOf.get(mask);
      if (code === undefined) {
        if (seen.length >= MAX_COMBOS) {
          ok = false;
          break;
        }
        code = seen.length;
        seen.push(mask);
        codeOf.set(mask, code);
      }
      lastMask = mask;
      lastCode = code;
    }
    codes[i] = lastCode;
  }
  if (ok) result = { codes, masks: Uint32Array.from(seen) };
  cache.set(column, result);
  return result;
}
