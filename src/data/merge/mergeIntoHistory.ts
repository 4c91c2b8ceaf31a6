import { matchIndices, type MatchKey, type MatchRule } from './matchRecords';
import { snapshotInfo, type SnapshotInfo } from './snapshotInfo';
import { emptyBreach } from './emptyBreach';
import { compareBreaches } from './mergeSnapshots';
import {
  compareSnapshots,
  judgeSnapshots,
  newestInvestigation,
  provesDeletion,
} from './snapshotRoles';
import { breachIdBase, deletingArchive, statusOf, takeValues } from './mergeRules';
import type { BreachRow } from '../datasets/parseBreachRows';
import type { CountHistory } from '../datasets/parseCountHistory';
import type { ExportRecord, Issue, MergedBreach, Snapshot } from '../schema/types';

export type { SnapshotInfo };

/**
 * A merged breach history without its source records: what datasets/ holds (breaches.csv +
 * count-history.csv + the snapshot list), enough to merge newer exports into it.
 */
export interface History {
  /** Oldest first (compareSnapshots order). */
  snapshots: SnapshotInfo[];
  /** compareBreaches order (newest submission first). */
  breaches: MergedBreach[];
}

/** One breach whose count an import changed. */
export interface CountChange {
  id: string;
  name: string;
  state: string | null;
  submitted: string;
  before: number | null;
  after: number | null;
  /** The count before was 500 or 501 (OCR's stand-in) and now is a real count. */
  placeholderResolved: boolean;
}

export interface BreachRef {
  id: string;
  name: string;
  state: string | null;
  submitted: string;
  individuals: number | null;
}

export interface HistoryChanges {
  /** Breaches no snapshot of the history had before. */
  added: BreachRef[];
  countsUpdated: CountChange[];
  /** Breaches whose status became `archived` (they were open or closed before). */
  nowArchived: BreachRef[];
  /** Breaches that left the newest under-investigation list without an archive copy (open → closed). */
  nowClosed: BreachRef[];
  /** Breaches an imported complete archive shows HHS removed (see mergeSnapshots). */
  removed: BreachRef[];
  /** Records joined to a known breach, by matching rule. */
  matchedByRule: Record<MatchRule, number>;
  /** Snapshots skipped because the history already holds them (same list, date and file). */
  skippedSnapshots: string[];
}

export interface MergeIntoHistoryResult {
  history: History;
  /** The incoming snapshots as merged: coverage as judged (judgeSnapshots), ids made unique; skipped ones as the history holds them. */
  incoming: SnapshotInfo[];
  changes: HistoryChanges;
  issues: Issue[];
}

/**
 * Builds the history the shipped datasets describe: breaches.csv rows, count-history.csv and the
 * manifest's snapshot list. A breach with no count history (its rows were skipped) keeps its
 * values and status; it just has no sightings to reason about.
 */
export function historyFromRows(
  rows: readonly BreachRow[],
  counts: CountHistory,
  snapshots: readonly SnapshotInfo[],
): History {
  const breaches = rows.map((r): MergedBreach => {
    const sightings = counts.get(r.id) ?? [];
    return {
      id: r.id,
      name: r.name,
      state: r.state,
      entityType: r.entityType,
      individuals: r.individuals,
      submitted: r.submitted,
      breachTypes: r.breachTypes,
      locations: r.locations,
      businessAssociate: r.businessAssociate,
      hasWebDescription: r.webDescription,
      status: r.status,
      placeholder: r.placeholder,
      snapshots: sightings.map((s) => s.snapshot),
      countHistory: sightings.map((s) => ({ snapshot: s.snapshot, individuals: s.individuals })),
    };
  });
  return { snapshots: sortSnapshots(snapshots), breaches };
}

/**
 * Merges newer (or older) exports into a history with the rules of `npm run datasets`
 * (mergeSnapshots): each snapshot, oldest first, is matched one-to-one to the breaches known so
 * far by matchRecords; the newest sighting's values win (an older one only fills values the
 * history lacks); status is recomputed from the newest under-investigation list; a breach that
 * a newer complete archive should list but does not is removed, with a warning. Merging the
 * newest export into the history of the others gives what a full rebuild gives (tested on the
 * real exports). Pure: the input history is not changed.
 *
 * Known difference from a full rebuild, by design: an import older than a breach's first
 * sighting does not change that breach's id (ids stay stable so shared links keep working).
 */
export function mergeIntoHistory(
  base: History,
  incoming: readonly Snapshot[],
): MergeIntoHistoryResult {
  const infoOf = new Map(base.snapshots.map((s) => [s.id, s]));
  const before = new Map(
    base.breaches.map((b) => [
      b.id,
      { individuals: b.individuals, status: b.status, placeholder: b.placeholder },
    ]),
  );
  const breaches = base.breaches.map(cloneBreach);
  const usedIds = new Set(breaches.map((b) => b.id));
  const issues: Issue[] = [];
  const matchedByRule: Record<MatchRule, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const skippedSnapshots: string[] = [];
  const incomingInfo: SnapshotInfo[] = [];

  // Completeness is judged as the build judges it, against the history's own whole archives.
  const judged = judgeSnapshots(incoming, base.snapshots);
  issues.push(...judged.issues);
  for (const snapshot of [...judged.snapshots].sort(compareSnapshots)) {
    const known = infoOf.get(snapshot.id);
    if (known && known.file === snapshot.file && known.records === snapshot.records.length) {
      skippedSnapshots.push(snapshot.id);
      incomingInfo.push(known);
      issues.push({
        file: snapshot.file,
        row: null,
        field: null,
        severity: 'warning',
        code: 'already-in-history',
        message: `${snapshot.file}: the ${snapshot.kind === 'archive' ? 'archive' : 'under-investigation'} list of ${snapshot.date} is already part of the data; not merged again`,
      });
      continue;
    }
    const info = uniqueInfo(snapshot, infoOf);
    infoOf.set(info.id, info);
    incomingInfo.push(info);
    const order = creationOrder(breaches, infoOf);
    const keys: MatchKey[] = order.map((i) => breaches[i]!);
    const matches = matchIndices(keys, snapshot.records);
    const records = snapshot.records;
    for (let j = 0; j < records.length; j += 1) {
      const record = records[j]!;
      const known = matches.known[j]!;
      const target = known >= 0 ? breaches[order[known] ?? -1] : undefined;
      const rule = matches.rule[j]! as MatchRule | 0;
      if (target && rule !== 0) {
        matchedByRule[rule] += 1;
        see(target, info, record, infoOf);
      } else {
        // Breaches added by this merge are the ones after the base's in `breaches`.
        breaches.push(newBreach(record, info, usedIds));
      }
    }
  }

  const snapshots = sortSnapshots([...infoOf.values()]);
  const archives = snapshots.filter(provesDeletion);
  const openList = newestInvestigation(snapshots);
  const snapshotOf = (id: string) => infoOf.get(id);
  const unsorted: MergedBreach[] = [];
  const unsortedAdded: boolean[] = [];
  const removed: BreachRef[] = [];
  for (const [i, b] of breaches.entries()) {
    const isAdded = i >= base.breaches.length;
    const deletedBy = deletingArchive(b.snapshots, snapshotOf, archives);
    if (deletedBy) {
      if (!isAdded) removed.push(ref(b));
      issues.push({
        file: deletedBy.file,
        row: null,
        field: null,
        severity: 'warning',
        code: 'deleted-by-hhs',
        message: `${b.name} (${b.state ?? 'no state'}, ${b.submitted}) is in ${b.snapshots.at(-1)} but not in the newer complete archive ${deletedBy.id}; HHS removed it, so it is left out`,
      });
      continue;
    }
    if (b.snapshots.length > 0) b.status = statusOf(b.snapshots, snapshotOf, openList);
    unsorted.push(b);
    unsortedAdded.push(isAdded);
  }
  const order = unsorted.map((_, i) => i);
  order.sort((x, y) => compareBreaches(unsorted[x]!, unsorted[y]!));
  const kept = order.map((i) => unsorted[i]!);
  const added = order.map((i) => unsortedAdded[i]!);

  const countsUpdated: CountChange[] = [];
  const nowArchived: BreachRef[] = [];
  const nowClosed: BreachRef[] = [];
  for (const [k, b] of kept.entries()) {
    // An added breach has no earlier state (and a million of them need no id lookup).
    if (added[k]) continue;
    const was = before.get(b.id);
    if (!was) continue;
    if (was.individuals !== b.individuals) {
      countsUpdated.push({
        ...ref(b),
        before: was.individuals,
        after: b.individuals,
        placeholderResolved: was.placeholder && !b.placeholder && b.individuals !== null,
      });
    }
    if (was.status !== 'archived' && b.status === 'archived') nowArchived.push(ref(b));
    if (was.status === 'open' && b.status === 'closed') nowClosed.push(ref(b));
  }
  return {
    history: { snapshots, breaches: kept },
    incoming: incomingInfo,
    changes: {
      added: kept.filter((_, k) => added[k]).map(ref),
      countsUpdated,
      nowArchived,
      nowClosed,
      removed,
      matchedByRule,
      skippedSnapshots,
    },
    issues,
  };
}

/** The breaches.csv row of a merged breach (as serialiseDatasets writes it), for buildBreachTable. */
export function historyRows(history: History): BreachRow[] {
  const rowAt = historyRowReader(history);
  return history.breaches.map((_, i) => ({ ...rowAt(i) }));
}

/**
 * historyRows one row at a time, every call filling and returning the same object (for
 * buildBreachTableOf: a million breaches need no million row objects).
 */
export function historyRowReader(history: History): (i: number) => BreachRow {
  const dateOf = new Map(history.snapshots.map((s) => [s.id, s.date]));
  // Every field is set below before the row is returned.
  const row = {} as BreachRow;

  return (i) => {
    const b = history.breaches[i]!;
    const first = b.snapshots[0];
    const last = b.snapshots.at(-1);
    row.id = b.id;
    row.name = b.name;
    row.state = b.state;
    row.entityType = b.entityType;
    row.individuals = b.individuals;
    row.submitted = b.submitted;
    row.breachTypes = b.breachTypes;
    row.locations = b.locations;
    row.businessAssociate = b.businessAssociate;
    row.status = b.status;
    row.placeholder = b.placeholder;
    row.webDescription = b.hasWebDescription;
    row.firstSeen = first === undefined ? null : (dateOf.get(first) ?? null);
    row.lastSeen = last === undefined ? null : (dateOf.get(last) ?? null);
    row.seenIn = b.snapshots.length;
    return row;
  };
}

/**
 * Indices of the breaches in the order a full rebuild would have created them (by first sighting,
 * then same-day duplicates by their id suffix), because matchRecords gives a record to the first
 * free candidate: the same order gives the same pairs of same-day duplicate reports.
 */
function creationOrder(
  breaches: readonly MergedBreach[],
  infoOf: ReadonlyMap<string, SnapshotInfo>,
): number[] {
  const rank = new Map([...infoOf.values()].sort(compareSnapshots).map((s, i) => [s.id, i]));
  const keyed = breaches.map((b, i) => {
    const suffix = /-(\d+)$/.exec(b.id);
    return {
      i,
      first: rank.get(b.snapshots[0] ?? '') ?? -1,
      base: suffix ? b.id.slice(0, suffix.index) : b.id,
      n: suffix ? Number(suffix[1]) : 1,
    };
  });
  keyed.sort(
    (a, b) =>
      a.first - b.first || (a.base < b.base ? -1 : a.base > b.base ? 1 : a.n - b.n) || a.i - b.i,
  );
  return keyed.map((k) => k.i);
}

function sortSnapshots(list: readonly SnapshotInfo[]): SnapshotInfo[] {
  return [...list].sort(compareSnapshots);
}

function cloneBreach(b: MergedBreach): MergedBreach {
  return { ...b, snapshots: [...b.snapshots], countHistory: b.countHistory.map((h) => ({ ...h })) };
}

/** Two downloads of the same list on the same day keep separate ids (`-2`, `-3` …). */
function uniqueInfo(snapshot: Snapshot, taken: ReadonlyMap<string, SnapshotInfo>): SnapshotInfo {
  let id = snapshot.id;
  for (let n = 2; taken.has(id); n += 1) id = `${snapshot.id}-${n}`;
  return snapshotInfo(snapshot, id);
}

/**
 * A breach first seen in `record` (see() with no sighting before it): named as mergeSnapshots
 * names a breach, submission date + normalised first name, `-2`… on a clash. Its sighting lists
 * are made at their size (a splice into an empty array reserves room for 17).
 */
function newBreach(record: ExportRecord, info: SnapshotInfo, used: Set<string>): MergedBreach {
  const base = breachIdBase(record);
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  const b = emptyBreach(record, info.id);
  b.id = id;
  takeValues(b, record, true);
  return b;
}

/**
 * Adds one sighting in date order; its values are taken by the build's rule (takeValues): the
 * newest sighting's win, an older one only fills what the history left empty.
 */
function see(
  b: MergedBreach,
  info: SnapshotInfo,
  record: ExportRecord,
  infoOf: ReadonlyMap<string, SnapshotInfo>,
): void {
  let at = b.snapshots.length;
  while (at > 0 && compareInfo(infoOf.get(b.snapshots[at - 1] ?? ''), info) > 0) at -= 1;
  b.snapshots.splice(at, 0, info.id);
  b.countHistory.splice(at, 0, { snapshot: info.id, individuals: record.individuals });
  takeValues(b, record, at === b.snapshots.length - 1);
}

function compareInfo(a: SnapshotInfo | undefined, b: SnapshotInfo): number {
  if (a === undefined) return -1;
  return compareSnapshots(a, b);
}

function ref(b: MergedBreach): BreachRef {
  return {
    id: b.id,
    name: b.name,
    state: b.state,
    submitted: b.submitted,
    individuals: b.individuals,
  };
}
