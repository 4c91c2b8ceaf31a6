// Shared types of the data core. Plain TypeScript: no React, no DOM.

/** A problem found while reading or merging, always naming where it is. */
export interface Issue {
  /** File name as the user or build gave it (no directories). */
  file: string;
  /** 1-based line-independent record number: header = row 1, first data record = row 2. Null for file-level problems. */
  row: number | null;
  /** Portal column name (e.g. "Individuals Affected"), or null for row/file-level problems. */
  field: string | null;
  /** error = the row (or file) was not loaded; warning = loaded, value repaired or left empty. */
  severity: 'error' | 'warning';
  /** Stable machine code, e.g. "bad-date", "empty-count", "column-count", "not-an-export". */
  code: string;
  message: string;
}

/** One data row of a portal export, typed and normalised. */
export interface ExportRecord {
  file: string;
  row: number;
  /** Trimmed, inner whitespace collapsed, known mojibake repaired. */
  name: string;
  /** Two-letter code, or null when the export leaves it empty (Puerto Rico entities). */
  state: string | null;
  entityType: string | null;
  /** Null when the export leaves it empty. Never NaN. */
  individuals: number | null;
  /** ISO date YYYY-MM-DD. */
  submitted: string;
  breachTypes: string[];
  locations: string[];
  businessAssociate: boolean | null;
  /** True when the export carried a non-empty, non-\N Web Description (the text itself is never kept). */
  hasWebDescription: boolean;
  /**
   * Which list the row belongs to, when the file itself says so: a derived listing of both lists
   * carries a `Status` column (`Archived` / `Under Investigation`). Absent for the portal's exports,
   * which hold one list each.
   */
  list?: SnapshotKind;
}

export type SnapshotKind = 'archive' | 'investigation';
/**
 * complete = the whole list as the portal had it; partial = complete only from coverageFrom on;
 * filtered = a subset by some criteria; derived = a whole list as processed by a third party,
 * which may have dropped rows: its counts and statuses are news, but a record missing from it
 * is never evidence that HHS removed the record.
 */
export type SnapshotCoverage = 'complete' | 'partial' | 'filtered' | 'derived';

/** How a snapshot's date was found: given by the user, read from the file name, or its newest submission date. */
export type SnapshotDateSource = 'given' | 'name' | 'newest-submission';

/** One list as exported on one day. A file may hold more than one (the xlsx holds two). */
export interface Snapshot {
  /** Stable id, e.g. "investigation-2025-06-25" or "archive-2025-05-11-filtered". */
  id: string;
  file: string;
  kind: SnapshotKind;
  /** ISO date the export is taken to represent. */
  date: string;
  /** How `date` was found (describeSnapshot); absent for a snapshot made by hand. */
  dateFrom?: SnapshotDateSource;
  coverage: SnapshotCoverage;
  /** For partial coverage: first submission date the list is complete for. */
  coverageFrom?: string;
  records: ExportRecord[];
}

export type ReadResult =
  | { ok: true; records: ExportRecord[]; issues: Issue[]; rowsRead: number }
  | { ok: false; issues: Issue[] };

export type BreachStatus = 'open' | 'archived' | 'closed';

/** One breach report after merging all snapshots. */
export interface MergedBreach {
  id: string;
  name: string;
  state: string | null;
  entityType: string | null;
  individuals: number | null;
  submitted: string;
  breachTypes: string[];
  locations: string[];
  businessAssociate: boolean | null;
  hasWebDescription: boolean;
  /** open = on the newest under-investigation list; archived = seen in an archive; closed = left the investigation list, archive copy not seen. */
  status: BreachStatus;
  /** Latest count is exactly 500 or 501, the values OCR uses before a real count is known. */
  placeholder: boolean;
  /** Snapshot ids the breach was seen in, oldest first. */
  snapshots: string[];
  /** Count as each snapshot showed it, oldest first. */
  countHistory: { snapshot: string; individuals: number | null }[];
}
