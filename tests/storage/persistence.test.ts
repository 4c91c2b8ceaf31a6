import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from '../../src/storage/persistStorage';
import { historyStorage } from '../../src/storage/historyStorage';
import { idbStore } from '../../src/storage/idbStore';
import { historyOfPacked, packHistory } from '../../src/storage/packHistory';
import { mergeSnapshots } from '../../src/data/merge/mergeSnapshots';
import { snapshotInfo } from '../../src/data/merge/snapshotInfo';
import { record, snapshot } from '../data/snapshotFixture';
import { fakeIndexedDb } from './fakeIndexedDb';
import type { ImportMeta } from '../../src/storage/historyStorage';

const historyOf = (name: string) => {
  const merged = mergeSnapshots([
    snapshot('investigation', '2026-01-01', [record({ name, submitted: '2025-12-01' })]),
  ]);
  return { snapshots: merged.snapshots.map((s) => snapshotInfo(s)), breaches: merged.breaches };
};
const meta = (savedAt: string): ImportMeta => ({
  version: 1,
  savedAt,
  base: 'b',
  imports: [],
  manifest: {
    source: { name: 'HHS', url: 'https://example.org' },
    asOf: '2026-01-01',
    submittedFrom: '2025-12-01',
    submittedTo: '2025-12-01',
    breaches: 1,
    rowsRead: 1,
    snapshots: [],
    knownGaps: [],
  },
  report: null,
});

describe('storage keeps the previous history until the new one is fully written (issue 11, defect 9)', () => {
  it('a save whose second part cannot be stored (DataCloneError) writes nothing: the previous history and meta stay, the error is named', async () => {
    const storage = historyStorage(idbStore(fakeIndexedDb().factory, 'h'));
    expect(
      (await storage.save(meta('first'), packHistory(historyOf('First Clinic')).packed)).ok,
    ).toBe(true);
    const broken = {
      ...meta('second'),
      manifest: { ...meta('x').manifest, source: () => 'not storable' },
    };
    const result = await storage.save(
      broken as unknown as ImportMeta,
      packHistory(historyOf('Second Clinic')).packed,
    );
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/^DataCloneError: the data could not be stored/),
    });
    const packed = await storage.loadPacked();
    if (!packed.ok || !packed.value) throw new Error('nothing stored');
    expect(historyOfPacked(packed.value).breaches.map((b) => b.name)).toEqual(['First Clinic']);
    expect((await storage.loadMeta()).ok && (await storage.loadMeta())).toMatchObject({
      value: { savedAt: 'first' },
    });
  });

  it('a full quota is reported by name', async () => {
    const fake = fakeIndexedDb();
    const storage = historyStorage(idbStore(fake.factory, 'h'));
    fake.options.writeAbort = 'QuotaExceededError';
    expect(
      await storage.save(meta('first'), packHistory(historyOf('First Clinic')).packed),
    ).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^QuotaExceededError: the browser’s storage for this site is full/,
      ),
    });
  });
});

describe('requestPersistentStorage(storage)', () => {
  it('asks navigator.storage.persist() once, and says what the browser answered', async () => {
    const calls: string[] = [];
    const fake = (persisted: boolean, grant: boolean) => ({
      persisted: async () => (calls.push('persisted'), persisted),
      persist: async () => (calls.push('persist'), grant),
    });
    expect(await requestPersistentStorage(fake(false, true))).toBe('persisted');
    expect(calls).toEqual(['persisted', 'persist']);
    expect(await requestPersistentStorage(fake(false, false))).toBe('refused');
    calls.length = 0;
    expect(await requestPersistentStorage(fake(true, false))).toBe('persisted');
    expect(calls).toEqual(['persisted']);
    expect(await requestPersistentStorage(undefined)).toBe('unavailable');
    expect(
      await requestPersistentStorage({
        persisted: async () => false,
        persist: () => Promise.reject(new Error('no')),
      }),
    ).toBe('unavailable');
  });
});
