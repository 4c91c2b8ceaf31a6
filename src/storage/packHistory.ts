import type { BreachTable } from '../data/table/BreachTable';
import { buildBreachTableOf } from '../data/table/buildBreachTable';
import {
  buildBreachTableFromColumns,
  type BreachColumns,
} from '../data/table/buildBreachTableFromColumns';
import type { SightingColumns } from '../data/table/ColumnarCountHistory';
import { formatIsoDay } from '../data/dates/formatIsoDay';
import { idRows, textRows, type IdColumn, type TextColumn } from '../data/table/textColumn';
import { historyRowReader, type History, type SnapshotInfo } from '../data/merge/mergeIntoHistory';
import type { MergedBreach } from '../data/schema/types';

/**
 * A history in the form it is stored and sent in: the breach table's columns (typed arrays that
 * IndexedDB and postMessage copy as blocks) plus every breach's sightings as flat columns. A
 * million breaches take about 60 MB this way, against several hundred as objects.
 */
export interface PackedHistory {
  snapshots: SnapshotInfo[];
  columns: BreachColumns;
  sightings: SightingColumns;
}

/** Packs a history; the table is built once here (buildBreachTable) and returned with it. */
export function packHistory(history: History): { packed: PackedHistory; table: BreachTable } {
  const table = buildBreachTableOf(history.breaches.length, historyRowReader(history));
  const position = new Map(history.snapshots.map((s, i) => [s.id, i]));
  let total = 0;
  for (const b of history.breaches) total += b.countHistory.length;
  const offsets = new Uint32Array(history.breaches.length + 1);
  const snapshot = new Uint16Array(total);
  const individuals = new Float64Array(total);
  const hasCount = new Uint8Array(total);
  let k = 0;
  history.breaches.forEach((b, i) => {
    for (const h of b.countHistory) {
      snapshot[k] = position.get(h.snapshot) ?? 0;
      if (h.individuals !== null) {
        individuals[k] = h.individuals;
        hasCount[k] = 1;
      }
      k += 1;
    }
    offsets[i + 1] = k;
  });
  return {
    packed: {
      snapshots: history.snapshots,
      columns: columnsOf(table),
      sightings: { offsets, snapshot, individuals, hasCount },
    },
    table,
  };
}

export function columnsOf(table: BreachTable): BreachColumns {
  return {
    id: table.id,
    name: table.name,
    day: table.day,
    individuals: table.individuals,
    hasCount: table.hasCount,
    state: { codes: table.state.codes as Uint16Array, keys: table.state.keys },
    entityType: { codes: table.entityType.codes as Uint8Array, keys: table.entityType.keys },
    businessAssociate: {
      codes: table.businessAssociate.codes as Uint8Array,
      keys: table.businessAssociate.keys,
    },
    status: { codes: table.status.codes as Uint8Array, keys: table.status.keys },
    breachTypes: { codes: table.breachTypes.masks, keys: table.breachTypes.keys },
    locations: { codes: table.locations.masks, keys: table.locations.keys },
    placeholder: table.placeholder,
    webDescription: table.webDescription,
    firstSeen: table.firstSeen,
    lastSeen: table.lastSeen,
    seenIn: table.seenIn,
  };
}

/**
 * The table of a stored history. buildBreachTableFromColumns checks lengths and codes, so a
 * damaged store gives a RangeError (the caller says the store is unreadable) rather than wrong figures.
 */
export function tableOfPacked(packed: PackedHistory): BreachTable {
  const n = packed.columns.day.length;
  const { offsets } = packed.sightings;
  if (offsets.length !== n + 1 || offsets[n] !== packed.sightings.snapshot.length)
    throw new RangeError('stored sightings do not fit the stored table');
  return buildBreachTableFromColumns(packed.columns);
}

/** The history a stored pack describes, to merge further exports into. */
export function historyOfPacked(packed: PackedHistory): History {
  const c = packed.columns;
  const { offsets, snapshot, individuals, hasCount } = packed.sightings;
  const maskValues = (keys: readonly string[], mask: number) =>
    keys.filter((k, b) => k !== '' && ((mask >>> b) & 1) === 1);
  // A store saved before ids and names were string stores holds plain arrays.
  const id = Array.isArray(c.id) ? (c.id as readonly string[]) : idRows(c.id as IdColumn);
  const name = Array.isArray(c.name)
    ? (c.name as readonly string[])
    : textRows(c.name as TextColumn);
  const breaches: MergedBreach[] = new Array<MergedBreach>(c.day.length);
  for (let i = 0; i < c.day.length; i += 1) {
    const ids: string[] = [];
    const counts: MergedBreach['countHistory'] = [];
    for (let k = offsets[i]!; k < offsets[i + 1]!; k += 1) {
      const id = packed.snapshots[snapshot[k]!]?.id ?? '';
      ids.push(id);
      counts.push({ snapshot: id, individuals: hasCount[k] ? individuals[k]! : null });
    }
    const ba = c.businessAssociate.keys[c.businessAssociate.codes[i]!] ?? '';
    breaches[i] = {
      id: id[i]!,
      name: name[i]!,
      state: c.state.keys[c.state.codes[i]!] || null,
      entityType: c.entityType.keys[c.entityType.codes[i]!] || null,
      individuals: c.hasCount[i] ? c.individuals[i]! : null,
      submitted: formatIsoDay(c.day[i]!),
      breachTypes: maskValues(c.breachTypes.keys, c.breachTypes.codes[i]!),
      locations: maskValues(c.locations.keys, c.locations.codes[i]!),
      businessAssociate: ba === '' ? null : ba === 'Yes',
      hasWebDescription: c.webDescription[i] === 1,
      status: (c.status.keys[c.status.codes[i]!] ?? 'closed') as MergedBreach['status'],
      placeholder: c.placeholder[i] === 1,
      snapshots: ids,
      countHistory: counts,
    };
  }
  return { snapshots: packed.snapshots, breaches };
}
