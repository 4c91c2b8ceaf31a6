import { makeIssue } from '../schema/makeIssue';
import type {
  ExportRecord,
  Issue,
  Snapshot,
  SnapshotCoverage,
  SnapshotKind,
} from '../schema/types';

/**
 * What a snapshot may say about the history, in one place for both merges (the build's
 * mergeSnapshots and the import's mergeIntoHistory) and the pages that describe the inputs.
 */
export interface ListedSnapshot {
  id: string;
  kind: SnapshotKind;
  date: string;
  coverage: SnapshotCoverage;
}

/** On the same day and list, the portal's own export is applied last, so its values win. */
const COVERAGE_RANK: Readonly<Record<SnapshotCoverage, number>> = {
  filtered: 0,
  partial: 1,
  derived: 2,
  complete: 3,
};

/** Oldest first; on the same date an archive before an under-investigation list, then by coverage and id. */
export function compareSnapshots(a: ListedSnapshot, b: ListedSnapshot): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === 'archive' ? -1 : 1;
  if (a.coverage !== b.coverage) return COVERAGE_RANK[a.coverage] - COVERAGE_RANK[b.coverage];
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * An archive that proves HHS removed a record it does not list: only a whole archive export that
 * earned its completeness (see judgeCoverage). A filtered or partial archive leaves records out by
 * design and a derived listing may have dropped rows, so none of them proves anything by absence.
 */
export function provesDeletion(s: ListedSnapshot): boolean {
  return s.kind === 'archive' && s.coverage === 'complete';
}

/** An archive file whose rows carry the Web Description when the portal has one (all but a filtered or derived copy). */
export function carriesDescriptions(s: ListedSnapshot): boolean {
  return s.kind === 'archive' && (s.coverage === 'complete' || s.coverage === 'partial');
}

/**
 * The under-investigation list that says which cases are open: the newest whole one; on one day
 * the portal's own export rather than a derived listing (it sorts after it). `sorted` is in compareSnapshots order.
 */
export function newestInvestigation<T extends ListedSnapshot>(sorted: readonly T[]): T | undefined {
  for (let i = sorted.length - 1; i >= 0; i -= 1) {
    const s = sorted[i];
    if (s && s.kind === 'investigation' && (s.coverage === 'complete' || s.coverage === 'derived'))
      return s;
  }
  return undefined;
}

/** A whole archive list (the portal's or a derived one): after its date, quickly closed cases can be missing. */
export function isWholeArchive(s: { kind: string; coverage: string }): boolean {
  return s.kind === 'archive' && (s.coverage === 'complete' || s.coverage === 'derived');
}

const COVERAGES: readonly SnapshotCoverage[] = ['complete', 'partial', 'filtered', 'derived'];

/** A coverage read back from a manifest; anything unknown is taken as the cautious `filtered`. */
export function parseCoverage(text: string): SnapshotCoverage {
  return (COVERAGES as readonly string[]).includes(text) ? (text as SnapshotCoverage) : 'filtered';
}

/** The first submission date an archive export must reach to be the whole archive: the portal lists breaches from 2009 on. */
export const ARCHIVE_REACHES_BACK_TO = '2009-12-31';
/** A whole archive holds at least this share of the records of the whole archive before it (HHS deletes a few, never many). */
export const ARCHIVE_MIN_SHARE = 0.9;
/**
 * The under-investigation list holds about the last 24 months of submissions (the real exports
 * span 28–33 months); a file spanning less than this is a part of it, not the list.
 */
export const INVESTIGATION_MIN_SPAN_DAYS = 700;

/** A snapshot as judged: the coverage it earned, and why it did not earn `complete` (null when it did). */
export interface CoverageVerdict {
  coverage: SnapshotCoverage;
  reason: string | null;
}

type Counted = ListedSnapshot & { records: number | readonly unknown[] };

const countOf = (s: Counted) => (typeof s.records === 'number' ? s.records : s.records.length);

/**
 * Completeness is earned, not assumed: a file that claims to be a whole list (`complete`, or a
 * derived listing of a whole list) counts as one only if it looks like one —
 * - an archive must reach back to 2009 and hold at least 90 % of the records of the whole archive
 *   before it (`previous`), when there is one;
 * - an under-investigation list must span about 24 months of submissions.
 * Anything else is `partial`: it adds and updates breaches, but never removes or closes one
 * (provesDeletion and newestInvestigation ignore it). Filtered and partial files stay as they are.
 */
export function judgeCoverage(
  s: { kind: SnapshotKind; coverage: SnapshotCoverage; records: readonly ExportRecord[] },
  previous: Counted | undefined,
): CoverageVerdict {
  if (s.coverage !== 'complete' && s.coverage !== 'derived')
    return { coverage: s.coverage, reason: null };
  let oldest = '';
  let newest = '';
  for (const r of s.records) {
    if (oldest === '' || r.submitted < oldest) oldest = r.submitted;
    if (r.submitted > newest) newest = r.submitted;
  }
  const partial = (reason: string): CoverageVerdict => ({ coverage: 'partial', reason });
  if (s.records.length === 0) return partial('it holds no breach');
  if (s.kind === 'archive') {
    if (oldest > ARCHIVE_REACHES_BACK_TO)
      return partial(`its oldest submission is ${oldest}, so it does not reach back to 2009`);
    const before = previous === undefined ? 0 : countOf(previous);
    if (previous !== undefined && s.records.length < ARCHIVE_MIN_SHARE * before)
      return partial(
        `it holds ${s.records.length} records, fewer than ${ARCHIVE_MIN_SHARE * 100} % of the ${before} of the archive of ${previous.date}`,
      );
    return { coverage: s.coverage, reason: null };
  }
  const days = (Date.parse(newest) - Date.parse(oldest)) / 86_400_000;
  if (days < INVESTIGATION_MIN_SPAN_DAYS)
    return partial(
      `its submissions span ${Math.round(days / 30.44)} months (${oldest} to ${newest}), not the about 24 months of the portal's list`,
    );
  return { coverage: s.coverage, reason: null };
}

/**
 * Judges the coverage of incoming snapshots against the ones a history already holds (already
 * judged), oldest first, so each archive is compared with the whole archive before it. A snapshot
 * that does not earn its claim becomes `partial` (id `<kind>-<date>-partial`), with a warning
 * naming the file and the reason. The build (mergeSnapshots) and the import (mergeIntoHistory)
 * both start here, so a file gets the same verdict from either.
 */
export function judgeSnapshots(
  incoming: readonly Snapshot[],
  known: readonly Counted[] = [],
): { snapshots: Snapshot[]; issues: Issue[] } {
  const all: { s: Counted; fresh: Snapshot | null }[] = [
    ...known.map((s) => ({ s, fresh: null })),
    ...incoming.map((s) => ({ s: s as Counted, fresh: s })),
  ].sort((a, b) => compareSnapshots(a.s, b.s));
  // Unique among the incoming only: a demoted file the history already holds keeps the id it had
  // there, so importing it again is recognised as a repeat (the merge makes other clashes unique).
  const taken = new Set(incoming.map((s) => s.id));
  const judged = new Map<Snapshot, Snapshot>();
  const issues: Issue[] = [];
  let previous: Counted | undefined;
  for (const entry of all) {
    let s = entry.s;
    if (entry.fresh) {
      const verdict = judgeCoverage(entry.fresh, previous);
      let out = entry.fresh;
      if (verdict.reason !== null) {
        out = { ...entry.fresh, coverage: verdict.coverage, id: partialId(entry.fresh, taken) };
        delete out.coverageFrom;
        taken.add(out.id);
        issues.push(
          makeIssue(
            out.file,
            null,
            null,
            'warning',
            'partial-list',
            `${out.file}: taken as part of the ${out.kind === 'archive' ? 'archive' : 'under-investigation list'}, not the whole list: ${verdict.reason}. It adds and updates breaches but removes and closes none.`,
          ),
        );
      }
      judged.set(entry.fresh, out);
      s = out as Counted;
    }
    if (isWholeArchive(s)) previous = s;
  }
  return { snapshots: incoming.map((s) => judged.get(s) ?? s), issues };
}

function partialId(s: Snapshot, taken: ReadonlySet<string>): string {
  const base = `${s.kind}-${s.date}-partial`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}
