import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BreachTable } from '../../src/data/table/BreachTable';
import { buildBreachTable } from '../../src/data/table/buildBreachTable';
import { selectRows } from '../../src/data/views/filterTable';
import { parseBreachRows } from '../../src/data/datasets/parseBreachRows';
import { parseManifest } from '../../src/data/datasets/parseManifest';
import { rollupByYear } from '../../src/data/views/rollupByYear';
import { PUBLISHED_BREACHES_PER_YEAR } from './realData';
import { breachId, breachNames } from '../../src/data/table/breachText';

// The shipped datasets/ through the same code path as the app: so the app and the build agree.
describe('datasets/ as the app loads them', () => {
  let table: BreachTable;
  beforeAll(() => {
    const rows = Papa.parse<string[]>(readFileSync('datasets/breaches.csv', 'utf8'), { skipEmptyLines: 'greedy' }).data;
    const parsed = parseBreachRows(rows, 'breaches.csv');
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
    expect(parsed.issues).toEqual([]);
    table = buildBreachTable(parsed.rows);
  });

  it('rollupByYear(shipped table) gives the published breach counts per submission year', () => {
    const years = rollupByYear(table, selectRows(table, []));
    const byYear = Object.fromEntries(years.map((y) => [y.year, y.breaches]));
    for (const [year, count] of Object.entries(PUBLISHED_BREACHES_PER_YEAR)) expect(Math.abs((byYear[year] ?? 0) - count), year).toBeLessThanOrEqual(1);
    expect(years[0]?.year).toBe(2009);
    expect(years.at(-1)?.year).toBe(2026);
  });

  it('rollupByYear(shipped table) makes 2024 the year with most individuals affected', () => {
    const years = rollupByYear(table, selectRows(table, []));
    const top = [...years].sort((a, b) => b.individuals - a.individuals)[0];
    expect(top?.year).toBe(2024);
  });

  it('buildBreachTable(shipped rows) holds Change Healthcare, Inc. once, 192,700,000, submitted 2024-07-19', () => {
    const hits = breachNames(table).flatMap((n, i) => (n === 'Change Healthcare, Inc.' ? [i] : []));
    expect(hits).toHaveLength(1);
    const i = hits[0] ?? -1;
    expect(table.individuals[i]).toBe(192_700_000);
    expect(breachId(table, i)).toBe('2024-07-19-changehealthcareinc');
    expect(table.year[i]).toBe(2024);
  });

  it('parseManifest(shipped manifest) names the source and the as-of date the UI shows', () => {
    const parsed = parseManifest(JSON.parse(readFileSync('datasets/manifest.json', 'utf8')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // As of its newest snapshot, whichever that is.
    expect(parsed.manifest.asOf).toBe(parsed.manifest.snapshots.map((s) => s.date).sort().at(-1));
    expect(parsed.manifest.asOf >= parsed.manifest.submittedTo).toBe(true);
    expect(parsed.manifest.source.url).toBe('https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf');
    expect(parsed.manifest.breaches).toBe(table.length);
  });
});
