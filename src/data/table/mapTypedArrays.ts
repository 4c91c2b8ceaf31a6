/** Every typed-array type a BreachTable's columns use. */
export type TypedColumn =
  Int16Array | Int32Array | Float64Array | Uint8Array | Uint16Array | Uint32Array;

/**
 * A copy of `value` (a table, or any object of columns) with every typed array replaced by
 * `f(array, path)`, `path` naming where it sits (`day`, `state.codes`, `id.rest.bytes`); strings,
 * numbers and plain arrays (dictionaries) are kept. The one walk over a table's columns: moving
 * a table between threads and writing it to a file both use it, so a new column needs no change
 * to either.
 */
export function mapTypedArrays<T>(
  value: T,
  f: (array: TypedColumn, path: string) => unknown,
  path = '',
): T {
  if (ArrayBuffer.isView(value)) return f(value as unknown as TypedColumn, path) as T;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value))
    out[key] = mapTypedArrays(field, f, path === '' ? key : `${path}.${key}`);
  return out as T;
}
