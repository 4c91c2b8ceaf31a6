import type { BreachTable } from '../data/table/BreachTable';
import { describeSnapshots, dropAfterSnapshot } from '../data/merge/describeSnapshot';
import { fileRefusal } from '../data/read/fileRefusal';
import { historyManifest } from '../data/merge/historyManifest';
import { buildImportReport, type FileOutcome, type ImportReport } from '../data/merge/importReport';
import { mergeIntoHistory, type History } from '../data/merge/mergeIntoHistory';
import type { Manifest } from '../data/datasets/parseManifest';
import type { ExportRecord, Issue, Snapshot } from '../data/schema/types';
import {
  baseFingerprint,
  type HistoryStorage,
  type ImportedFileInfo,
  type ImportMeta,
} from '../storage/historyStorage';
import type { ImportProgress, ReviewAnswer, WorkerResponse } from './historyProtocol';
import { historyOfPacked, packHistory, type PackedHistory } from '../storage/packHistory';
import { readExportStream, type ByteSource } from '../data/read/readExportStream';
import { tableMessage } from './transferTable';

/** Thrown (and reported as `cancelled`) once the user cancelled: nothing of the import is kept. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** One file to import, wherever its bytes come from (a File in the browser, a buffer in tests). */
export interface ImportFile {
  name: string;
  size: number;
  source: ByteSource;
}

/** The history the worker holds between imports; `revision` (of the stored copy) null when storing it failed. */
export interface HeldHistory {
  history: History | null;
  packed: PackedHistory | null;
  manifest: Manifest;
  base: string;
  imports: ImportedFileInfo[];
  revision: string | null;
}

/** Everything an import touches outside the data core, so the pipeline runs in Node tests. */
export interface ImportContext {
  storage: HistoryStorage;
  /** The shipped datasets as a history (fetched and parsed by the worker). */
  shipped(): Promise<{ history: History; manifest: Manifest }>;
  post(message: WorkerResponse, transfer?: Transferable[]): void;
  /** Aborted when the user cancels; every phase checks it, the save aborts its transaction. */
  signal: AbortSignal;
  /** The user's answer to a report that needs review (see needsReview); rejects when cancelled. */
  review(report: ImportReport): Promise<ReviewAnswer>;
  /** Runs `work` alone among the tabs of this app (Web Locks), so no import overwrites another. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** The worker's history between imports. */
  held: { current: HeldHistory | null };
  now(): Date;
}

interface ReadFile {
  file: ImportFile;
  outcome: FileOutcome;
  /** Null for a refused file. */
  records: ExportRecord[] | null;
  /** What the reader said about the file, its refusal included. */
  issues: Issue[];
}

function check(ctx: ImportContext): void {
  if (ctx.signal.aborted) throw new Cancelled();
}

/**
 * Lets a waiting `cancel` message in before going on: after a long synchronous step (a merge of
 * a large file) the message is still queued, and only a new task lets the worker read it.
 */
async function checkpoint(ctx: ImportContext): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  check(ctx);
}

/**
 * One import: read every file (refusing bad ones whole), merge the good ones into the history
 * stored now (not the one this tab saw last: another tab may have imported since), show the
 * report, wait for the user where it needs confirmation, then store and send the new history.
 * Cancel stops it in every phase; the stored history changes only when the save commits.
 */
export async function runImport(
  id: number,
  files: readonly ImportFile[],
  ctx: ImportContext,
  chunkSize?: number,
): Promise<void> {
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  const read = await readFiles(id, files, ctx, totalBytes, chunkSize);
  const rowsRead = read.reduce((n, r) => n + r.outcome.rowsRead, 0);
  const progress = (phase: ImportProgress['phase']) =>
    ctx.post({
      type: 'progress',
      id,
      progress: {
        phase,
        file: '',
        fileIndex: files.length - 1,
        files: files.length,
        bytes: totalBytes,
        totalBytes,
        rows: rowsRead,
      },
    });
  await checkpoint(ctx);
  progress('merging');
  await ctx.exclusive(async () => {
    const base = await heldHistory(ctx);
    await checkpoint(ctx);
    const before = { asOf: base.manifest.asOf, breaches: base.history.breaches.length };
    const openBefore = base.history.breaches.filter((b) => b.status === 'open').length;
    const fileIssues = read.flatMap((r) => r.issues);
    // Every file refused or already held: the report says why, nothing changes.
    const nothingMerged = (issues: readonly Issue[]) =>
      ctx.post({
        type: 'done',
        id,
        changed: false,
        payload: null,
        report: buildImportReport({
          files: read.map((r) => r.outcome),
          changes: null,
          issues,
          before,
          after: before,
        }),
      });
    let dates: Record<string, string> = {};
    for (;;) {
      const dated = dropAfterSnapshot(describeAll(read, dates));
      const snapshots = dated.snapshots;
      if (snapshots.length === 0) {
        nothingMerged(fileIssues);
        return;
      }
      const merged = mergeIntoHistory(base.history, snapshots);
      await checkpoint(ctx);
      const outcomes = read.map((r) => r.outcome);
      for (const outcome of outcomes) {
        if (outcome.outcome === 'refused') continue;
        const mine = merged.incoming.filter((s) => s.file === outcome.file);
        const dateFrom = snapshots.find((s) => s.file === outcome.file)?.dateFrom;
        outcome.snapshots = mine.map((s) => ({
          id: s.id,
          kind: s.kind,
          date: s.date,
          ...(dateFrom ? { dateFrom } : {}),
          coverage: s.coverage,
        }));
        outcome.outcome = mine.every((s) => merged.changes.skippedSnapshots.includes(s.id))
          ? 'skipped'
          : 'merged';
      }
      const allIssues = [...fileIssues, ...dated.issues, ...merged.issues];
      if (merged.changes.skippedSnapshots.length === snapshots.length) {
        nothingMerged(allIssues);
        return;
      }
      const importedAt = ctx.now().toISOString();
      const imports = [
        ...base.imports,
        ...outcomes
          .filter((o) => o.outcome === 'merged')
          .map((o): ImportedFileInfo => ({
            file: o.file,
            bytes: o.bytes,
            snapshots: o.snapshots.map((s) => s.id),
            rowsRead: o.rowsRead,
            importedAt,
          })),
      ];
      const manifest = historyManifest(
        base.manifest,
        merged.history,
        imports.map((i) => i.file),
        outcomes.reduce((n, o) => n + (o.outcome === 'merged' ? o.rowsRead : 0), 0),
      );
      const report = buildImportReport({
        files: outcomes,
        changes: merged.changes,
        issues: allIssues,
        before,
        after: { asOf: manifest.asOf, breaches: merged.history.breaches.length },
        openBefore,
      });
      if (needsReview(report)) {
        ctx.post({ type: 'review', id, report });
        const answer = await ctx.review(report).catch((error: unknown) => {
          check(ctx);
          throw error;
        });
        check(ctx);
        if (answer.action === 'revise') {
          dates = answer.dates;
          continue;
        }
      }
      await save(id, ctx, base, merged.history, manifest, imports, report, importedAt, progress);
      return;
    }
  });
}

/** A report is shown for confirmation before anything is saved when it removes or mass-closes breaches. */
export function needsReview(report: ImportReport): boolean {
  return report.confirm.length > 0;
}

async function save(
  id: number,
  ctx: ImportContext,
  base: HeldHistory & { history: History },
  history: History,
  manifest: Manifest,
  imports: ImportedFileInfo[],
  report: ImportReport,
  savedAt: string,
  progress: (phase: ImportProgress['phase']) => void,
): Promise<void> {
  let packed: { packed: PackedHistory; table: BreachTable };
  try {
    packed = packHistory(history);
  } catch (error) {
    throw new Error(
      `The imported rows cannot be shown with the rest (${error instanceof Error ? error.message : String(error)}); nothing was merged.`,
      { cause: error },
    );
  }
  await checkpoint(ctx);
  progress('saving');
  // The new history replaces the stored one in one transaction: until it commits, the previous
  // one stays; a cancel before then aborts it.
  // Tells this save from any other tab's, so a worker knows whether the stored history is the one it holds.
  const revision = crypto.randomUUID();
  const stored = await ctx.storage.save(
    { version: 1, savedAt, revision, base: base.base, imports, manifest, report },
    packed.packed,
    ctx.signal,
  );
  if (!stored.ok) check(ctx);
  // The worker keeps the packed columns only: the merged breach objects (hundreds of MB for a
  // million rows) are dropped once the table is built, and rebuilt if another import extends it.
  ctx.held.current = {
    history: null,
    packed: packed.packed,
    manifest,
    base: base.base,
    imports,
    revision: stored.ok ? revision : null,
  };
  progress('sending');
  sendHistory(ctx, id, packed.table, packed.packed, manifest, imports, report);
  ctx.post({ type: 'stored', id, ok: stored.ok, reason: stored.ok ? '' : stored.reason });
}

function describeAll(
  read: readonly ReadFile[],
  dates: Readonly<Record<string, string>>,
): Snapshot[] {
  const snapshots: Snapshot[] = [];
  for (const r of read) {
    if (r.records === null) continue;
    // By the name, else by the newest submission, unless the user corrected it (never the file's
    // modification time: saving a download makes every file "the newest list").
    const given = dates[r.file.name];
    snapshots.push(
      ...describeSnapshots(r.file.name, r.records, given !== undefined ? { date: given } : {}),
    );
  }
  return snapshots;
}

async function readFiles(
  id: number,
  files: readonly ImportFile[],
  ctx: ImportContext,
  totalBytes: number,
  chunkSize: number | undefined,
): Promise<ReadFile[]> {
  const out: ReadFile[] = [];
  let bytesBefore = 0;
  let rowsBefore = 0;
  let lastPost = 0;
  const started = Date.now();
  for (const [fileIndex, file] of files.entries()) {
    check(ctx);
    let shown = 0;
    const source: ByteSource = {
      size: file.source.size,
      read: (start, end) => {
        check(ctx);
        return file.source.read(start, end);
      },
    };
    const result = await readExportStream(source, file.name, {
      ...(chunkSize ? { chunkSize } : {}),
      onProgress: (p) => {
        // A second pass (another encoding or quoting) starts again at byte 0: keep the bar moving forward.
        shown = Math.max(shown, p.bytes);
        const now = Date.now();
        if (now - lastPost < 30 && p.bytes < file.size) return;
        lastPost = now;
        ctx.post({
          type: 'progress',
          id,
          progress: {
            phase: 'reading',
            file: file.name,
            fileIndex,
            files: files.length,
            bytes: bytesBefore + shown,
            totalBytes,
            rows: rowsBefore + p.rows,
            elapsedMs: now - started,
          },
        });
      },
    });
    bytesBefore += file.size;
    const outcome: FileOutcome = {
      file: file.name,
      bytes: file.size,
      outcome: 'refused',
      rowsRead: 0,
      records: 0,
      snapshots: [],
      refusal: [],
    };
    const refuse = (issues: Issue[], refusal: Issue[]) => {
      outcome.refusal = refusal;
      out.push({ file, outcome, records: null, issues });
    };
    if (!result.ok) {
      refuse(
        result.issues,
        result.issues.filter((i) => i.severity === 'error'),
      );
      continue;
    }
    outcome.rowsRead = result.rowsRead;
    outcome.records = result.records.length;
    rowsBefore += result.rowsRead;
    const refusal = fileRefusal(result, file.name, result.tail);
    if (refusal) {
      // A cut file's other problems are consequences of the cut: only the cut is reported.
      refuse(refusal.code === 'truncated' ? [refusal] : [...result.issues, refusal], [refusal]);
      continue;
    }
    outcome.outcome = 'merged';
    out.push({ file, outcome, records: result.records, issues: result.issues });
  }
  return out;
}

/**
 * The history an import extends: the stored one (another tab may have saved since this worker
 * last looked), else the one this worker holds unsaved (storing it failed), else the shipped data.
 */
async function heldHistory(ctx: ImportContext): Promise<HeldHistory & { history: History }> {
  const meta = await ctx.storage.loadMeta();
  const held = ctx.held.current;
  let current: HeldHistory | null = null;
  if (meta.ok && meta.value) {
    if (held && held.revision === revisionOf(meta.value)) current = held;
    else {
      const packed = await ctx.storage.loadPacked();
      if (packed.ok && packed.value) current = heldFromStored(meta.value, packed.value);
    }
  }
  // Storing failed (or storage is unavailable): keep extending what this worker merged.
  if (current === null && held && (held.revision === null || !meta.ok)) current = held;
  if (current === null) {
    const shipped = await ctx.shipped();
    current = {
      history: shipped.history,
      packed: null,
      manifest: shipped.manifest,
      base: baseFingerprint(shipped.manifest),
      imports: [],
      revision: null,
    };
  }
  if (current.history === null && current.packed !== null)
    current.history = historyOfPacked(current.packed);
  if (current.history === null) throw new Error('no history to merge into');
  ctx.held.current = current;
  return current as HeldHistory & { history: History };
}

/** A stored import as the worker holds it (its history unpacked only when an import extends it). */
export function heldFromStored(meta: ImportMeta, packed: PackedHistory): HeldHistory {
  return {
    history: null,
    packed,
    manifest: meta.manifest,
    base: meta.base,
    imports: meta.imports,
    revision: revisionOf(meta),
  };
}

/** A stored import's revision (a copy saved before revisions existed: its save time). */
export function revisionOf(meta: ImportMeta): string {
  return meta.revision ?? meta.savedAt;
}

/** Table (every column transferred, ids and names as string stores), then the rest. */
export function sendHistory(
  ctx: Pick<ImportContext, 'post'>,
  id: number,
  table: BreachTable,
  packed: PackedHistory,
  manifest: Manifest,
  imports: ImportedFileInfo[],
  report: ImportReport | null,
): void {
  const { message, transfer } = tableMessage(table);
  ctx.post({ type: 'table', id, table: message }, transfer);
  const s = packed.sightings;
  const sightings = {
    offsets: s.offsets.slice(),
    snapshot: s.snapshot.slice(),
    individuals: s.individuals.slice(),
    hasCount: s.hasCount.slice(),
  };
  // The report's CSV is sent as a copy: the worker keeps its own to store.
  const sent = report ? { ...report, problemsCsv: report.problemsCsv.slice() } : null;
  ctx.post(
    {
      type: 'done',
      id,
      changed: true,
      payload: { manifest, snapshots: packed.snapshots, sightings, imports, report: sent },
      report: sent,
    },
    [
      sightings.offsets.buffer,
      sightings.snapshot.buffer,
      sightings.individuals.buffer,
      sightings.hasCount.buffer,
      ...(sent ? [sent.problemsCsv.buffer] : []),
    ],
  );
}
