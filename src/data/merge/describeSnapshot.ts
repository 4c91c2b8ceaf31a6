import { makeIssue } from '../schema/makeIssue';
import type {
  ExportRecord,
  Issue,
  Snapshot,
  SnapshotCoverage,
  SnapshotDateSource,
  SnapshotKind,
} from '../schema/types';

export interface DescribeOptions {
  /**
   * The snapshot date the user gave (they know when they downloaded it): wins over the name and
   * the rows. Never a file's modification time, which only says when the file was last saved.
   */
  date?: string;
  /** How `date` was found, when it was not given by the user (both halves of a listing share one). */
  dateFrom?: SnapshotDateSource;
  /** Overrides the kind read from the name or inferred from the content. */
  kind?: SnapshotKind;
  /** Overrides the coverage read from the name. */
  coverage?: SnapshotCoverage;
  /** Ids already in use; a clash gets a `-2`, `-3`… suffix (two downloads of the same list on one day). */
  takenIds?: ReadonlySet<string>;
}

/**
 * Says which list, as of which day, one file's records are.
 *
 * Reference copies are named `<kind>-<YYYY-MM-DD>_<source>.<ext>`, with a `filtered-` prefix for
 * a subset by criteria and `…_transcribed-subset` / a month-only date for a hand-copied part of
 * a list. For any other name (a user's own `breach_report.csv`) the kind comes from the content:
 * the portal fills Web Description only when a case is archived, so an investigation export
 * has none and an archive export has some.
 */
export function describeSnapshot(
  file: string,
  records: ExportRecord[],
  opts: DescribeOptions = {},
): Snapshot {
  const base = file.split(/[\\/]/).pop() ?? file;
  const named =
    /^(filtered-)?((?:archive|investigation)(?:\+(?:archive|investigation))*)-(\d{4}-\d{2}(?:-\d{2})?)(?=[_.-]|$)/i.exec(
      base,
    );
  const nameKinds = named?.[2]?.toLowerCase().split('+') ?? [];
  const nameKind = nameKinds.length === 1 ? (nameKinds[0] as SnapshotKind) : undefined;
  const kind: SnapshotKind =
    opts.kind ??
    nameKind ??
    (records.some((r) => r.hasWebDescription) ? 'archive' : 'investigation');

  // The newest and oldest submission (one pass: sorting a million dates only to read both ends
  // cost the import a second).
  let newest: string | undefined;
  let oldest: string | undefined;
  for (const r of records) {
    if (newest === undefined || r.submitted > newest) newest = r.submitted;
    if (oldest === undefined || r.submitted < oldest) oldest = r.submitted;
  }
  const nameDate = named?.[3];

  let coverage: SnapshotCoverage = 'complete';
  if (opts.coverage !== undefined) coverage = opts.coverage;
  else if (named?.[1]) coverage = 'filtered';
  else if (/subset|partial/i.test(base) || (nameDate !== undefined && nameDate.length === 7))
    coverage = 'partial';

  // The date: as the user gave it, else by the name, else by the newest submission (a list is at
  // least as new as its newest row; a month-only name, the month a copy was uploaded, says less).
  let date: string;
  let dateFrom: SnapshotDateSource;
  if (opts.date !== undefined && isIsoDate(opts.date)) {
    date = opts.date;
    dateFrom = opts.dateFrom ?? 'given';
  } else if (nameDate !== undefined && nameDate.length === 10 && isIsoDate(nameDate)) {
    date = nameDate;
    dateFrom = 'name';
  } else {
    date = newest ?? (nameDate !== undefined ? `${nameDate}-01` : '1970-01-01');
    dateFrom = 'newest-submission';
  }

  let id = `${kind}-${date}${coverage === 'complete' ? '' : `-${coverage}`}`;
  if (opts.takenIds?.has(id)) {
    let n = 2;
    while (opts.takenIds.has(`${id}-${n}`)) n += 1;
    id = `${id}-${n}`;
  }

  const snapshot: Snapshot = { id, file: base, kind, date, dateFrom, coverage, records };
  // A hand-copied part stops somewhere inside its oldest day, so it is complete only from the
  // next day on (the derived 2026 subset: one row of 2024-12-20, complete from 2024-12-21).
  if (coverage === 'partial' && oldest !== undefined) snapshot.coverageFrom = addDays(oldest, 1);
  return snapshot;
}

/**
 * A file's snapshots. A portal export is one list; a derived listing whose rows say which list
 * they are on (`Status`) is two lists of the same day, both with coverage `derived`.
 */
export function describeSnapshots(
  file: string,
  records: ExportRecord[],
  opts: DescribeOptions = {},
): Snapshot[] {
  if (!records.some((r) => r.list !== undefined)) return [describeSnapshot(file, records, opts)];
  // Both halves are as of one day: the whole file's date, not each half's newest row.
  const whole = describeSnapshot(file, records, opts);
  const date = whole.date;
  const taken = new Set(opts.takenIds ?? []);
  const snapshots: Snapshot[] = [];
  for (const kind of ['archive', 'investigation'] as const) {
    const part = records.filter((r) => r.list === kind);
    if (part.length === 0) continue;
    const snapshot = describeSnapshot(file, part, {
      date,
      ...(whole.dateFrom ? { dateFrom: whole.dateFrom } : {}),
      kind,
      coverage: 'derived',
      takenIds: taken,
    });
    taken.add(snapshot.id);
    snapshots.push(snapshot);
  }
  return snapshots;
}

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return d.toISOString().slice(0, 10) === value;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A list cannot hold a report submitted after the day it was exported: such a record (a typo such
 * as 2099) is dropped with an error naming its file, row and field, so it never stretches the
 * charts. Returns the snapshots without those records and the problems found.
 */
export function dropAfterSnapshot(snapshots: readonly Snapshot[]): {
  snapshots: Snapshot[];
  issues: Issue[];
} {
  const issues: Issue[] = [];
  const kept = snapshots.map((s) => {
    if (!s.records.some((r) => r.submitted > s.date)) return s;
    const records = s.records.filter((r) => {
      if (r.submitted <= s.date) return true;
      issues.push(
        makeIssue(
          r.file,
          r.row,
          'Breach Submission Date',
          'error',
          'impossible-date',
          `row ${r.row}: Breach Submission Date ${r.submitted} is after the list's date ${s.date} (${s.dateFrom === 'name' ? 'from the file name' : 'as given'}); row skipped`,
        ),
      );
      return false;
    });
    return { ...s, records };
  });
  return { snapshots: kept, issues };
}
