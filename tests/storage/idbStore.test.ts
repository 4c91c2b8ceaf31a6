import { describe, expect, it } from 'vitest';
import { describeStorageError, idbStore } from '../../src/storage/idbStore';
import { fakeIndexedDb } from './fakeIndexedDb';

describe('idbStore(factory, name)', () => {
  it('set, get and delete round-trip a value', async () => {
    const { factory } = fakeIndexedDb();
    const store = idbStore(factory, 'test');
    expect(await store.set('k', { a: new Uint8Array([1, 2]) })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await store.get('k')).toEqual({ ok: true, value: { a: new Uint8Array([1, 2]) } });
    expect(await store.delete('k')).toEqual({ ok: true, value: undefined });
    expect(await store.get('k')).toEqual({ ok: true, value: undefined });
  });

  it('without IndexedDB every call fails with a reason a person can act on, and never throws', async () => {
    const store = idbStore(undefined, 'test');
    expect(await store.get('k')).toEqual({
      ok: false,
      reason: expect.stringMatching(/no IndexedDB storage here \(a private window/),
    });
    expect((await store.set('k', 1)).ok).toBe(false);
  });

  it('a full quota aborts the write and says the storage is full; the previous value stays', async () => {
    const fake = fakeIndexedDb();
    const store = idbStore(fake.factory, 'test');
    await store.set('k', 'old');
    fake.options.writeAbort = 'QuotaExceededError';
    expect(
      await store.setAll([
        ['k', 'new'],
        ['m', 'meta'],
      ]),
    ).toEqual({
      ok: false,
      reason: expect.stringMatching(/storage for this site is full \(quota exceeded\)/),
    });
    expect(await store.get('k')).toEqual({ ok: true, value: 'old' });
    expect(await store.get('m')).toEqual({ ok: true, value: undefined });
  });

  it('a refused open (private window) is reported, and a later call tries again', async () => {
    const fake = fakeIndexedDb({ openError: 'InvalidStateError' });
    const store = idbStore(fake.factory, 'test');
    expect(await store.get('k')).toEqual({
      ok: false,
      reason: expect.stringMatching(/does not allow storage here/),
    });
    delete fake.options.openError;
    expect(await store.get('k')).toEqual({ ok: true, value: undefined });
  });

  it('an open that throws and a value that cannot be cloned are returned as failures', async () => {
    expect(
      await idbStore(fakeIndexedDb({ openThrows: 'SecurityError' }).factory, 'test').get('k'),
    ).toEqual({ ok: false, reason: expect.stringMatching(/does not allow storage/) });
    expect(await idbStore(fakeIndexedDb().factory, 'test').set('k', () => 1)).toEqual({
      ok: false,
      reason: expect.stringMatching(/could not be stored/),
    });
  });

  it('describeStorageError(error) falls back to the browser’s message', () => {
    expect(
      describeStorageError(Object.assign(new Error('disk on fire'), { name: 'WeirdError' })),
    ).toBe('WeirdError: storage failed: disk on fire');
    expect(describeStorageError(null)).toBe('storage failed for an unknown reason');
  });
});
