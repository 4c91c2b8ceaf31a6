import type { SightingColumns } from '../data/table/ColumnarCountHistory';
import type { ImportReport } from '../data/merge/importReport';
import type { SnapshotInfo } from '../data/merge/mergeIntoHistory';
import type { Manifest } from '../data/datasets/parseManifest';
import type { ImportedFileInfo } from '../storage/historyStorage';
import type { TableMessage } from './transferTable';

/** Where the shipped datasets are (fingerprinted by Vite), as absolute same-origin URLs. */
export interface ShippedUrls {
  breaches: string;
  countHistory: string;
  manifest: string;
}

/** The user's answer to an import report shown for review: save it, or merge again with corrected snapshot dates (by file name). */
export type ReviewAnswer =
  { action: 'apply' } | { action: 'revise'; dates: Record<string, string> };

/** Page → worker. */
export type WorkerRequest =
  | { type: 'load'; id: number; urls: ShippedUrls }
  | { type: 'import'; id: number; files: File[]; urls: ShippedUrls; chunkSize?: number }
  | { type: 'review'; id: number; answer: ReviewAnswer }
  | { type: 'cancel'; id: number }
  | { type: 'reset'; id: number };

export interface ImportProgress {
  phase: 'reading' | 'merging' | 'saving' | 'sending';
  file: string;
  fileIndex: number;
  files: number;
  bytes: number;
  totalBytes: number;
  rows: number;
  /** While reading: milliseconds since reading began, so the page can show MB/s. */
  elapsedMs?: number;
}

/** Everything but the table, which comes first in its own message (its arrays transferred). */
export interface HistoryPayload {
  manifest: Manifest;
  snapshots: SnapshotInfo[];
  sightings: SightingColumns;
  imports: ImportedFileInfo[];
  report: ImportReport | null;
}

/** Worker → page. A result is table (ids and names included), then done. */
export type WorkerResponse =
  | { type: 'progress'; id: number; progress: ImportProgress }
  /** The merge is ready but needs the user's word (ImportReport.confirm): nothing is saved until a `review` answer. */
  | { type: 'review'; id: number; report: ImportReport }
  | { type: 'table'; id: number; table: TableMessage }
  /** changed false: nothing merged (every file refused or already held); report says why. */
  | {
      type: 'done';
      id: number;
      changed: boolean;
      payload: HistoryPayload | null;
      report: ImportReport | null;
    }
  | { type: 'stored'; id: number; ok: boolean; reason: string }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
