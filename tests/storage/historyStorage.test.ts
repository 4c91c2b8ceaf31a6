import { describe, expect, it } from 'vitest';
import { buildImportReport } from '../../src/data/merge/importReport';
import { historyRows } from '../../src/data/merge/mergeIntoHistory';
import type { Manifest } from '../../src/data/datasets/parseManifest';
import {
  baseFingerprint,
  historyStorage,
  STORED_CSV_BYTES,
  type ImportMeta,
} from '../../src/storage/historyStorage';
import { idbStore } from '../../src/storage/idbStore';
import { historyOfPacked, packHistory } from '../../src/storage/packHistory';
import { record, snapshot } from '../data/snapshotFixture';
import { mergeSnapshots } from '../../src/data/merge/mergeSnapshots';
import { snapshotInfo } from '../../src/data/merge/snapshotInfo';
import { fakeIndexedDb } from './fakeIndexedDb';

const manifest = {
  source: { name: 'HHS', url: 'https://example.org' },
  asOf: '2024-11-06',
  submittedFrom: '2024-01-01',
  submittedTo: '2024-11-01',
  breaches: 1,
  rowsRead: 1,
  snapshots: [],
  knownGaps: [],
} satisfies Manifest;
const snap = snapshot('investigation', '2024-11-06', [
  record({ name: 'Harbor Clinic', submitted: '2024-09-02' }),
]);
const merged = mergeSnapshots([snap]);
const history = {
  snapshots: merged.snapshots.map((s) => snapshotInfo(s)),
  breaches: merged.breaches,
};
const meta = (
  report = buildImportReport({
    files: [],
    changes: null,
    issues: [],
    before: { asOf: 'a', breaches: 1 },
    after: { asOf: 'a', breaches: 1 },
  }),
): ImportMeta => ({
  version: 1,
  savedAt: '2026-11-24T00:00:00Z',
  base: baseFingerprint(manifest),
  imports: [
    {
      file: 'x.csv',
      bytes: 10,
      snapshots: ['investigation-2024-11-06'],
      rowsRead: 1,
      importedAt: '2026-11-24T00:00:00Z',
    },
  ],
  manifest,
  report,
});

describe('historyStorage(store)', () => {
  it('saves a packed history and its meta, and reads back the same history', async () => {
    const storage = historyStorage(idbStore(fakeIndexedDb().factory, 'h'));
    const { packed } = packHistory(history);
    expect(await storage.save(meta(), packed)).toEqual({ ok: true, value: undefined });
    const loaded = await storage.loadPacked();
    if (!loaded.ok || !loaded.value) throw new Error('not stored');
    expect(historyRows(historyOfPacked(loaded.value))).toEqual(historyRows(history));
    expect((await storage.loadMeta()).ok && (await storage.loadMeta())).toMatchObject({
      value: { imports: [{ file: 'x.csv' }] },
    });
  });

  it('a save the quota refuses leaves the previous import stored, unchanged, and says why', async () => {
    const fake = fakeIndexedDb();
    const storage = historyStorage(idbStore(fake.factory, 'h'));
    const { packed } = packHistory(history);
    await storage.save(meta(), packed);
    fake.options.writeAbort = 'QuotaExceededError';
    const other = { ...meta(), imports: [] };
    expect(await storage.save(other, packed)).toEqual({
      ok: false,
      reason: expect.stringMatching(/quota exceeded/),
    });
    expect(await storage.loadMeta()).toMatchObject({
      ok: true,
      value: { imports: [{ file: 'x.csv' }] },
    });
  });

  it('clear() removes the import; with storage unavailable it says so', async () => {
    const storage = historyStorage(idbStore(fakeIndexedDb().factory, 'h'));
    await storage.save(meta(), packHistory(history).packed);
    expect((await storage.clear()).ok).toBe(true);
    expect(await storage.loadMeta()).toEqual({ ok: true, value: undefined });
    expect(await historyStorage(idbStore(undefined, 'h')).clear()).toMatchObject({ ok: false });
  });

  it('a meta from another version is refused rather than misread', async () => {
    const store = idbStore(fakeIndexedDb().factory, 'h');
    await store.set('meta', { version: 9 });
    expect(await historyStorage(store).loadMeta()).toEqual({
      ok: false,
      reason: expect.stringMatching(/another version/),
    });
  });

  it('a problems CSV over the stored limit is cut after a whole line, with a note', async () => {
    const fake = fakeIndexedDb();
    const storage = historyStorage(idbStore(fake.factory, 'h'));
    const big = new TextEncoder().encode(
      '"a","1"\r\n'.repeat(Math.ceil(STORED_CSV_BYTES / 9) + 10),
    );
    const report = { ...meta().report!, problemsCsv: big };
    await storage.save(meta(report), packHistory(history).packed);
    const stored = (fake.data.get('meta') as ImportMeta).report!.problemsCsv;
    expect(stored.length).toBeLessThanOrEqual(STORED_CSV_BYTES + 80);
    expect(new TextDecoder().decode(stored.subarray(-70))).toMatch(
      /"a","1"\r\n"\(the list was cut here: too long to keep in this browser\)"\r\n$/,
    );
  });
});
