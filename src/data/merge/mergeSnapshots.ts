import { matchRecords, type MatchKey, type MatchRule } from './matchRecords';
import { emptyBreach } from './emptyBreach';
import { breachIdBase, deletingArchive, statusOf, takeValues } from './mergeRules';
import {
  compareSnapshots,
  judgeSnapshots,
  newestInvestigation,
  provesDeletion,
} from './snapshotRoles';
import type { ExportRecord, Issue, MergedBreach, Snapshot } from '../schema/types';

export interface MergeResult {
  breaches: MergedBreach[];
  /** The inputs as judged (judgeSnapshots), oldest first: a file that did not earn `complete` is `partial` here. */
  snapshots: Snapshot[];
  /** Breaches HHS deleted: seen in an older complete archive, missing from a newer one. */
  dropped: MergedBreach[];
  issues: Issue[];
  /** How many records each matching rule joined to an earlier sighting. */
  matchedByRule: Record<MatchRule, number>;
  rowsRead: number;
}

interface Working {
  breach: MergedBreach;
  latest: ExportRecord;
  /** The first sighting: the id is built from it so later renames keep the id. */
  first: ExportRecord;
}

/**
 * One breach history from many snapshots of the portal's two lists.
 *
 * Snapshots are applied oldest first; each one's records are matched one-to-one to the breaches
 * known so far (see matchRecords), and the newest sighting's values win. A file counts as a whole
 * list only if it earns it (judgeSnapshots); a partial one adds and updates but never removes or
 * closes. Afterwards:
 * - a breach seen in a complete archive but missing from a newer complete archive that should
 *   hold it was deleted or replaced by HHS, and is dropped (reported, never silently);
 * - status is `open` when the newest under-investigation list holds it, `archived` when any
 *   archive does, else `closed` (it left the open list and its archive copy is not in the inputs).
 */
export function mergeSnapshots(input: readonly Snapshot[]): MergeResult {
  const judged = judgeSnapshots(input);
  const snapshots = [...judged.snapshots].sort(compareSnapshots);
  const working: Working[] = [];
  const matchedByRule: Record<MatchRule, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let rowsRead = 0;

  for (const snapshot of snapshots) {
    rowsRead += snapshot.records.length;
    const known: MatchKey[] = working.map((w) => w.latest);
    const matches = matchRecords(known, snapshot.records);
    snapshot.records.forEach((record, j) => {
      const match = matches[j];
      const target = match && match.known >= 0 ? working[match.known] : undefined;
      if (target && match?.rule) {
        matchedByRule[match.rule] += 1;
        see(target, snapshot, record);
      } else {
        const fresh: Working = { breach: emptyBreach(record), latest: record, first: record };
        working.push(fresh);
        see(fresh, snapshot, record);
      }
    });
  }

  const issues: Issue[] = [...judged.issues];
  const completeArchives = snapshots.filter(provesDeletion);
  const openList = newestInvestigation(snapshots);
  const byId = new Map(snapshots.map((s) => [s.id, s]));
  const snapshotOf = (id: string) => byId.get(id);

  const kept: MergedBreach[] = [];
  const dropped: MergedBreach[] = [];
  for (const w of working) {
    const b = w.breach;
    const deletedBy = deletingArchive(b.snapshots, snapshotOf, completeArchives)?.id;
    if (deletedBy) {
      dropped.push(b);
      issues.push({
        file: w.latest.file,
        row: w.latest.row,
        field: null,
        severity: 'warning',
        code: 'deleted-by-hhs',
        message: `${b.name} (${b.state ?? 'no state'}, ${b.submitted}) is in ${b.snapshots.at(-1)} but not in the newer complete archive ${deletedBy}; HHS removed it, so it is left out`,
      });
      continue;
    }
    b.status = statusOf(b.snapshots, snapshotOf, openList);
    kept.push(b);
  }

  assignIds(working);
  kept.sort(compareBreaches);
  dropped.sort(compareBreaches);
  return {
    breaches: kept,
    snapshots,
    dropped,
    issues,
    matchedByRule,
    rowsRead,
  };
}

/** Sightings come oldest first, so each one's values are the newest yet (takeValues). */
function see(w: Working, snapshot: Snapshot, record: ExportRecord): void {
  w.latest = record;
  takeValues(w.breach, record, true);
  w.breach.snapshots.push(snapshot.id);
  w.breach.countHistory.push({ snapshot: snapshot.id, individuals: record.individuals });
}

/**
 * Readable, deterministic ids: submission date + the normalised name of the FIRST sighting, so a
 * rebuild with a newer export keeps every existing breach's id (shared links stay valid).
 * Same-day duplicates get -2, -3 … in the order the inputs list them.
 */
function assignIds(working: readonly Working[]): void {
  const used = new Map<string, number>();
  for (const w of working) {
    const base = breachIdBase(w.first);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    w.breach.id = n === 1 ? base : `${base}-${n}`;
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest submission first, then by name and id: a stable order for byte-identical output. */
export function compareBreaches(a: MergedBreach, b: MergedBreach): number {
  return (
    compareStrings(b.submitted, a.submitted) ||
    compareStrings(a.name, b.name) ||
    compareStrings(a.id, b.id)
  );
}
