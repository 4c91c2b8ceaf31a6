import { describe, expect, it } from 'vitest';
import { knownGaps } from '../../../src/data/merge/knownGaps';
import type { SnapshotCoverage, SnapshotKind } from '../../../src/data/schema/types';

const s = (
  kind: SnapshotKind,
  date: string,
  coverage: SnapshotCoverage = 'complete',
  file = `${kind}-${date}.csv`,
) => ({ id: `${kind}-${date}-${coverage}`, kind, date, coverage, file });

describe('knownGaps(snapshots, asOf)', () => {
  it('names the newest raw archive, and a newer derived archive listing as one that never removes a case', () => {
    const gaps = knownGaps(
      [
        s('archive', '2024-10-17'),
        s('archive', '2026-02-03', 'partial'),
        s('archive', '2026-07-15', 'derived', 'listing.csv'),
        s('investigation', '2026-07-15'),
      ],
      '2026-07-15',
    );
    expect(gaps).toEqual([
      'No complete archive export from the portal after 2024-10-17; the archive as of 2026-07-15 comes through a derived listing (listing.csv) that may lack a few rows, so it adds and updates cases but never removes one.',
      'Cases closed after 2026-07-15 are absent from the archive inputs; their last known values come from the under-investigation lists.',
      'Whether a case has a Web Description is known only from archive files that carry it (newest 2026-02-03); cases archived later show none.',
      'Submissions in the latest year are partial (data as of 2026-07-15).',
    ]);
  });

  it('words the gaps from whatever archives there are: a newer raw archive takes over every note', () => {
    const gaps = knownGaps(
      [
        s('archive', '2024-10-17'),
        s('archive', '2026-07-15', 'derived'),
        s('archive', '2026-09-01'),
        s('archive', '2026-09-01', 'filtered'),
      ],
      '2026-09-01',
    );
    expect(gaps[0]).toBe(
      'No complete archive export after 2026-09-01: cases submitted later and closed before the next under-investigation snapshot are missing unless a supplement lists them.',
    );
    expect(gaps[1]).toMatch(/^Cases closed after 2026-09-01 /);
    expect(gaps[2]).toMatch(/\(newest 2026-09-01\)/);
  });
});
