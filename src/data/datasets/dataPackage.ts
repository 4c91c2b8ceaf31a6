import { strToU8, zipSync } from 'fflate';
import type { BreachTable } from '../table/BreachTable';
import { BREACH_CSV_COLUMNS, BREACH_CSV_HEADER, breachesToCsv } from './breachesToCsv';
import { ATLAS_NAME, BREACH_PUBLISHER } from './citation';
import { formatShortDay } from '../dates/dataAge';
import type { Manifest } from './parseManifest';

/** Terms of use of the breach records, as the download's README states them. */
export const BREACH_TERMS =
  'The breach records are published by HHS, a U.S. federal agency; works of the U.S. government are not subject to copyright in the United States (17 U.S.C. § 105). Cite the HHS Office for Civil Rights breach portal as the source. Merging the exports, the status and the placeholder flag are Health Breach Atlas’s work and add no restriction.';

export type DownloadScope = 'displayed' | 'full';

export interface PackageInput {
  table: BreachTable;
  /** The rows to write (every row for a full download). */
  rows: Iterable<number>;
  scope: DownloadScope;
  manifest: Manifest;
  /** Each active filter in words ("Years: 2015–2016"); empty for none. */
  filters: readonly string[];
  /** The view's address and its citation (citeView). */
  url: string;
  citation: string;
  /** Day the file is made, YYYY-MM-DD. */
  today: string;
}

export interface DataPackage {
  /** File name without extension: health-breach-atlas-displayed-2026-07-15. */
  baseName: string;
  csv: string;
  rowCount: number;
  metadata: PackageMetadata;
  readme: string;
}

export interface PackageMetadata {
  title: string;
  scope: DownloadScope;
  rows: number;
  source: { name: string; publisher: string; url: string };
  asOf: string;
  submittedFrom: string;
  submittedTo: string;
  /** Filters applied to the rows; empty for a full download or an unfiltered view. */
  filtersApplied: string[];
  /** Filters that were active in the view (listed on a full download too, which ignores them). */
  viewFilters: string[];
  columns: { name: string; meaning: string }[];
  countsWhat: string;
  knownGaps: string[];
  terms: string;
  citation: string;
  viewUrl: string;
  created: string;
}

/** What the figures count, in the words every source line uses. */
export const COUNTS_WHAT =
  'Reports of breaches affecting 500 or more individuals, each report once; years are submission years; individuals affected are the latest reported counts (one person can be in several reports).';

/**
 * The CSV of a download and the metadata that travels with it: source, as-of date, the filters
 * applied, what each column means, terms and citation. Pure; zipPackage packs it.
 */
export function dataPackage(input: PackageInput): DataPackage {
  const rows = [...input.rows];
  const csv = breachesToCsv(input.table, rows);
  const filtersApplied = input.scope === 'full' ? [] : [...input.filters];
  const title =
    input.scope === 'full'
      ? 'Every U.S. health-data breach report in Health Breach Atlas'
      : `U.S. health-data breach reports shown in Health Breach Atlas${filtersApplied.length > 0 ? ` (${filtersApplied.join('; ')})` : ' (no filters)'}`;
  const metadata: PackageMetadata = {
    title,
    scope: input.scope,
    rows: rows.length,
    source: {
      name: input.manifest.source.name,
      publisher: BREACH_PUBLISHER,
      url: input.manifest.source.url,
    },
    asOf: input.manifest.asOf,
    submittedFrom: input.manifest.submittedFrom,
    submittedTo: input.manifest.submittedTo,
    filtersApplied,
    viewFilters: [...input.filters],
    columns: BREACH_CSV_HEADER.map((name) => ({ name, meaning: BREACH_CSV_COLUMNS[name] })),
    countsWhat: COUNTS_WHAT,
    knownGaps: [...input.manifest.knownGaps],
    terms: BREACH_TERMS,
    citation: input.citation,
    viewUrl: input.url,
    created: input.today,
  };
  return {
    baseName: `health-breach-atlas-${input.scope}-${input.manifest.asOf}`,
    csv,
    rowCount: rows.length,
    metadata,
    readme: readmeText(metadata),
  };
}

/** The README that travels with a download, in plain text (Markdown-friendly). */
function readmeText(m: PackageMetadata): string {
  const lines = [
    `# ${m.title}`,
    '',
    `Made with ${ATLAS_NAME} on ${formatShortDay(m.created)}: ${m.rows.toLocaleString('en-US')} breach reports (breaches.csv).`,
    '',
    '## Source',
    `${m.source.name}.`,
    `Publisher: ${m.source.publisher}. ${m.source.url}`,
    `Data as of ${formatShortDay(m.asOf)}; submissions from ${formatShortDay(m.submittedFrom)} to ${formatShortDay(m.submittedTo)}.`,
    '',
    '## What the figures count',
    m.countsWhat,
    '',
    '## Filters applied',
    ...(m.scope === 'full'
      ? [
          'None: this is the full data, every breach report.',
          ...(m.viewFilters.length > 0
            ? [`(The view it was downloaded from had: ${m.viewFilters.join('; ')}.)`]
            : []),
        ]
      : m.filtersApplied.length > 0
        ? m.filtersApplied.map((f) => `- ${f}`)
        : ['None: every breach report.']),
    '',
    '## Columns',
    ...m.columns.map((c) => `- ${c.name}: ${c.meaning}`),
    '',
    'Cells that a spreadsheet would run as a formula start with an apostrophe. The file is UTF-8 with a byte-order mark.',
    '',
    '## Known gaps',
    ...m.knownGaps.map((g) => `- ${g}`),
    '',
    '## Terms',
    m.terms,
    '',
    '## Cite as',
    m.citation,
    '',
  ];
  return lines.join('\n');
}

/** The CSV, README.md and metadata.json in one ZIP (fflate, deflated). */
export function zipPackage(pkg: DataPackage): Uint8Array {
  return zipSync(
    {
      [`${pkg.baseName}/breaches.csv`]: strToU8(pkg.csv),
      [`${pkg.baseName}/README.md`]: strToU8(pkg.readme),
      [`${pkg.baseName}/metadata.json`]: strToU8(`${JSON.stringify(pkg.metadata, null, 2)}\n`),
    },
    { level: 6, mtime: new Date(`${pkg.metadata.created}T00:00:00Z`) },
  );
}
