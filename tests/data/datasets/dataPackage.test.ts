import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BREACH_CSV_HEADER } from '../../../src/data/datasets/breachesToCsv';
import { citeView, viewTitle } from '../../../src/data/datasets/citation';
import { dataPackage, zipPackage } from '../../../src/data/datasets/dataPackage';
import type { Manifest } from '../../../src/data/datasets/parseManifest';
import { fixtureTable, rowsOf } from '../breachFixture';

const MANIFEST: Manifest = {
  source: { name: 'HHS OCR breach portal (test)', url: 'https://example.invalid/portal' },
  asOf: '2026-07-15',
  submittedFrom: '2009-10-21',
  submittedTo: '2026-07-01',
  breaches: 13,
  rowsRead: 13,
  snapshots: [],
  knownGaps: ['A gap worded by the build.'],
};

describe('citeView / viewTitle', () => {
  it('citeView(view) names the atlas, the view, the source with its as-of date, the link and the access day', () => {
    const title = viewTitle(['Years: 2015–2016', 'Type: Theft'], [2015, 2016]);
    expect(title).toBe('U.S. health-data breach reports (Years: 2015–2016; Type: Theft)');
    expect(viewTitle([], [2009, 2026])).toBe('U.S. health-data breach reports, 2009–2026');
    const text = citeView({
      title,
      url: 'https://atlas.invalid/?v=2&from=2015',
      accessed: '2026-11-27',
      manifest: MANIFEST,
    });
    expect(text).toBe(
      'Health Breach Atlas. “U.S. health-data breach reports (Years: 2015–2016; Type: Theft).” Data: U.S. Department of Health and Human Services, Office for Civil Rights, Breach Portal (breaches of unsecured protected health information affecting 500 or more individuals, https://example.invalid/portal), as of Jul 15, 2026. https://atlas.invalid/?v=2&from=2015 (accessed Nov 27, 2026).',
    );
  });
});

describe('dataPackage / zipPackage', () => {
  const table = fixtureTable();
  const input = {
    table,
    rows: rowsOf(table, 'r01', 'r02', 'r03'),
    manifest: MANIFEST,
    filters: ['Years: 2019–2020'],
    url: 'https://atlas.invalid/?v=2&from=2019&to=2020',
    citation: 'Cite me.',
    today: '2026-11-27',
  };

  it('dataPackage(displayed) lists the filters applied, columns, source, as-of date, gaps, terms and citation beside the CSV', () => {
    const pkg = dataPackage({ ...input, scope: 'displayed' });
    expect(pkg.rowCount).toBe(3);
    expect(pkg.metadata.filtersApplied).toEqual(['Years: 2019–2020']);
    expect(pkg.metadata.columns.map((c) => c.name)).toEqual([...BREACH_CSV_HEADER]);
    expect(pkg.metadata.columns.every((c) => c.meaning.length > 20)).toBe(true);
    expect(pkg.metadata).toMatchObject({
      asOf: '2026-07-15',
      source: { url: 'https://example.invalid/portal' },
      knownGaps: ['A gap worded by the build.'],
      citation: 'Cite me.',
      viewUrl: input.url,
    });
    expect(pkg.readme).toContain('## Filters applied\n- Years: 2019–2020\n');
    expect(pkg.readme).toContain('## Cite as\nCite me.');
    expect(pkg.readme).toContain('17 U.S.C. § 105');
    expect(pkg.csv.startsWith('\uFEFF')).toBe(true);
  });

  it('dataPackage(full) applies no filter but says which the view had', () => {
    const pkg = dataPackage({ ...input, scope: 'full', rows: rowsOf(table, 'r01') });
    expect(pkg.metadata.filtersApplied).toEqual([]);
    expect(pkg.metadata.viewFilters).toEqual(['Years: 2019–2020']);
    expect(pkg.readme).toContain('None: this is the full data, every breach report.');
    expect(pkg.baseName).toBe('health-breach-atlas-full-2026-07-15');
  });

  it('zipPackage(pkg) holds the CSV, README.md and metadata.json, unchanged after a round trip', () => {
    const pkg = dataPackage({ ...input, scope: 'displayed' });
    const files = unzipSync(zipPackage(pkg));
    const base = pkg.baseName;
    // TextDecoder keeps the BOM only when told to (strFromU8 drops it).
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[`${base}/breaches.csv`]);
    expect(csv).toBe(pkg.csv);
    expect(strFromU8(files[`${base}/README.md`]!)).toBe(pkg.readme);
    expect(JSON.parse(strFromU8(files[`${base}/metadata.json`]!))).toEqual(pkg.metadata);
    const rows = Papa.parse<string[]>(pkg.csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(4);
  });
});
