import {
  carriesDescriptions,
  isWholeArchive,
  provesDeletion,
  type ListedSnapshot,
} from './snapshotRoles';

type Listed = ListedSnapshot & { file: string };

/**
 * What the inputs cannot tell, worded from the snapshots themselves so the notes stay true when
 * newer files arrive (the build's manifest and an import's merged manifest both use it).
 */
export function knownGaps(snapshots: readonly Listed[], asOf: string): string[] {
  const newest = (list: readonly Listed[]) =>
    list.reduce<Listed | undefined>(
      (a, s) => (a === undefined || s.date > a.date ? s : a),
      undefined,
    );
  const rawArchive = newest(snapshots.filter(provesDeletion));
  const wholeArchive = newest(snapshots.filter(isWholeArchive));
  const described = newest(snapshots.filter(carriesDescriptions));
  const gaps: string[] = [];
  if (rawArchive === undefined)
    gaps.push(
      'No complete archive export from the portal is among the inputs: no case can be known to have been removed by HHS.',
    );
  else if (wholeArchive && wholeArchive.date > rawArchive.date) {
    gaps.push(
      `No complete archive export from the portal after ${rawArchive.date}; the archive as of ${wholeArchive.date} comes through a derived listing (${wholeArchive.file}) that may lack a few rows, so it adds and updates cases but never removes one.`,
    );
  } else {
    gaps.push(
      `No complete archive export after ${rawArchive.date}: cases submitted later and closed before the next under-investigation snapshot are missing unless a supplement lists them.`,
    );
  }
  if (wholeArchive)
    gaps.push(
      `Cases closed after ${wholeArchive.date} are absent from the archive inputs; their last known values come from the under-investigation lists.`,
    );
  if (described)
    gaps.push(
      `Whether a case has a Web Description is known only from archive files that carry it (newest ${described.date}); cases archived later show none.`,
    );
  gaps.push(`Submissions in the latest year are partial (data as of ${asOf}).`);
  return gaps;
}
