import type { CountHistory, CountSighting } from '../datasets/parseCountHistory';
import { encodeIdColumn, findId, idAt, idFinder, type IdColumn } from './textColumn';

/** Sightings of every breach as flat columns: breach i owns entries offsets[i] … offsets[i+1]-1. */
export interface SightingColumns {
  offsets: Uint32Array;
  /** Index into the snapshot list. */
  snapshot: Uint16Array;
  /** Count the snapshot showed; read only where hasCount is 1 (never NaN). */
  individuals: Float64Array;
  hasCount: Uint8Array;
}

/**
 * A CountHistory (Map from breach id to its sightings, oldest first) kept as flat columns, so a
 * history of a million imported breaches costs a few typed arrays instead of a million small
 * arrays. Lookups build the sighting list on demand; a breach's details ask for one id at a time.
 * It is a Map subclass so every reader of CountHistory takes it unchanged.
 */
export class ColumnarCountHistory extends Map<string, CountSighting[]> {
  private index: ((id: string) => number) | null = null;
  private readonly ids: IdColumn;

  constructor(
    ids: readonly string[] | IdColumn,
    private readonly columns: SightingColumns,
    private readonly snapshots: readonly { id: string; date: string }[],
  ) {
    super();
    this.ids = Array.isArray(ids) ? encodeIdColumn(ids as readonly string[]) : (ids as IdColumn);
  }

  override get size(): number {
    let n = 0;
    for (let i = 0; i < this.ids.day.length; i += 1)
      if (this.columns.offsets[i + 1]! > this.columns.offsets[i]!) n += 1;
    return n;
  }

  override get(id: string): CountSighting[] | undefined {
    const row = this.rowOf(id);
    return row < 0 ? undefined : this.sightings(row);
  }

  override has(id: string): boolean {
    return this.rowOf(id) >= 0;
  }

  override *entries(): MapIterator<[string, CountSighting[]]> {
    for (let i = 0; i < this.ids.day.length; i += 1) {
      const list = this.sightings(i);
      if (list.length > 0) yield [idAt(this.ids, i), list];
    }
  }

  override [Symbol.iterator](): MapIterator<[string, CountSighting[]]> {
    return this.entries();
  }

  override *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  override *values(): MapIterator<CountSighting[]> {
    for (const [, list] of this.entries()) yield list;
  }

  override forEach(
    callback: (value: CountSighting[], key: string, map: Map<string, CountSighting[]>) => void,
    thisArg?: unknown,
  ): void {
    for (const [id, list] of this.entries()) callback.call(thisArg, list, id, this);
  }

  /** A linear scan for the first lookups (a few ms at a million rows), an index after that. */
  private lookups = 0;
  private rowOf(id: string): number {
    this.lookups += 1;
    if (this.index === null && this.lookups > 8) this.index = idFinder(this.ids);
    const row = this.index ? this.index(id) : findId(this.ids, id);
    // A breach without sightings is not in the history, as in a Map built from count-history.csv.
    return row >= 0 && this.columns.offsets[row + 1]! > this.columns.offsets[row]! ? row : -1;
  }

  private sightings(row: number): CountSighting[] {
    const { offsets, snapshot, individuals, hasCount } = this.columns;
    const out: CountSighting[] = [];
    for (let k = offsets[row]!; k < offsets[row + 1]!; k += 1) {
      const s = this.snapshots[snapshot[k]!];
      if (s)
        out.push({
          snapshot: s.id,
          date: s.date,
          individuals: hasCount[k] ? individuals[k]! : null,
        });
    }
    return out;
  }
}

/** Flat columns from a plain CountHistory, for breaches in table order. */
export function sightingColumns(
  ids: readonly string[],
  history: CountHistory,
  snapshotIds: readonly string[],
): SightingColumns {
  const position = new Map(snapshotIds.map((id, i) => [id, i]));
  let total = 0;
  for (const id of ids) total += history.get(id)?.length ?? 0;
  const offsets = new Uint32Array(ids.length + 1);
  const snapshot = new Uint16Array(total);
  const individuals = new Float64Array(total);
  const hasCount = new Uint8Array(total);
  let k = 0;
  ids.forEach((id, i) => {
    for (const s of history.get(id) ?? []) {
      const at = position.get(s.snapshot);
      if (at === undefined) continue;
      snapshot[k] = at;
      if (s.individuals !== null) {
        individuals[k] = s.individuals;
        hasCount[k] = 1;
      }
      k += 1;
    }
    offsets[i + 1] = k;
  });
  return {
    offsets,
    snapshot: snapshot.subarray(0, k),
    individuals: individuals.subarray(0, k),
    hasCount: hasCount.subarray(0, k),
  };
}
