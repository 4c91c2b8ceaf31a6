import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExportFile, type ExportFileResult } from '../../scripts/readExportFile';
import type { ExportRecord, Issue } from '../../src/data/schema/types';

/**
 * The reference copies of the HHS OCR export that PROVENANCE.md describes file by file. They are not part of
 * the project and are never copied into it; the tests read them in place.
 */
const ROOT = path.resolve(process.cwd(), '../shared/datasets/hhs-ocr');
const present = existsSync(ROOT);

if (!present && process.env.CI) {
  describe('real HHS exports', () => {
    it('the reference data must be present in CI', () => {
      throw new Error(`reference data missing: ${ROOT}`);
    });
  });
} else if (!present) {
  console.warn(`realExports.test.ts: SKIPPED — reference data not found at ${ROOT}`);
}

const FILES = {
  soudunno: 'raw/archive-2024-08-07_soudunno.csv',
  kaycaittArchive: 'raw/archive-2024-10-17_kaycaitt.csv',
  kaycaittInvestigation: 'raw/investigation-2024-10-17_kaycaitt.csv',
  zulfiiaditto: 'raw/investigation-2024-11-06_zulfiiaditto.csv',
  gershkovich: 'raw/filtered-archive+investigation-2025-05-11_gershkovich.xlsx',
  lindsaywhipple: 'raw/investigation-2025-06-25_lindsaywhipple.csv',
  martinorkuma: 'raw/investigation-2025-12-22_martinorkuma.csv',
  wendy160: 'raw/investigation-2026-01-09_wendy160.csv',
  ayajnik369: 'raw/investigation-2026-05-03_ayajnik369.csv',
  lilkommu: 'raw/investigation-2026-07-15_lilkommu.csv',
  listing: 'derived/archive+investigation-2026-07-15_lilkommu-clustered.csv',
  derived: 'derived/archive-2026-03_wendy160-features_transcribed-subset.csv',
} as const;
type Key = keyof typeof FILES;

/** Per file: snapshots as [id, kind, date, coverage, records, oldest, newest], and warning counts by code. */
const EXPECTED: Record<
  Key,
  {
    snapshots: [string, string, string, string, number, string, string][];
    warnings: Record<string, number>;
  }
> = {
  soudunno: {
    snapshots: [
      ['archive-2024-08-07', 'archive', '2024-08-07', 'complete', 5371, '2009-10-21', '2024-04-26'],
    ],
    warnings: {
      'empty-state': 13,
      'empty-entity-type': 5,
      'empty-count': 1,
      'empty-breach-type': 1,
      'repaired-text': 2,
    },
  },
  kaycaittArchive: {
    snapshots: [
      ['archive-2024-10-17', 'archive', '2024-10-17', 'complete', 5590, '2009-10-21', '2024-06-28'],
    ],
    warnings: {
      'invalid-utf8': 1,
      'empty-state': 13,
      'empty-entity-type': 5,
      'empty-count': 1,
      'empty-breach-type': 1,
      'repaired-text': 44,
    },
  },
  kaycaittInvestigation: {
    snapshots: [
      [
        'investigation-2024-10-17',
        'investigation',
        '2024-10-17',
        'complete',
        852,
        '2022-03-21',
        '2024-10-08',
      ],
    ],
    warnings: { 'empty-state': 6, 'repaired-text': 13 },
  },
  zulfiiaditto: {
    snapshots: [
      [
        'investigation-2024-11-06',
        'investigation',
        '2024-11-06',
        'complete',
        857,
        '2022-03-21',
        '2024-11-01',
      ],
    ],
    warnings: { 'empty-state': 7 },
  },
  gershkovich: {
    snapshots: [
      [
        'archive-2025-05-11-filtered',
        'archive',
        '2025-05-11',
        'filtered',
        3005,
        '2015-05-01',
        '2025-02-14',
      ],
      [
        'investigation-2025-05-11-filtered',
        'investigation',
        '2025-05-11',
        'filtered',
        569,
        '2022-05-16',
        '2025-05-01',
      ],
    ],
    warnings: { 'empty-state': 15 },
  },
  lindsaywhipple: {
    snapshots: [
      [
        'investigation-2025-06-25',
        'investigation',
        '2025-06-25',
        'complete',
        790,
        '2023-02-17',
        '2025-06-13',
      ],
    ],
    warnings: { 'empty-state': 5 },
  },
  martinorkuma: {
    snapshots: [
      [
        'investigation-2025-12-22',
        'investigation',
        '2025-12-22',
        'complete',
        742,
        '2023-02-17',
        '2025-11-13',
      ],
    ],
    warnings: { 'empty-state': 4 },
  },
  wendy160: {
    snapshots: [
      [
        'investigation-2026-01-09',
        'investigation',
        '2026-01-09',
        'complete',
        745,
        '2023-02-17',
        '2025-12-31',
      ],
    ],
    warnings: { 'empty-state': 2 },
  },
  ayajnik369: {
    snapshots: [
      [
        'investigation-2026-05-03',
        'investigation',
        '2026-05-03',
        'complete',
        702,
        '2023-10-12',
        '2026-04-07',
      ],
    ],
    warnings: { 'header-names': 1, 'empty-state': 2 },
  },
  lilkommu: {
    snapshots: [
      [
        'investigation-2026-07-15',
        'investigation',
        '2026-07-15',
        'complete',
        733,
        '2023-10-12',
        '2026-07-01',
      ],
    ],
    warnings: { 'header-names': 1, 'empty-state': 3 },
  },
  // PROVENANCE.md: Status Archived 7,057 / Under Investigation 731; archive back to 2009-10-21 … 2026-06-17.
  listing: {
    snapshots: [
      [
        'archive-2026-07-15-derived',
        'archive',
        '2026-07-15',
        'derived',
        7057,
        '2009-10-21',
        '2026-06-17',
      ],
      [
        'investigation-2026-07-15-derived',
        'investigation',
        '2026-07-15',
        'derived',
        731,
        '2023-10-12',
        '2026-07-01',
      ],
    ],
    warnings: { 'empty-state': 24, 'repaired-text': 2 },
  },
  derived: {
    snapshots: [
      [
        'archive-2026-02-03-partial',
        'archive',
        '2026-02-03',
        'partial',
        225,
        '2024-12-20',
        '2026-02-03',
      ],
    ],
    warnings: { 'bad-description-flag': 1 },
  },
};

const ROWS: Record<Key, number> = {
  soudunno: 5371,
  kaycaittArchive: 5590,
  kaycaittInvestigation: 852,
  zulfiiaditto: 857,
  gershkovich: 3574,
  lindsaywhipple: 790,
  martinorkuma: 742,
  wendy160: 745,
  ayajnik369: 702,
  lilkommu: 733,
  listing: 7788,
  derived: 225,
};

// eslint-disable-next-line no-control-regex -- a control character in a name is garbage
const GARBLED = /â€|\?\?|ƒ|\uFFFD|[\u0000-\u001f\u007f-\u009f]/;

const countBy = (issues: Issue[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const issue of issues) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
  return counts;
};

describe.skipIf(!present)('real HHS exports', () => {
  const results = {} as Record<Key, ExportFileResult>;
  const records = (key: Key): ExportRecord[] => results[key].snapshots.flatMap((s) => s.records);

  beforeAll(async () => {
    for (const key of Object.keys(FILES) as Key[])
      results[key] = await readExportFile(path.join(ROOT, FILES[key]));
  }, 60_000);

  it('readExportFile(path) reads the row count PROVENANCE.md gives for every file, with zero errors', () => {
    for (const key of Object.keys(FILES) as Key[]) {
      expect(results[key].rowsRead, key).toBe(ROWS[key]);
      expect(
        results[key].issues.filter((i) => i.severity === 'error'),
        key,
      ).toEqual([]);
    }
  });

  it('readExportFile(path) describes each snapshot (id, kind, date, coverage, size, date range) as expected', () => {
    for (const key of Object.keys(FILES) as Key[]) {
      const described = results[key].snapshots.map((s) => {
        const dates = s.records.map((r) => r.submitted).sort();
        return [
          s.id,
          s.kind,
          s.date,
          s.coverage,
          s.records.length,
          dates[0],
          dates[dates.length - 1],
        ];
      });
      expect(described, key).toEqual(EXPECTED[key].snapshots);
    }
    expect(results.derived.snapshots[0]?.coverageFrom).toBe('2024-12-21');
  });

  it('readExportFile(path) gives the expected warnings by code for every file', () => {
    for (const key of Object.keys(FILES) as Key[])
      expect(countBy(results[key].issues), key).toEqual(EXPECTED[key].warnings);
  });

  it('readExportFile(path) keeps the Valperaiso Fire Department row with an empty count as null', () => {
    for (const key of ['soudunno', 'kaycaittArchive'] as const) {
      const valparaiso = records(key).filter((r) => r.name === 'Valperaiso Fire Department');
      expect(
        valparaiso.map((r) => [r.state, r.submitted, r.individuals]),
        key,
      ).toEqual([['IN', '2013-09-03', null]]);
      expect(
        results[key].issues.filter((i) => i.code === 'empty-count').map((i) => i.row),
        key,
      ).toEqual(valparaiso.map((r) => r.row));
    }
  });

  it('readExportFile(path) keeps the 13 empty-state rows and the multi-valued Type (86) and Location (435) rows of the soudunno archive', () => {
    const soudunno = records('soudunno');
    expect(soudunno.filter((r) => r.state === null)).toHaveLength(13);
    expect(soudunno.filter((r) => r.breachTypes.length > 1)).toHaveLength(86);
    expect(soudunno.filter((r) => r.locations.length > 1)).toHaveLength(435);
    expect(soudunno.filter((r) => r.entityType === null)).toHaveLength(5);
  });

  it('readExportFile(path) counts the 488 \\N Web Descriptions of both 2024 archives as absent', () => {
    for (const key of ['soudunno', 'kaycaittArchive'] as const) {
      // An independent plain parse of the same file finds the rows whose description is \N.
      const text = readFileSync(path.join(ROOT, FILES[key]), 'latin1');
      const raw = Papa.parse<string[]>(text, { header: false }).data;
      const nullRows = new Set(
        raw.flatMap((cells, index) => (cells[8] === '\\N' ? [index + 1] : [])),
      );
      expect(nullRows.size, key).toBe(488);
      const byRow = new Map(records(key).map((r) => [r.row, r]));
      expect(
        [...nullRows].filter((row) => byRow.get(row)?.hasWebDescription !== false),
        key,
      ).toEqual([]);
    }
    expect(records('soudunno').filter((r) => r.hasWebDescription)).toHaveLength(4577);
    expect(records('kaycaittArchive').filter((r) => r.hasWebDescription)).toHaveLength(4814);
    expect(
      results.gershkovich.snapshots.map((s) => s.records.filter((r) => r.hasWebDescription).length),
    ).toEqual([2879, 0]);
  });

  it("readExportFile(path) shows Change Healthcare's 2024 breach growing from the 500 placeholder to 192,700,000", () => {
    const change = (key: Key): (number | null)[] =>
      records(key)
        .filter((r) => r.name === 'Change Healthcare, Inc.' && r.submitted === '2024-07-19')
        .map((r) => r.individuals);
    expect(change('kaycaittInvestigation')).toEqual([500]);
    expect(change('zulfiiaditto')).toEqual([100_000_000]);
    expect(change('lindsaywhipple')).toEqual([190_000_000]);
    expect(change('martinorkuma')).toEqual([192_700_000]);
    expect(change('wendy160')).toEqual([192_700_000]);
    expect(change('ayajnik369')).toEqual([192_700_000]);
    expect(change('lilkommu')).toEqual([192_700_000]);
    // Still open in July 2026: the derived listing has it in its under-investigation part.
    expect(change('listing')).toEqual([192_700_000]);
    expect(
      results.listing.snapshots
        .find((s) => s.kind === 'investigation')
        ?.records.some((r) => r.name === 'Change Healthcare, Inc.'),
    ).toBe(true);
    for (const key of ['soudunno', 'kaycaittArchive', 'gershkovich', 'derived'] as const)
      expect(change(key), key).toEqual([]);
    // The archives hold an older, unrelated Change Healthcare breach.
    expect(
      records('soudunno')
        .filter((r) => r.name === 'Change Healthcare')
        .map((r) => [r.submitted, r.individuals]),
    ).toEqual([['2022-07-07', 1262]]);
  });

  it('readExportFile(path) leaves no garbled name after repair, and repairs the names PROVENANCE.md cites', () => {
    for (const key of Object.keys(FILES) as Key[]) {
      const garbled = records(key).filter(
        (r) => GARBLED.test(r.name) || r.name !== r.name.trim() || r.name.includes('  '),
      );
      expect(
        garbled.map((r) => r.name),
        key,
      ).toEqual([]);
    }
    const names = new Set(records('kaycaittInvestigation').map((r) => r.name));
    expect(names.has('TIC International Corporation (“TIC”)')).toBe(true);
    expect(
      names.has('Premier Health Family Care – North and Premier Health Family Care of Vandalia'),
    ).toBe(true);
  });

  it('readExportFile(path) repairs every garbled name of the kaycaitt archive to the clean spelling the soudunno archive has', () => {
    const clean = new Map(
      records('soudunno').map((r) => [`${r.submitted}|${r.state}|${r.individuals}`, r.name]),
    );
    const repairedRows = new Set(
      results.kaycaittArchive.issues.filter((i) => i.code === 'repaired-text').map((i) => i.row),
    );
    const mismatches = records('kaycaittArchive')
      .filter((r) => repairedRows.has(r.row))
      .map((r) => [r.name, clean.get(`${r.submitted}|${r.state}|${r.individuals}`)])
      .filter(([repaired, original]) => original !== undefined && repaired !== original);
    // Only the ʻokina cannot be told from an apostrophe: the garbling left the same bytes for both.
    expect(mismatches).toEqual([
      ['Hawai’i Medical Service Association', 'Hawai‘i Medical Service Association'],
    ]);
  });

  it("readExportFile(path) reads the derived listing's floats as whole counts and takes no Web Description from it", () => {
    const listing = records('listing');
    expect(
      listing.every((r) => r.individuals === null || Number.isSafeInteger(r.individuals)),
    ).toBe(true);
    expect(listing.filter((r) => r.hasWebDescription)).toEqual([]);
    const conduent = (key: Key) =>
      records(key)
        .filter((r) => r.name === 'Conduent Business Services LLC' && r.submitted === '2025-10-08')
        .map((r) => r.individuals);
    expect(conduent('ayajnik369')).toEqual([42_616]);
    expect(conduent('lilkommu')).toEqual([62_224_658]);
    expect(conduent('listing')).toEqual([62_224_658]);
  });

  it('readExportFile(path) gives every record a submission date from 2009-10-21 to its snapshot date', () => {
    for (const key of Object.keys(FILES) as Key[]) {
      for (const snapshot of results[key].snapshots) {
        const outside = snapshot.records.filter(
          (r) => r.submitted < '2009-10-21' || r.submitted > snapshot.date,
        );
        expect(outside, key).toEqual([]);
      }
    }
  });
});
