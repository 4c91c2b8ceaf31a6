import type { BreachRef, CountChange, HistoryChanges } from './mergeIntoHistory';
import { csvFile } from '../datasets/csvFile';
import type { Issue, SnapshotCoverage, SnapshotDateSource, SnapshotKind } from '../schema/types';

/** What happened to one file of an import. */
export interface FileOutcome {
  file: string;
  bytes: number;
  /** merged = its rows joined the history; refused = nothing from it was used; skipped = already in the history. */
  outcome: 'merged' | 'refused' | 'skipped';
  /** Data records read (header and blank lines not counted). */
  rowsRead: number;
  /** Records loaded (rows read minus rows skipped for errors). */
  records: number;
  snapshots: {
    id: string;
    kind: SnapshotKind;
    date: string;
    /** How the date was found; the report says so, and the user can correct it before saving. */
    dateFrom?: SnapshotDateSource;
    coverage: SnapshotCoverage;
  }[];
  /** Why a refused file was refused (file-level errors), for the headline message. */
  refusal: Issue[];
}

/** The "What changed" report of one import. Lists are cut to `listLimit` entries; totals are exact. */
export interface ImportReport {
  files: FileOutcome[];
  rowsRead: number;
  totals: {
    added: number;
    countsUpdated: number;
    placeholdersResolved: number;
    nowArchived: number;
    nowClosed: number;
    removed: number;
    problems: number;
    rowsSkipped: number;
  };
  added: BreachRef[];
  countsUpdated: CountChange[];
  nowArchived: BreachRef[];
  nowClosed: BreachRef[];
  removed: BreachRef[];
  /** The first `problemLimit` problems of the import (reader and merge), each naming file, row and field. */
  problems: Issue[];
  /**
   * Every problem as a spreadsheet-safe CSV (see problemsCsv), UTF-8 encoded: bytes pass between
   * threads and into storage as one block, where a long string would be copied character by character.
   */
  problemsCsv: Uint8Array;
  before: { asOf: string; breaches: number };
  after: { asOf: string; breaches: number };
  /**
   * Why this import needs the user's confirmation before it is saved (a removal, a mass closing,
   * a file dated by its newest row), each a sentence; empty when it may be saved as it is.
   */
  confirm: string[];
}

/** Closing more than this share of the open cases in one import needs the user's confirmation. */
export const MASS_CLOSING_SHARE = 0.5;

const plural = (n: number, one: string, many: string) =>
  `${new Intl.NumberFormat('en-US').format(n)} ${n === 1 ? one : many}`;

/**
 * What in a merge the user must confirm before it is saved: any breach removed (HHS deleted it,
 * says a newer whole archive), or more than MASS_CLOSING_SHARE of the open cases closed at once.
 */
export function confirmationReasons(changes: HistoryChanges, openBefore: number): string[] {
  const reasons: string[] = [];
  if (changes.removed.length > 0)
    reasons.push(
      `${plural(changes.removed.length, 'breach', 'breaches')} would be removed as deleted by HHS (missing from a newer whole archive).`,
    );
  const closed = changes.nowClosed.length;
  if (closed > 0 && closed > MASS_CLOSING_SHARE * openBefore)
    reasons.push(
      `${plural(closed, 'open case', 'open cases')} of ${new Intl.NumberFormat('en-US').format(openBefore)} would be closed (they are not on the imported under-investigation list).`,
    );
  return reasons;
}

/** A merged file whose name carries no date is dated by its newest submission: the user checks that date. */
export function dateReasons(files: readonly FileOutcome[]): string[] {
  const reasons: string[] = [];
  for (const f of files) {
    if (f.outcome !== 'merged') continue;
    const guessed = f.snapshots.find((s) => s.dateFrom === 'newest-submission');
    if (guessed)
      reasons.push(
        `${f.file} has no date in its name, so it is dated ${guessed.date}, its newest submission; if you downloaded it later, correct the date.`,
      );
  }
  return reasons;
}

export const REPORT_LIST_LIMIT = 200;
export const REPORT_PROBLEM_LIMIT = 200;

/**
 * Assembles the report from what the reader said about each file and what the merge changed.
 * The largest count changes come first (they move the charts most); added breaches newest first.
 */
export function buildImportReport(input: {
  files: FileOutcome[];
  changes: HistoryChanges | null;
  issues: readonly Issue[];
  before: { asOf: string; breaches: number };
  after: { asOf: string; breaches: number };
  /** Open cases before the import, to tell a mass closing (see confirmationReasons). */
  openBefore?: number;
  listLimit?: number;
  problemLimit?: number;
}): ImportReport {
  const limit = input.listLimit ?? REPORT_LIST_LIMIT;
  const c = input.changes;
  const counts = c
    ? [...c.countsUpdated].sort(
        (a, b) =>
          Math.abs((b.after ?? 0) - (b.before ?? 0)) - Math.abs((a.after ?? 0) - (a.before ?? 0)),
      )
    : [];
  return {
    files: input.files,
    rowsRead: input.files.reduce((n, f) => n + f.rowsRead, 0),
    totals: {
      added: c?.added.length ?? 0,
      countsUpdated: c?.countsUpdated.length ?? 0,
      placeholdersResolved: c?.countsUpdated.filter((x) => x.placeholderResolved).length ?? 0,
      nowArchived: c?.nowArchived.length ?? 0,
      nowClosed: c?.nowClosed.length ?? 0,
      removed: c?.removed.length ?? 0,
      problems: input.issues.length,
      rowsSkipped: input.issues.filter((i) => i.severity === 'error' && i.row !== null).length,
    },
    added: (c?.added ?? []).slice(0, limit),
    countsUpdated: counts.slice(0, limit),
    nowArchived: (c?.nowArchived ?? []).slice(0, limit),
    nowClosed: (c?.nowClosed ?? []).slice(0, limit),
    removed: (c?.removed ?? []).slice(0, limit),
    problems: input.issues.slice(0, input.problemLimit ?? REPORT_PROBLEM_LIMIT),
    problemsCsv: new TextEncoder().encode(problemsCsv(input.issues)),
    before: input.before,
    after: input.after,
    confirm: c
      ? [...confirmationReasons(c, input.openBefore ?? 0), ...dateReasons(input.files)]
      : [],
  };
}

export const PROBLEM_COLUMNS = ['file', 'row', 'field', 'severity', 'code', 'reason'] as const;

/**
 * The problems of an import as a CSV a person can open in a spreadsheet, through the one CSV
 * writer (a raw value quoted in a message could start with `=`; names need the BOM).
 */
export function problemsCsv(problems: readonly Issue[]): string {
  const rows = problems.map((p) => [
    p.file,
    p.row === null ? '' : String(p.row),
    p.field ?? '',
    p.severity,
    p.code,
    p.message,
  ]);
  return csvFile(PROBLEM_COLUMNS, rows, { quoteAll: true });
}
