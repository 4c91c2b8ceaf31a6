import type { BreachTable } from '../data/table/BreachTable';
import { ColumnarCountHistory } from '../data/table/ColumnarCountHistory';
import type { ImportReport } from '../data/merge/importReport';
import type { Manifest } from '../data/datasets/parseManifest';
import type { ImportedFileInfo } from '../storage/historyStorage';
import type {
  ImportProgress,
  ReviewAnswer,
  ShippedUrls,
  WorkerRequest,
  WorkerResponse,
} from './historyProtocol';
import { tableFromMessage, type TableMessage } from './transferTable';

/** The merged history as the page holds it: what the breach, manifest and count-history hooks return. */
export interface HistoryState {
  table: BreachTable;
  manifest: Manifest;
  countHistory: ColumnarCountHistory;
  imports: ImportedFileInfo[];
  report: ImportReport | null;
}

export type StoreStatus = { ok: true } | { ok: false; reason: string };

export interface ImportOutcome {
  /** False when nothing was merged (every file refused or already part of the data). */
  changed: boolean;
  report: ImportReport | null;
  state: HistoryState | null;
  /** Settles once the browser has stored the new history (or said why it could not). */
  stored: Promise<StoreStatus>;
}

export interface RunningImport {
  result: Promise<ImportOutcome | 'cancelled'>;
  cancel(): void;
  /** Answers a report the worker holds for review (see onReview): save it, or merge again with other dates. */
  answer(answer: ReviewAnswer): void;
}

interface Pending {
  /** An import ends with 'stored'; a load ends with 'done'. */
  expectsStored: boolean;
  onProgress?: (p: ImportProgress) => void;
  onReview?: (report: ImportReport) => void;
  table: TableMessage | null;
  resolveDone: (outcome: Omit<ImportOutcome, 'stored'> | 'cancelled') => void;
  rejectDone: (error: Error) => void;
  resolveStored: (status: StoreStatus) => void;
}

/**
 * The page's side of the import worker: one module worker for the page's life (it keeps the
 * current history between imports), requests matched to responses by id. The table arrives as
 * transferred arrays, the ids and names in batches, so no single message blocks the page long.
 */
export class HistoryClient {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly urls: ShippedUrls) {}

  /** The stored import, or null when the browser holds none. */
  load(): Promise<HistoryState | null> {
    const { done } = this.request(
      (id) => ({ type: 'load', id, urls: this.urls }),
      undefined,
      false,
    );
    return done.then((outcome) => (outcome === 'cancelled' ? null : outcome.state));
  }

  import(
    files: File[],
    onProgress: (p: ImportProgress) => void,
    onReview: (report: ImportReport) => void,
    chunkSize?: number,
  ): RunningImport {
    const { id, done, stored } = this.request(
      (id) => ({ type: 'import', id, files, urls: this.urls, ...(chunkSize ? { chunkSize } : {}) }),
      onProgress,
      true,
      onReview,
    );
    return {
      result: done.then((outcome) =>
        outcome === 'cancelled'
          ? 'cancelled'
          : { ...outcome, stored: outcome.changed ? stored : Promise.resolve({ ok: true }) },
      ),
      cancel: () => this.worker?.postMessage({ type: 'cancel', id } satisfies WorkerRequest),
      answer: (answer) =>
        this.worker?.postMessage({ type: 'review', id, answer } satisfies WorkerRequest),
    };
  }

  /** Forgets the import in the worker and in storage. */
  reset(): Promise<StoreStatus> {
    return this.request((id) => ({ type: 'reset', id })).stored;
  }

  private request(
    make: (id: number) => WorkerRequest,
    onProgress?: (p: ImportProgress) => void,
    expectsStored = true,
    onReview?: (report: ImportReport) => void,
  ) {
    const id = this.next++;
    let resolveDone!: Pending['resolveDone'];
    let rejectDone!: Pending['rejectDone'];
    let resolveStored!: Pending['resolveStored'];
    const done = new Promise<Omit<ImportOutcome, 'stored'> | 'cancelled'>((resolve, reject) => {
      resolveDone = resolve;
      rejectDone = reject;
    });
    const stored = new Promise<StoreStatus>((resolve) => (resolveStored = resolve));
    this.pending.set(id, {
      expectsStored,
      ...(onProgress ? { onProgress } : {}),
      ...(onReview ? { onReview } : {}),
      table: null,
      resolveDone,
      rejectDone,
      resolveStored,
    });
    this.ensureWorker().postMessage(make(id));
    return { id, done, stored };
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./historyWorker.ts', import.meta.url), {
      type: 'module',
      name: 'import',
    });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const started = performance.now();
      // Reading event.data is when the browser copies the message in: measured for the benchmark.
      const data = event.data;
      performance.measure(`import-copy:${data.type}`, { start: started, end: performance.now() });
      this.receive(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // A crashed worker (out of memory on a huge file) loses its history; the page keeps what it shows.
      const message = `The import stopped unexpectedly (${event.message || 'the worker failed'}); the data on screen is unchanged.`;
      for (const p of this.pending.values()) {
        p.rejectDone(new Error(message));
        p.resolveStored({ ok: false, reason: message });
      }
      this.pending.clear();
      worker.terminate();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }

  private receive(message: WorkerResponse): void {
    const started = performance.now();
    try {
      this.handle(message);
    } finally {
      // Visible in the browser benchmark (and DevTools): how long each message held the page.
      performance.measure(`import-message:${message.type}`, {
        start: started,
        end: performance.now(),
      });
    }
  }

  private handle(message: WorkerResponse): void {
    const p = this.pending.get(message.id);
    if (!p) return;
    switch (message.type) {
      case 'progress':
        p.onProgress?.(message.progress);
        return;
      case 'review':
        p.onReview?.(message.report);
        return;
      case 'table':
        p.table = message.table;
        return;
      case 'done': {
        if (!message.changed || !message.payload || !p.table) {
          p.resolveDone({ changed: false, report: message.report, state: null });
          p.resolveStored({ ok: true });
          this.pending.delete(message.id);
          return;
        }
        const { manifest, snapshots, sightings, imports, report } = message.payload;
        const parts = p.table;
        p.table = null;
        // A load sends no 'stored'; an import's comes later.
        if (!p.expectsStored) this.pending.delete(message.id);
        try {
          const table = tableFromMessage(parts);
          const state: HistoryState = {
            table,
            manifest,
            countHistory: new ColumnarCountHistory(table.id, sightings, snapshots),
            imports,
            report,
          };
          p.resolveDone({ changed: true, report, state });
        } catch (error) {
          p.rejectDone(error instanceof Error ? error : new Error(String(error)));
        }
        return;
      }
      case 'stored':
        p.resolveStored(message.ok ? { ok: true } : { ok: false, reason: message.reason });
        this.pending.delete(message.id);
        return;
      case 'cancelled':
        p.resolveDone('cancelled');
        p.resolveStored({ ok: true });
        this.pending.delete(message.id);
        return;
      case 'error':
        p.rejectDone(new Error(message.message));
        p.resolveStored({ ok: false, reason: message.message });
        this.pending.delete(message.id);
        return;
    }
  }
}
