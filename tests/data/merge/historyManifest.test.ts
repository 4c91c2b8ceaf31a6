import { describe, expect, it } from 'vitest';
import { historyManifest, IMPORT_NOTE } from '../../../src/data/merge/historyManifest';
import type { History } from '../../../src/data/merge/mergeIntoHistory';
import type { Manifest } from '../../../src/data/datasets/parseManifest';

describe('historyManifest(base, history, files, rows)', () => {
  const base: Manifest = {
    source: { name: 'HHS', url: 'u' },
    asOf: '2026-05-03',
    submittedFrom: '2009-10-21',
    submittedTo: '2026-04-07',
    breaches: 2,
    rowsRead: 100,
    snapshots: [],
    knownGaps: ['Submissions in the latest year are partial (data as of 2026-05-03).'],
  };
  const breach = (submitted: string) => ({
    id: submitted,
    name: 'n',
    state: null,
    entityType: null,
    individuals: 1,
    submitted,
    breachTypes: [],
    locations: [],
    businessAssociate: null,
    hasWebDescription: false,
    status: 'open' as const,
    placeholder: false,
    snapshots: [],
    countHistory: [],
  });
  const history: History = {
    snapshots: [
      {
        id: 'investigation-2026-05-03',
        file: 'a.csv',
        kind: 'investigation',
        date: '2026-05-03',
        coverage: 'complete',
        records: 2,
      },
      {
        id: 'investigation-2026-06-01',
        file: 'b.csv',
        kind: 'investigation',
        date: '2026-06-01',
        coverage: 'complete',
        records: 3,
      },
    ],
    breaches: [breach('2026-05-20'), breach('2020-01-01'), breach('2009-10-21')],
  };

  it('takes the as-of date, range, totals and snapshots from the merged history and names the imported files', () => {
    const m = historyManifest(base, history, ['b.csv'], 3);
    expect([
      m.asOf,
      m.submittedFrom,
      m.submittedTo,
      m.breaches,
      m.rowsRead,
      m.snapshots.length,
    ]).toEqual(['2026-06-01', '2009-10-21', '2026-05-20', 3, 103, 2]);
    expect(m.knownGaps.at(-2)).toBe(
      'Submissions in the latest year are partial (data as of 2026-06-01).',
    );
    expect(m.knownGaps.at(-1)).toBe(
      `${IMPORT_NOTE} one export (b.csv), read and merged by the same code as the shipped files but not checked by the project.`,
    );
  });

  it('a second import replaces the note instead of adding another', () => {
    const once = historyManifest(base, history, ['b.csv'], 3);
    const twice = historyManifest(once, history, ['b.csv', 'c.csv'], 1);
    expect(twice.knownGaps.filter((g) => g.startsWith(IMPORT_NOTE))).toEqual([
      `${IMPORT_NOTE} 2 exports (b.csv, c.csv), read and merged by the same code as the shipped files but not checked by the project.`,
    ]);
  });
});
