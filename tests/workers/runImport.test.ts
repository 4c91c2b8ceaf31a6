import { describe, expect, it } from 'vitest';
import type { ExportRecord } from '../../src/data/schema/types';
import { record, whole } from '../data/snapshotFixture';
import type { ImportContext } from '../../src/workers/runImport';
import { fakeIndexedDb } from '../storage/fakeIndexedDb';
import { file, importHarness, portalCsv } from './importHarness';

const day = (iso: string, plus: number) =>
  new Date(Date.parse(iso) + plus * 86_400_000).toISOString().slice(0, 10);

/** 20 archived breaches from 2009 on (with descriptions) and 10 open cases spanning 27 months. */
const archived: ExportRecord[] = Array.from({ length: 20 }, (_, i) =>
  record({ name: `Archived ${i}`, submitted: day('2009-10-21', i * 90), hasWebDescription: true }),
);
const open: ExportRecord[] = Array.from({ length: 10 }, (_, i) =>
  record({ name: `Open ${i}`, submitted: day('2024-01-01', i * 90) }),
);
const shipped = [
  whole('archive', '2026-06-01', archived),
  whole('investigation', '2026-06-01', open),
];

describe('runImport: a removal or a mass closing is shown before saving and needs confirmation', () => {
  // A whole archive (from 2009, 20 of the 21 records the shipped one has): HHS deleted "Archived 5".
  const newer = portalCsv(
    [...archived.filter((r) => r.name !== 'Archived 5'), shipped[0]!.records.at(-1)!].map((r) => ({
      ...r,
      hasWebDescription: true,
    })),
  );

  it('nothing is stored while the report awaits the answer, and cancelling leaves storage as it was', async () => {
    const h = importHarness(shipped);
    let storedDuringReview: unknown = 'not asked';
    const run = await h.run([file('archive-2026-10-01_new.csv', newer)], {
      review: async (_report, controller) => {
        storedDuringReview = await h.stored();
        controller.abort();
        throw new Error('cancelled by the user');
      },
    });
    expect(run.reviewed?.confirm).toEqual([
      '1 breach would be removed as deleted by HHS (missing from a newer whole archive).',
    ]);
    expect(run.reviewed?.removed.map((b) => b.name)).toEqual(['Archived 5']);
    expect(storedDuringReview).toBeNull();
    expect(run.ended).toBe('cancelled');
    expect(await h.stored()).toBeNull();
    expect(run.messages.map((m) => m.type)).not.toContain('table');
  });

  it('once confirmed, the merge is stored without the removed breach and reported', async () => {
    const h = importHarness(shipped);
    const run = await h.run([file('archive-2026-10-01_new.csv', newer)], {
      review: async () => ({ action: 'apply' }),
    });
    expect(run.ended).toBe('done');
    expect(run.report?.totals.removed).toBe(1);
    const stored = await h.stored();
    expect(stored?.breaches.map((b) => b.name)).not.toContain('Archived 5');
    expect(stored?.breaches).toHaveLength(h.shippedHistory.breaches.length - 1);
  });

  it('a 3-row file whose rows carry a Web Description removes nothing; it only asks to check its date', async () => {
    const h = importHarness(shipped);
    const tiny = portalCsv([
      { ...archived[2]!, individuals: 7_000, hasWebDescription: true },
      { name: 'Brand New Clinic', submitted: '2026-07-02', hasWebDescription: true },
      { ...archived[9]!, hasWebDescription: true },
    ]);
    const run = await h.run([file('breach_report.csv', tiny)], {
      review: async () => ({ action: 'apply' }),
    });
    expect(run.reviewed?.confirm).toEqual([
      'breach_report.csv has no date in its name, so it is dated 2026-07-02, its newest submission; if you downloaded it later, correct the date.',
    ]);
    expect(run.report?.totals).toMatchObject({
      removed: 0,
      nowClosed: 0,
      added: 1,
      countsUpdated: 1,
    });
    expect(run.report?.files[0]?.snapshots[0]).toMatchObject({
      coverage: 'partial',
      date: '2026-07-02',
      dateFrom: 'newest-submission',
    });
    expect((await h.stored())?.breaches).toHaveLength(h.shippedHistory.breaches.length + 1);
  });

  it('closing more than half of the open cases at once needs confirmation', async () => {
    const h = importHarness(shipped);
    // A whole under-investigation list (27 months) that no longer lists 8 of the 11 open cases.
    const list = portalCsv([open[0]!, open[9]!, shipped[1]!.records.at(-1)!]);
    const run = await h.run([file('investigation-2026-10-01_x.csv', list)]);
    expect(run.reviewed?.confirm).toEqual([
      '8 open cases of 11 would be closed (they are not on the imported under-investigation list).',
    ]);
    expect(run.ended).toBe('cancelled');
    expect(await h.stored()).toBeNull();
  });
});

describe('runImport: a snapshot is dated by its name, else by its newest submission; the user can correct it before saving', () => {
  const rows = portalCsv([{ name: 'Brand New Clinic', submitted: '2026-05-02' }]);

  it('a file named with a date is dated by it and saved without a question', async () => {
    const h = importHarness(shipped);
    const run = await h.run([file('investigation-2026-09-30_mine.csv', rows)]);
    expect(run.reviewed).toBeNull();
    expect(run.report?.files[0]?.snapshots[0]).toMatchObject({
      date: '2026-09-30',
      dateFrom: 'name',
    });
    expect((await h.stored())?.snapshots.at(-1)?.date).toBe('2026-09-30');
  });

  it('a corrected date is merged again before saving, and the stored snapshot carries it', async () => {
    const h = importHarness(shipped);
    const reviewed: string[][] = [];
    const run = await h.run([file('breach_report.csv', rows)], {
      review: async (report) => {
        reviewed.push(
          report.files.flatMap((f) => f.snapshots.map((s) => `${s.date} ${s.dateFrom}`)),
        );
        return reviewed.length === 1
          ? { action: 'revise', dates: { 'breach_report.csv': '2026-10-05' } }
          : { action: 'apply' };
      },
    });
    // Asked once (dated by its newest row), saved once corrected (no question left).
    expect(reviewed).toEqual([['2026-05-02 newest-submission']]);
    expect(run.report?.files[0]?.snapshots[0]).toMatchObject({
      date: '2026-10-05',
      dateFrom: 'given',
    });
    expect(run.report?.after.asOf).toBe('2026-10-05');
    expect((await h.stored())?.snapshots.map((s) => s.id)).toContain(
      'investigation-2026-10-05-partial',
    );
  });
});

describe('runImport: Cancel works in every phase and leaves the stored history as it was (issue 11, defect 5)', () => {
  const first = portalCsv([{ name: 'First Import Clinic', submitted: '2026-07-01' }]);
  const second = portalCsv([{ name: 'Second Import Clinic', submitted: '2026-07-02' }]);
  const names = (h: Awaited<ReturnType<ReturnType<typeof importHarness>['stored']>>) =>
    h?.breaches.map((b) => b.name).sort() ?? null;

  for (const phase of ['reading', 'merging', 'saving'] as const) {
    it(`cancelled while ${phase}: nothing of the import is stored or sent`, async () => {
      const h = importHarness(shipped);
      expect((await h.run([file('investigation-2026-07-10_a.csv', first)])).ended).toBe('done');
      const before = names(await h.stored());
      expect(before).toContain('First Import Clinic');
      const run = await h.run([file('investigation-2026-07-20_b.csv', second)], {
        onMessage: (m, controller) => {
          if (m.type === 'progress' && m.progress.phase === phase)
            // As the page's Cancel does: the worker hears of it a message later.
            setTimeout(() => controller.abort(), 0);
        },
      });
      expect(run.ended).toBe('cancelled');
      expect(run.messages.filter((m) => m.type === 'table' || m.type === 'done')).toEqual([]);
      expect(names(await h.stored())).toEqual(before);
    });
  }

  it('cancelled while the save is being written: the transaction is aborted, the previous history stays', async () => {
    const h = importHarness(shipped);
    await h.run([file('investigation-2026-07-10_a.csv', first)]);
    const before = names(await h.stored());
    const run = await h.run([file('investigation-2026-07-20_b.csv', second)], {
      onMessage: (m, controller) => {
        // The save has begun when the microtasks after 'saving' have run.
        if (m.type === 'progress' && m.progress.phase === 'saving')
          void Promise.resolve()
            .then(() => undefined)
            .then(() => controller.abort());
      },
    });
    expect(run.ended).toBe('cancelled');
    expect(names(await h.stored())).toEqual(before);
    // The next import extends the stored history, not the cancelled one.
    const next = await h.run([file('investigation-2026-07-30_c.csv', second)]);
    expect(next.ended).toBe('done');
    expect(names(await h.stored())).toEqual([...(before ?? []), 'Second Import Clinic'].sort());
  });
});

describe('runImport: imports from several tabs all survive (issue 11, defect 6)', () => {
  const csv = (name: string, submitted: string) => portalCsv([{ name, submitted }]);
  const names = (h: Awaited<ReturnType<ReturnType<typeof importHarness>['stored']>>) =>
    h?.breaches.map((b) => b.name).filter((n) => n.endsWith('Import')) ?? [];

  it('tab 2, holding an older history in memory, merges into what tab 1 stored since', async () => {
    const fake = fakeIndexedDb();
    const tab1 = importHarness(shipped, fake);
    const tab2 = importHarness(shipped, fake);
    await tab2.run([file('investigation-2026-07-05_x.csv', csv('X Import', '2026-07-01'))]);
    await tab1.run([file('investigation-2026-07-10_a.csv', csv('A Import', '2026-07-02'))]);
    await tab2.run([file('investigation-2026-07-20_b.csv', csv('B Import', '2026-07-03'))]);
    // A reload of either tab reads what is stored: all three imports.
    expect(names(await tab1.stored()).sort()).toEqual(['A Import', 'B Import', 'X Import']);
    expect((await tab1.storage.loadMeta()).ok && (await tab1.storage.loadMeta())).toMatchObject({
      value: {
        imports: [
          { file: 'investigation-2026-07-05_x.csv' },
          { file: 'investigation-2026-07-10_a.csv' },
          { file: 'investigation-2026-07-20_b.csv' },
        ],
      },
    });
  });

  it('two imports at once, serialised by the lock (Web Locks in the browser), both survive', async () => {
    const fake = fakeIndexedDb();
    let queue: Promise<unknown> = Promise.resolve();
    const lock: ImportContext['exclusive'] = (work) => {
      const run = queue.then(work);
      queue = run.catch(() => undefined);
      return run;
    };
    const tab1 = importHarness(shipped, fake, lock);
    const tab2 = importHarness(shipped, fake, lock);
    await Promise.all([
      tab1.run([file('investigation-2026-07-10_a.csv', csv('A Import', '2026-07-02'))]),
      tab2.run([file('investigation-2026-07-20_b.csv', csv('B Import', '2026-07-03'))]),
    ]);
    expect(names(await tab1.stored()).sort()).toEqual(['A Import', 'B Import']);
  });

  it('a reset in another tab is seen: the next import starts from the shipped data again', async () => {
    const fake = fakeIndexedDb();
    const tab1 = importHarness(shipped, fake);
    const tab2 = importHarness(shipped, fake);
    await tab1.run([file('investigation-2026-07-10_a.csv', csv('A Import', '2026-07-02'))]);
    await tab2.storage.clear();
    await tab1.run([file('investigation-2026-07-20_b.csv', csv('B Import', '2026-07-03'))]);
    expect(names(await tab1.stored())).toEqual(['B Import']);
  });
});
