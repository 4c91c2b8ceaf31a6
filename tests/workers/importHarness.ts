import type { ImportReport } from '../../src/data/merge/importReport';
import { mergeSnapshots } from '../../src/data/merge/mergeSnapshots';
import type { Manifest } from '../../src/data/datasets/parseManifest';
import { snapshotInfo } from '../../src/data/merge/snapshotInfo';
import type { ExportRecord, Snapshot } from '../../src/data/schema/types';
import { historyStorage } from '../../src/storage/historyStorage';
import { idbStore } from '../../src/storage/idbStore';
import type { ReviewAnswer, WorkerResponse } from '../../src/workers/historyProtocol';
import { historyOfPacked } from '../../src/storage/packHistory';
import { Cancelled, runImport, type ImportContext } from '../../src/workers/runImport';
import { fakeIndexedDb } from '../storage/fakeIndexedDb';

/** One portal export as the portal writes it (every field quoted, MM/DD/YYYY). */
export function portalCsv(records: readonly Partial<ExportRecord>[]): string {
  const header =
    '"Name of Covered Entity","State","Covered Entity Type","Individuals Affected","Breach Submission Date","Type of Breach","Location of Breached Information","Business Associate Present","Web Description"';
  const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
  const lines = records.map((r) =>
    [
      r.name ?? 'Clinic',
      r.state ?? 'WI',
      r.entityType ?? 'Healthcare Provider',
      r.individuals === null ? '' : String(r.individuals ?? 1000),
      us(r.submitted ?? '2024-01-01'),
      (r.breachTypes ?? ['Hacking/IT Incident']).join(', '),
      (r.locations ?? ['Email']).join(', '),
      r.businessAssociate ? 'Yes' : 'No',
      r.hasWebDescription ? 'The entity notified individuals.' : '',
    ]
      .map((v) => `"${v.replace(/"/g, '""')}"`)
      .join(','),
  );
  return `${[header, ...lines].join('\n')}\n`;
}

export function file(name: string, text: string | Uint8Array) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return {
    name,
    size: bytes.length,
    source: { size: bytes.length, read: async (a: number, b: number) => bytes.subarray(a, b) },
  };
}

const manifestOf = (snapshots: Snapshot[], breaches: number): Manifest => ({
  source: { name: 'HHS', url: 'https://example.org' },
  asOf:
    snapshots
      .map((s) => s.date)
      .sort()
      .at(-1) ?? '',
  submittedFrom: '2009-10-21',
  submittedTo: '2026-01-01',
  breaches,
  rowsRead: 0,
  snapshots: [],
  knownGaps: [],
});

/**
 * runImport with a fake IndexedDB, a shipped history made of `shipped`, and the messages it posts
 * collected; `review` answers a report held for review (default: cancel the import).
 */
export function importHarness(
  shipped: Snapshot[],
  fake = fakeIndexedDb(),
  exclusive: ImportContext['exclusive'] = (work) => work(),
) {
  const merged = mergeSnapshots(shipped);
  const history = {
    snapshots: merged.snapshots.map((s) => snapshotInfo(s)),
    breaches: merged.breaches,
  };
  const storage = historyStorage(idbStore(fake.factory, 'test'));
  const held: ImportContext['held'] = { current: null };
  let next = 1;
  return {
    fake,
    storage,
    held,
    shippedHistory: history,
    /** Runs one import; resolves with the messages posted and how it ended. */
    async run(
      files: ReturnType<typeof file>[],
      opts: {
        review?: (report: ImportReport, controller: AbortController) => Promise<ReviewAnswer>;
        onMessage?: (m: WorkerResponse, controller: AbortController) => void;
      } = {},
    ) {
      const controller = new AbortController();
      const messages: WorkerResponse[] = [];
      const id = next++;
      let ended: 'done' | 'cancelled' | 'error' = 'done';
      let error: unknown = null;
      try {
        await runImport(id, files, {
          storage,
          shipped: async () => ({
            history,
            manifest: manifestOf(shipped, history.breaches.length),
          }),
          post: (m) => {
            messages.push(m);
            opts.onMessage?.(m, controller);
          },
          signal: controller.signal,
          review: (report) =>
            opts.review
              ? opts.review(report, controller)
              : Promise.reject<ReviewAnswer>(new Cancelled()),
          exclusive,
          held,
          now: () => new Date(Date.parse('2026-11-24T00:00:00Z')),
        });
      } catch (e) {
        ended = e instanceof Cancelled ? 'cancelled' : 'error';
        error = e;
      }
      const done = messages.find((m) => m.type === 'done');
      const report = done?.type === 'done' ? done.report : null;
      const review = messages.find((m) => m.type === 'review');
      return {
        messages,
        ended,
        error,
        report,
        reviewed: review?.type === 'review' ? review.report : null,
      };
    },
    /** The breaches stored now (names), or null when nothing is stored. */
    async stored() {
      const packed = await storage.loadPacked();
      if (!packed.ok || !packed.value) return null;
      return historyOfPacked(packed.value);
    },
  };
}
