import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatasets } from '../../scripts/buildDatasets';
import { hasSharedExports, PUBLISHED_BREACHES_PER_YEAR, SHARED_EXPORTS } from './realData';

const run = hasSharedExports();

describe.skipIf(!run)('buildDatasets(../shared exports) — the merged real history', () => {
  let files: Record<string, string>;
  let rows: Record<string, string>[];
  beforeAll(async () => {
    files = (await buildDatasets([SHARED_EXPORTS])).files;
    rows = Papa.parse<Record<string, string>>(files['breaches.csv'] ?? '', { header: true, skipEmptyLines: true }).data;
  });

  it('buildDatasets(exports) reproduces the published breach counts per submission year', () => {
    const perYear: Record<number, number> = {};
    for (const r of rows) perYear[Number(r.submitted?.slice(0, 4))] = (perYear[Number(r.submitted?.slice(0, 4))] ?? 0) + 1;
    for (const [year, count] of Object.entries(PUBLISHED_BREACHES_PER_YEAR)) expect([year, perYear[Number(year)]]).toEqual([year, count]);
    expect(perYear[2025]).toBeGreaterThanOrEqual(740);
  });

  it('buildDatasets(exports) merges about 7,500 breach reports and drops the two HHS deleted', () => {
    expect(rows.length).toBeGreaterThan(7_400);
    expect(rows.length).toBeLessThan(7_600);
    const manifest = JSON.parse(files['manifest.json'] ?? '{}') as { droppedAsDeletedByHhs: number; asOf: string; rowsRead: number };
    expect(manifest.droppedAsDeletedByHhs).toBe(2);
    expect(manifest.asOf).toBe('2026-05-03');
    expect(manifest.rowsRead).toBe(19_448);
  });

  it('buildDatasets(exports) lists Change Healthcare, Inc. once, at 192,700,000, submitted 2024-07-19, with its count history', () => {
    const ch = rows.filter((r) => r.name === 'Change Healthcare, Inc.');
    expect(ch).toHaveLength(1);
    expect(ch[0]).toMatchObject({ individuals: '192700000', submitted: '2024-07-19', placeholder: '0' });
    const history = (files['count-history.csv'] ?? '')
      .split('\n')
      .filter((l) => l.startsWith(`${ch[0]?.id},`))
      .map((l) => Number(l.split(',')[3]));
    expect([...new Set(history)]).toEqual([500, 100_000_000, 190_000_000, 192_700_000]);
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
