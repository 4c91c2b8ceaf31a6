import type { ExportRecord, Issue } from '../schema/types';

/**
 * Copies strings out of the text they were cut from. V8 represents a substring of 13 or more
 * characters as a slice that keeps its whole parent alive, so a record whose name is a slice of
 * a 2 MiB chunk would keep that chunk (and, over a large file, every chunk) in memory. A copy is
 * forced by building a new string and slicing it (the flattened copy no longer refers to the chunk).
 */
export function detachString(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}

/** One canonical copy per distinct value: names, states, types and dates repeat a lot. */
export interface Interner {
  intern(value: string): string;
  /** Distinct values held. */
  readonly size: number;
}

export function createInterner(limit = 2_000_000): Interner {
  const seen = new Map<string, string>();
  return {
    intern(value: string): string {
      const known = seen.get(value);
      if (known !== undefined) return known;
      const copy = detachString(value);
      // Past the limit (an export of millions of distinct names) stop remembering; still copy.
      if (seen.size < limit) seen.set(copy, copy);
      return copy;
    },
    get size() {
      return seen.size;
    },
  };
}

/**
 * Makes a record's strings refer to nothing but themselves (and repeated values shared), in place:
 * the reader's records are its own. Frozen lists come from normaliseRecord's cache, already copied.
 */
export function detachRecord(record: ExportRecord, interner: Interner): ExportRecord {
  record.file = interner.intern(record.file);
  // Names are mostly distinct: copying is cheaper than remembering them all.
  record.name = detachString(record.name);
  if (record.state !== null) record.state = interner.intern(record.state);
  if (record.entityType !== null) record.entityType = interner.intern(record.entityType);
  record.submitted = interner.intern(record.submitted);
  if (!Object.isFrozen(record.breachTypes))
    record.breachTypes = record.breachTypes.map((t) => interner.intern(t));
  if (!Object.isFrozen(record.locations))
    record.locations = record.locations.map((l) => interner.intern(l));
  return record;
}

/** An issue whose message (which quotes raw cells) no longer refers to the chunk text. */
export function detachText(issue: Issue): Issue {
  return {
    ...issue,
    file: detachString(issue.file),
    field: issue.field === null ? null : detachString(issue.field),
    message: detachString(issue.message),
  };
}
