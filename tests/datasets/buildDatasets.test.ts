import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatasets, listExports } from '../../scripts/buildDatasets';
import { readExportFile, type ExportFileResult } from '../../scripts/readExportFile';
import { provesDeletion } from '../../src/data/merge/snapshotRoles';
import { hasSharedExports, PUBLISHED_BREACHES_PER_YEAR, SHARED_EXPORTS } from './realData';

const run = hasSharedExports();

/**
 * The build over every file in ../shared, whatever files it holds today: expectations come from
 * the inputs (each file read on its own) or from published figures, never from one build's totals.
 */
describe.skipIf(!run)('buildDatasets(../shared exports) — the merged real history', () => {
  let files: Record<string, string>;
  let rows: Record<string, string>[];
  let inputs: string[];
  const read = new Map<string, ExportFileResult>();
  let manifest: { droppedAsDeletedByHhs: number; asOf: string; rowsRead: number; breaches: number; status: Record<string, number> };
  const countHistory = (id: string | undefined): number[] =>
    (files['count-history.csv'] ?? '')
      .split('\n')
      .filter((l) => l.startsWith(`${id},`))
      .map((l) => Number(l.split(',')[3]))
      .filter((n, i, all) => i === 0 || n !== all[i - 1]);

  beforeAll(async () => {
    inputs = await listExports(SHARED_EXPORTS);
    for (const file of inputs) read.set(file, await readExportFile(file));
    files = (await buildDatasets([SHARED_EXPORTS])).files;
    rows = Papa.parse<Record<string, string>>(files['breaches.csv'] ?? '', { header: true, skipEmptyLines: true }).data;
    manifest = JSON.parse(files['manifest.json'] ?? '{}') as typeof manifest;
  }, 120_000);

  it('listExports(../shared) finds files in both raw/ and derived/, and every one reads with zero errors', () => {
    for (const dir of ['raw', 'derived']) expect(inputs.some((f) => f.includes(`${path.sep}${dir}${path.sep}`)), dir).toBe(true);
    for (const [file, result] of read) {
      expect({ file, errors: result.issues.filter((i) => i.severity === 'error') }).toEqual({ file, errors: [] });
      expect(result.snapshots.length, file).toBeGreaterThan(0);
    }
  });

  it('buildDatasets(exports) is as of the newest input snapshot and counts every input row', () => {
    const snapshots = [...read.values()].flatMap((r) => r.snapshots);
    expect(manifest.asOf).toBe(snapshots.map((s) => s.date).sort().at(-1));
    expect(manifest.rowsRead).toBe([...read.values()].reduce((n, r) => n + r.rowsRead, 0));
    expect(manifest.breaches).toBe(rows.length);
    // At least every record of the biggest single list, at most every row read.
    expect(rows.length).toBeGreaterThanOrEqual(Math.max(...snapshots.map((s) => s.records.length)));
    expect(rows.length).toBeLessThanOrEqual(manifest.rowsRead);
  });

  it('buildDatasets(exports) reproduces the published breach counts per submission year (within ±1)', () => {
    const perYear: Record<number, number> = {};
    for (const r of rows) perYear[Number(r.submitted?.slice(0, 4))] = (perYear[Number(r.submitted?.slice(0, 4))] ?? 0) + 1;
    for (const [year, count] of Object.entries(PUBLISHED_BREACHES_PER_YEAR)) {
      expect(Math.abs((perYear[Number(year)] ?? 0) - count), `${year}: ${perYear[Number(year)]} vs published ${count}`).toBeLessThanOrEqual(1);
    }
  });

  it('buildDatasets(exports) marks open exactly the records of the newest under-investigation list', () => {
    const lists = [...read.values()].flatMap((r) => r.snapshots).filter((s) => s.kind === 'investigation' && s.coverage === 'complete');
    const newest = lists.sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
    expect(manifest.status.open).toBe(newest?.records.length);
  });

  it('buildDatasets(exports) removes a breach only on the word of a newer complete raw archive, never a derived listing', () => {
    const archives = [...read.values()].flatMap((r) => r.snapshots).filter(provesDeletion);
    const deleted = (files['problems.csv'] ?? '').split('\n').filter((l) => l.includes(',deleted-by-hhs,'));
    expect(deleted).toHaveLength(manifest.droppedAsDeletedByHhs);
    for (const line of deleted) {
      const by = /newer complete archive ([\w-]+);/.exec(line)?.[1];
      expect(archives.map((a) => a.id), line).toContain(by);
      expect(archives.find((a) => a.id === by)?.coverage).not.toBe('derived');
    }
  });

  it('buildDatasets(exports) lists Change Healthcare, Inc. once, at 192,700,000, submitted 2024-07-19, with its count history', () => {
    const ch = rows.filter((r) => r.name === 'Change Healthcare, Inc.');
    expect(ch).toHaveLength(1);
    expect(ch[0]).toMatchObject({ individuals: '192700000', submitted: '2024-07-19', placeholder: '0' });
    expect(countHistory(ch[0]?.id)).toEqual([500, 100_000_000, 190_000_000, 192_700_000]);
  });

  it("buildDatasets(exports) gives Conduent's 2025-10-08 breach its July 2026 count, 42,616 → 62,224,658", () => {
    const conduent = rows.filter((r) => r.name === 'Conduent Business Services LLC' && r.submitted === '2025-10-08');
    expect(conduent).toHaveLength(1);
    expect(conduent[0]?.individuals).toBe('62224658');
    expect(countHistory(conduent[0]?.id)).toEqual([42_616, 62_224_658]);
  });

  it('buildDatasets(exports) writes no Web Description text, only a flag', () => {
    const header = (files['breaches.csv'] ?? '').split('\n')[0] ?? '';
    expect(header).not.toMatch(/description,|description$/i);
    expect(header).toContain('web_description_present');
    expect(files['breaches.csv']).not.toContain('The covered entity');
  });

  it('buildDatasets(exports) equals the shipped datasets/ byte for byte (so the app and the build agree)', () => {
    for (const name of ['breaches.csv', 'count-history.csv', 'snapshots.csv', 'problems.csv', 'manifest.json']) {
      const shipped = readFileSync(path.resolve('datasets', name), 'utf8');
      expect({ name, same: shipped === files[name] }).toEqual({ name, same: true });
    }
  });
});
