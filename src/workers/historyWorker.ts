/// <reference lib="webworker" />
import Papa from 'papaparse';
import type { BreachTable } from '../data/table/BreachTable';
import { parseCoverage } from '../data/merge/snapshotRoles';
import { historyFromRows, type History, type SnapshotInfo } from '../data/merge/mergeIntoHistory';
import { parseBreachRows } from '../data/datasets/parseBreachRows';
import { parseCountHistory } from '../data/datasets/parseCountHistory';
import { parseManifest, type Manifest } from '../data/datasets/parseManifest';
import {
  baseFingerprint,
  HISTORY_LOCK,
  historyStorage,
  IMPORT_DB_NAME,
} from '../storage/historyStorage';
import { idbStore } from '../storage/idbStore';
import type { ReviewAnswer, ShippedUrls, WorkerRequest, WorkerResponse } from './historyProtocol';
import { tableOfPacked } from '../storage/packHistory';
import { Cancelled, heldFromStored, runImport, sendHistory, type ImportContext } from './runImport';

/**
 * The import worker: a thin adapter between the page's messages and runImport (read, merge,
 * review, store, send), with IndexedDB, fetch and Web Locks plugged in. It keeps the current
 * history in memory between imports, so a second import extends the first even when the browser
 * refused to store it. Nothing here touches the DOM.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const storage = historyStorage(idbStore(scope.indexedDB, IMPORT_DB_NAME));
/** Per running import: its cancel switch and, while its report awaits the user, the answer. */
const running = new Map<
  number,
  { controller: AbortController; answer: ((a: ReviewAnswer) => void) | null }
>();
const held: ImportContext['held'] = { current: null };

function post(message: WorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    running.get(request.id)?.controller.abort();
    return;
  }
  if (request.type === 'review') {
    running.get(request.id)?.answer?.(request.answer);
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
  held.current = heldFromStored(meta.value, packed.value);
  if (meta.value.base !== baseFingerprint(shipped)) {
    // The app now ships other data than the import was merged into: merge the stored history's
    // snapshots again over the new shipped data would need the original files, which are not kept.
    meta.value.manifest.knownGaps = [
      ...meta.value.manifest.knownGaps,
      'The shipped data changed after this import was made; reset to the shipped data and import the files again to merge them into the new data.',
    ];
  }
  sendHistory(
    { post },
    id,
    table,
    packed.value,
    meta.value.manifest,
    meta.value.imports,
    meta.value.report,
  );
}

async function reset(id: number): Promise<void> {
  const cleared = await exclusive(() => storage.clear());
  if (cleared.ok) held.current = null;
  post({ type: 'stored', id, ok: cleared.ok, reason: cleared.ok ? '' : cleared.reason });
}

/** Web Locks keep two tabs from merging into the same stored history at once; without them, runs as is. */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const locks = (scope.navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? (locks.request(HISTORY_LOCK, work) as Promise<T>) : work();
}

async function importFiles(
  id: number,
  files: readonly File[],
  urls: ShippedUrls,
  chunkSize: number | undefined,
): Promise<void> {
  const controller = new AbortController();
  const entry: { controller: AbortController; answer: ((a: ReviewAnswer) => void) | null } = {
    controller,
    answer: null,
  };
  running.set(id, entry);
  try {
    await runImport(
      id,
      files.map((file) => ({
        name: file.name,
        size: file.size,
        source: {
          size: file.size,
          read: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
        },
      })),
      {
        storage,
        shipped: () => loadShipped(urls),
        post,
        signal: controller.signal,
        review: () =>
          new Promise<ReviewAnswer>((resolve, reject) => {
            entry.answer = (answer) => {
              entry.answer = null;
              resolve(answer);
            };
            controller.signal.addEventListener('abort', () => reject(new Cancelled()), {
              once: true,
            });
          }),
        exclusive,
        held,
        now: () => new Date(),
      },
      chunkSize,
    );
  } finally {
    running.delete(id);
  }
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
