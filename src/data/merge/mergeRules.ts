import { normaliseName } from './normaliseName';
import type { ListedSnapshot } from './snapshotRoles';
import type { BreachStatus, ExportRecord, MergedBreach, SnapshotKind } from '../schema/types';

/**
 * The rules of merging snapshots, written once for the build (mergeSnapshots) and the import
 * (mergeIntoHistory): which values a sighting gives a breach, how a breach is named, when HHS
 * removed it, and what its status is. Which snapshots may remove or close a breach at all is
 * snapshotRoles' (judgeSnapshots, provesDeletion, newestInvestigation).
 */

/**
 * Takes one sighting's values. The newest sighting's values win (an empty value never replaces a
 * known one); an older sighting (an import older than what the history holds) only fills what
 * is still unknown. The description flag is kept once any sighting had one.
 */
export function takeValues(b: MergedBreach, record: ExportRecord, newest: boolean): void {
  if (newest) {
    b.name = record.name;
    b.state = record.state;
    b.entityType = record.entityType ?? b.entityType;
    b.individuals = record.individuals ?? b.individuals;
    b.submitted = record.submitted;
    b.breachTypes = record.breachTypes.length > 0 ? record.breachTypes : b.breachTypes;
    b.locations = record.locations.length > 0 ? record.locations : b.locations;
    b.businessAssociate = record.businessAssociate ?? b.businessAssociate;
  } else {
    b.entityType ??= record.entityType;
    b.individuals ??= record.individuals;
    if (b.breachTypes.length === 0) b.breachTypes = record.breachTypes;
    if (b.locations.length === 0) b.locations = record.locations;
    b.businessAssociate ??= record.businessAssociate;
  }
  b.hasWebDescription ||= record.hasWebDescription;
  b.placeholder = b.individuals === 500 || b.individuals === 501;
}

/**
 * A breach's id before a same-day clash suffix: submission date + the normalised name of its
 * FIRST sighting, so a rebuild with a newer export keeps every existing id (shared links stay valid).
 */
export function breachIdBase(first: Pick<ExportRecord, 'name' | 'submitted'>): string {
  return `${first.submitted}-${normaliseName(first.name).slice(0, 40) || 'unnamed'}`;
}

/** What the merge needs to know of a snapshot a breach was seen in. */
export type Sighted = { date: string; kind: SnapshotKind } | undefined;

/**
 * The deletion rule: the first archive among `archives` (those that prove deletion, oldest first)
 * that is newer than the breach's last archive sighting, does not list it, and after which the
 * breach was seen nowhere — HHS removed it. Null when no such archive exists.
 */
export function deletingArchive<T extends ListedSnapshot>(
  seenIn: readonly string[],
  snapshotOf: (id: string) => Sighted,
  archives: readonly T[],
): T | null {
  // Most breaches were never in an archive, or in none older than the newest: leave without allocating.
  let seenOn = '';
  let newestSeen = '';
  for (const id of seenIn) {
    const s = snapshotOf(id);
    if (!s) continue;
    if (s.kind === 'archive' && s.date > seenOn) seenOn = s.date;
    if (s.date > newestSeen) newestSeen = s.date;
  }
  if (seenOn === '') return null;
  for (const archive of archives) {
    if (archive.date <= seenOn || newestSeen > archive.date || seenIn.includes(archive.id))
      continue;
    return archive;
  }
  return null;
}

/**
 * open = on the newest whole under-investigation list; archived = seen in any archive; closed =
 * it left the open list and its archive copy is not in the inputs.
 */
export function statusOf(
  seenIn: readonly string[],
  snapshotOf: (id: string) => Sighted,
  openList: { id: string } | undefined,
): BreachStatus {
  if (openList && seenIn.includes(openList.id)) return 'open';
  return seenIn.some((id) => snapshotOf(id)?.kind === 'archive') ? 'archived' : 'closed';
}
