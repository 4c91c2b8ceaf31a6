import type { ImportReport } from '../data/merge/importReport';
import type { Manifest } from '../data/datasets/parseManifest';
import type { PackedHistory } from './packHistory';
import type { KeyValueStore, StoreResult } from './idbStore';

export const IMPORT_DB_NAME = 'health-breach-atlas';
/** The Web Lock held while an import reads, merges and writes the stored history (one tab at a time). */
export const HISTORY_LOCK = 'health-breach-atlas-history';

/** One file a person imported, as the page lists it. */
export interface ImportedFileInfo {
  file: string;
  bytes: number;
  /** Snapshot ids it added to the history. */
  snapshots: string[];
  rowsRead: number;
  importedAt: string;
}

/** The small part of a stored import, read at every start to know whether there is one. */
export interface ImportMeta {
  version: 1;
  savedAt: string;
  /** Unique per save: tells one tab's save from another's (see runImport). */
  revision?: string;
  /** Fingerprint of the shipped datasets the import was merged into (see baseFingerprint). */
  base: string;
  imports: ImportedFileInfo[];
  manifest: Manifest;
  /** The last import's report; a problems CSV over STORED_CSV_BYTES is cut (its last line says so). */
  report: ImportReport | null;
}

/** Largest problems CSV kept with a stored report (a file of a million bad rows would give hundreds of MB). */
export const STORED_CSV_BYTES = 20_000_000;

export interface HistoryStorage {
  loadMeta(): Promise<StoreResult<ImportMeta | undefined>>;
  loadPacked(): Promise<StoreResult<PackedHistory | undefined>>;
  /** Replaces the stored import in one transaction; `signal` aborting before it commits leaves the previous one. */
  save(meta: ImportMeta, packed: PackedHistory, signal?: AbortSignal): Promise<StoreResult<void>>;
  clear(): Promise<StoreResult<void>>;
}

/**
 * The imported history in IndexedDB under two keys: `history` (the packed table, large) and
 * `meta` (small, read at every start). Both are written in one transaction, so a failure (a full
 * quota) leaves the previous import as it was; `meta` is removed first, so a clear that fails
 * half-way never leaves a meta pointing at a missing table.
 */
export function historyStorage(store: KeyValueStore): HistoryStorage {
  return {
    async loadMeta() {
      const got = await store.get<ImportMeta>('meta');
      if (!got.ok || got.value === undefined) return got;
      if (got.value.version !== 1 || !Array.isArray(got.value.imports))
        return {
          ok: false,
          reason: 'the stored import was written by another version of this app',
        };
      return got;
    },
    loadPacked: () => store.get<PackedHistory>('history'),
    async save(meta, packed, signal) {
      const cut =
        meta.report && meta.report.problemsCsv.length > STORED_CSV_BYTES
          ? { ...meta.report, problemsCsv: cutCsv(meta.report.problemsCsv) }
          : meta.report;
      // One transaction: if it fails (quota), the previous import stays stored as it was.
      return store.setAll(
        [
          ['history', packed],
          ['meta', { ...meta, report: cut }],
        ],
        signal,
      );
    },
    async clear() {
      const meta = await store.delete('meta');
      if (!meta.ok) return meta;
      return store.delete('history');
    },
  };
}

/** The first STORED_CSV_BYTES of a CSV, cut after a whole line, with a last line saying so. */
function cutCsv(bytes: Uint8Array): Uint8Array {
  let end = STORED_CSV_BYTES;
  while (end > 0 && bytes[end - 1] !== 0x0a) end -= 1;
  const note = new TextEncoder().encode(
    '"(the list was cut here: too long to keep in this browser)"\r\n',
  );
  const out = new Uint8Array(end + note.length);
  out.set(bytes.subarray(0, end));
  out.set(note, end);
  return out;
}

/** What identifies the shipped datasets: a rebuild with other inputs changes it. */
export function baseFingerprint(manifest: Manifest & { inputs?: { sha256?: string }[] }): string {
  const inputs = (manifest.inputs ?? []).map((i) => i.sha256 ?? '').join(',');
  return `${manifest.asOf}|${manifest.breaches}|${manifest.rowsRead}|${inputs}`;
}
