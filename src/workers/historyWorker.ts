/// <reference lib="webworker" />
import Papa from 'papaparse';
import type { BreachTable } from '../data/BreachTable';
import { describeSnapshots } from '../data/describeSnapshot';
import { parseCoverage } from '../data/snapshotRoles';
import { historyManifest } from '../data/historyManifest';
import { buildImportReport, type FileOutcome, type ImportReport } from '../data/importReport';
import {
  historyFromRows,
  mergeIntoHistory,
  type History,
  type SnapshotInfo,
} from '../data/mergeIntoHistory';
import { parseBreachRows } from '../data/parseBreachRows';
import { parseCountHistory } from '../data/parseCountHistory';
import { parseManifest, type Manifest } from '../data/parseManifest';
import type { Issue, Snapshot } from '../data/types';
import {
  baseFingerprint,
  historyStorage,
  IMPORT_DB_NAME,
  type ImportedFileInfo,
} from '../storage/historyStorage';
import { idbStore } from '../storage/idbStore';
import type { ShippedUrls, WorkerRequest, WorkerResponse } from './historyProtocol';
import { historyOfPacked, packHistory, tableOfPacked, type PackedHistory } from './packHistory';
import { readExportStream, type ByteSource } from './readExportStream';
import { tableMessage } from './transferTable';

/**
 * The import worker: reads exports in chunks, merges them into the current history with the data
 * core's merge, builds the breach table, stores it in IndexedDB and sends it to the page. It keeps
 * the current history in memory between imports, so a second import extends the first even when
 * the browser refused to store it. Nothing here touches the DOM.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const storage = historyStorage(idbStore(scope.indexedDB, IMPORT_DB_NAME));
const cancelled = new Set<number>();

interface Current {
  /** Built lazily from `packed` when a stored history is extended. */
  history: History | null;
  packed: PackedHistory | null;
  manifest: Manifest;
  base: string;
  imports: ImportedFileInfo[];
}
let current: Current | null = null;

class Cancelled extends Error {}

function post(message: WorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled.add(request.id);
    return;
  }
  const work =
    request.type === 'load'
      ? load(request.id, request.urls)
      : request.type === 'reset'
        ? reset(request.id)
        : importFiles(request.id, request.files, request.urls, request.chunkSize);
  work.catch((error: unknown) => {
    if (error instanceof Cancelled) post({ type: 'cancelled', id: request.id });
    else
      post({
        type: 'error',
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      });
  });
};

/** Sends the stored import, if any; `done` with a null payload when there is none. */
async function load(id: number, urls: ShippedUrls): Promise<void> {
  const meta = await storage.loadMeta();
  if (!meta.ok)
    throw new Error(`The imported data stored in this browser could not be read: ${meta.reason}.`);
  if (meta.value === undefined) {
    post({ type: 'done', id, changed: false, payload: null, report: null });
    return;
  }
  const packed = await storage.loadPacked();
  if (!packed.ok)
    throw new Error(
      `The imported data stored in this browser could not be read: ${packed.reason}.`,
    );
  if (packed.value === undefined)
    throw new Error(
      'The imported data stored in this browser is incomplete; reset to the shipped data and import again.',
    );
  let table: BreachTable;
  try {
    table = tableOfPacked(packed.value);
  } catch (error) {
    throw new Error(
      `The imported data stored in this browser is damaged (${error instanceof Error ? error.message : String(error)}); reset to the shipped data and import again.`,
      { cause: error },
    );
  }
  const shipped = await fetchManifest(urls.manifest);
  current = {
    history: null,
    packed: packed.value,
    manifest: meta.value.manifest,
    base: meta.value.base,
    imports: meta.value.imports,
  };
  if (meta.value.base !== baseFingerprint(shipped)) {
    // The app now ships other data than the import was merged into: merge the stored history's
    // snapshots again over the new shipped data would need the original files, which are not kept.
    meta.value.manifest.knownGaps = [
      ...meta.value.manifest.knownGaps,
      'The shipped data changed after this import was made; reset to the shipped data and import the files again to merge them into the new data.',
    ];
  }
  send(id, table, packed.value, meta.value.manifest, meta.value.imports, meta.value.report);
}

async function reset(id: number): Promise<void> {
  current = null;
  const cleared = await storage.clear();
  post({ type: 'stored', id, ok: cleared.ok, reason: cleared.ok ? '' : cleared.reason });
}

async function importFiles(
  id: number,
  files: readonly File[],
  urls: ShippedUrls,
  chunkSize: number | undefined,
): Promise<void> {
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  const outcomes: FileOutcome[] = [];
  const issues: Issue[] = [];
  const snapshots: Snapshot[] = [];
  let bytesBefore = 0;
  let rowsBefore = 0;
  let lastPost = 0;

  for (const [fileIndex, file] of files.entries()) {
    let shown = 0;
    const read = await readExportStream(fileSource(file, id), file.name, {
      ...(chunkSize ? { chunkSize } : {}),
      onProgress: (p) => {
        // A second pass (another encoding or quoting) starts again at byte 0: keep the bar moving forward.
        shown = Math.max(shown, p.bytes);
        const now = Date.now();
        if (now - lastPost < 30 && p.bytes < file.size) return;
        lastPost = now;
        post({
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
    outcomes.push(outcome);
    if (!read.ok) {
      outcome.refusal = read.issues.filter((i) => i.severity === 'error');
      issues.push(...read.issues);
      continue;
    }
    outcome.rowsRead = read.rowsRead;
    outcome.records = read.records.length;
    rowsBefore += read.rowsRead;
    if (read.tail.lastRowBroken && !read.tail.endsWithLineBreak) {
      const last = read.issues.find((i) => i.row === read.tail.lastRow && i.severity === 'error');
      const cut: Issue = {
        file: file.name,
        row: read.tail.lastRow,
        field: last?.field ?? null,
        severity: 'error',
        code: 'truncated',
        message: `${file.name}: the file stops in the middle of row ${read.tail.lastRow}${last ? ` (${last.message.replace(/^row \d+: /, '').replace(/; row skipped$/, '')})` : ''}, so it was cut short, e.g. by an interrupted download; nothing from it was merged. Download the export again.`,
      };
      outcome.refusal = [cut];
      issues.push(cut);
      continue;
    }
    issues.push(...read.issues);
    if (read.records.length === 0) {
      const none: Issue = {
        file: file.name,
        row: null,
        field: null,
        severity: 'error',
        code: 'no-records',
        message: `${file.name}: has the export's header but no breach row that could be read; nothing from it was merged.`,
      };
      outcome.refusal = [none];
      issues.push(none);
      continue;
    }
    const modified = new Date(file.lastModified);
    const described = describeSnapshots(
      file.name,
      read.records,
      Number.isNaN(modified.getTime()) ? {} : { date: modified.toISOString().slice(0, 10) },
    );
    outcome.outcome = 'merged';
    outcome.snapshots = described.map((s) => ({
      id: s.id,
      kind: s.kind,
      date: s.date,
      coverage: s.coverage,
    }));
    snapshots.push(...described);
  }
  if (cancelled.has(id)) throw new Cancelled();

  post({
    type: 'progress',
    id,
    progress: {
      phase: 'merging',
      file: '',
      fileIndex: files.length - 1,
      files: files.length,
      bytes: totalBytes,
      totalBytes,
      rows: rowsBefore,
    },
  });
  const base = await currentHistory(urls);
  const before = { asOf: base.manifest.asOf, breaches: base.history.breaches.length };
  if (snapshots.length === 0) {
    const report = buildImportReport({
      files: outcomes,
      changes: null,
      issues,
      before,
      after: before,
    });
    post({ type: 'done', id, changed: false, payload: null, report });
    return;
  }
  const merged = mergeIntoHistory(base.history, snapshots);
  if (cancelled.has(id)) throw new Cancelled();
  for (const outcome of outcomes) {
    if (
      outcome.outcome === 'merged' &&
      outcome.snapshots.every((s) => merged.changes.skippedSnapshots.includes(s.id))
    )
      outcome.outcome = 'skipped';
  }
  const allIssues = [...issues, ...merged.issues];
  if (merged.changes.skippedSnapshots.length === snapshots.length) {
    const report = buildImportReport({
      files: outcomes,
      changes: null,
      issues: allIssues,
      before,
      after: before,
    });
    post({ type: 'done', id, changed: false, payload: null, report });
    return;
  }
  let packed: { packed: PackedHistory; table: BreachTable };
  try {
    packed = packHistory(merged.history);
  } catch (error) {
    throw new Error(
      `The imported rows cannot be shown with the rest (${error instanceof Error ? error.message : String(error)}); nothing was merged.`,
      { cause: error },
    );
  }
  const importedAt = new Date().toISOString();
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
  });
  if (cancelled.has(id)) throw new Cancelled();

  current = { history: merged.history, packed: packed.packed, manifest, base: base.base, imports };
  post({
    type: 'progress',
    id,
    progress: {
      phase: 'sending',
      file: '',
      fileIndex: files.length - 1,
      files: files.length,
      bytes: totalBytes,
      totalBytes,
      rows: rowsBefore,
    },
  });
  send(id, packed.table, packed.packed, manifest, imports, report);
  const stored = await storage.save(
    { version: 1, savedAt: importedAt, base: base.base, imports, manifest, report },
    packed.packed,
  );
  post({ type: 'stored', id, ok: stored.ok, reason: stored.ok ? '' : stored.reason });
}

/** The history imports extend: the one in memory, else the stored one, else the shipped datasets. */
async function currentHistory(
  urls: ShippedUrls,
): Promise<{ history: History; manifest: Manifest; base: string; imports: ImportedFileInfo[] }> {
  if (current === null) {
    const meta = await storage.loadMeta();
    const packed = meta.ok && meta.value ? await storage.loadPacked() : null;
    if (meta.ok && meta.value && packed?.ok && packed.value) {
      current = {
        history: null,
        packed: packed.value,
        manifest: meta.value.manifest,
        base: meta.value.base,
        imports: meta.value.imports,
      };
    } else {
      const shipped = await loadShipped(urls);
      current = {
        history: shipped.history,
        packed: null,
        manifest: shipped.manifest,
        base: baseFingerprint(shipped.manifest),
        imports: [],
      };
    }
  }
  if (current.history === null && current.packed !== null)
    current.history = historyOfPacked(current.packed);
  if (current.history === null) throw new Error('no history to merge into');
  return {
    history: current.history,
    manifest: current.manifest,
    base: current.base,
    imports: current.imports,
  };
}

/** The shipped datasets, read with the same parsers the page uses. */
async function loadShipped(urls: ShippedUrls): Promise<{ history: History; manifest: Manifest }> {
  const [breachesText, historyText, manifest] = await Promise.all([
    fetchText(urls.breaches, 'breaches.csv'),
    fetchText(urls.countHistory, 'count-history.csv'),
    fetchManifest(urls.manifest),
  ]);
  const breaches = parseBreachRows(
    Papa.parse<string[]>(breachesText, { skipEmptyLines: 'greedy' }).data,
    'breaches.csv',
  );
  if (!breaches.ok) throw new Error(breaches.issues.map((i) => i.message).join('; '));
  const counts = parseCountHistory(
    Papa.parse<string[]>(historyText, { skipEmptyLines: 'greedy' }).data,
    'count-history.csv',
  );
  if (!counts.ok) throw new Error(counts.issues.map((i) => i.message).join('; '));
  const snapshots = manifest.snapshots.map((s): SnapshotInfo => {
    const from = (s as { coverageFrom?: string }).coverageFrom;
    return {
      id: s.id,
      file: s.file,
      kind: s.kind === 'archive' ? 'archive' : 'investigation',
      date: s.date,
      coverage: parseCoverage(s.coverage),
      ...(from ? { coverageFrom: from } : {}),
      records: s.records,
    };
  });
  return { history: historyFromRows(breaches.rows, counts.history, snapshots), manifest };
}

async function fetchText(url: string, file: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`${file}: could not be loaded (${response.status} ${response.statusText})`);
  return response.text();
}

async function fetchManifest(url: string): Promise<Manifest> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `manifest.json: could not be loaded (${response.status} ${response.statusText})`,
    );
  const parsed = parseManifest(await response.json());
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return parsed.manifest;
}

/** Table (arrays transferred), then the two string columns, then the rest. */
function send(
  id: number,
  table: BreachTable,
  packed: PackedHistory,
  manifest: Manifest,
  imports: ImportedFileInfo[],
  report: ImportReport | null,
): void {
  const { message, transfer } = tableMessage(table);
  post({ type: 'table', id, table: message }, transfer);
  // One block of bytes per column: transferred, then decoded and split a slice at a time on the
  // page (a million separate strings would be a million objects for the page's thread to copy).
  const encoder = new TextEncoder();
  for (const field of ['id', 'name'] as const) {
    const values = table[field];
    const bytes = encoder.encode(
      values.map((v) => `${v.includes('\n') ? v.replace(/\n/g, ' ') : v}\n`).join(''),
    );
    post({ type: 'strings', id, field, bytes, count: values.length }, [bytes.buffer]);
  }
  const s = packed.sightings;
  const sightings = {
    offsets: s.offsets.slice(),
    snapshot: s.snapshot.slice(),
    individuals: s.individuals.slice(),
    hasCount: s.hasCount.slice(),
  };
  // The report's CSV is sent as a copy: the worker keeps its own to store.
  const sent = report ? { ...report, problemsCsv: report.problemsCsv.slice() } : null;
  post(
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

function fileSource(file: File, id: number): ByteSource {
  return {
    size: file.size,
    async read(start, end) {
      if (cancelled.has(id)) throw new Cancelled();
      return new Uint8Array(await file.slice(start, end).arrayBuffer());
    },
  };
}
