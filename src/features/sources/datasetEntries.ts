import { BREACH_PUBLISHER } from '../../data/datasets/citation';
import { formatShortDay } from '../../data/dates/dataAge';
import { COUNTS_WHAT } from '../../data/datasets/dataPackage';
import type { Manifest } from '../../data/datasets/parseManifest';
import type { WorkforceData } from '../../data/workforce/assembleWorkforce';
import type { Source } from '../../data/workforce/workforceTypes';

/** One source behind a dataset: what the Sources dialog lists under it. */
export interface EntrySource {
  key: string;
  title: string;
  publisher: string;
  url: string | null;
  /** ISO date, YYYY-MM or a year; '' when undated. */
  asOf: string;
  asOfBasis: string;
  /** What was checked and how, for this source. */
  checked: string;
}

/** One dataset of the dashboard, OWID-sources-modal style. */
export interface DatasetEntry {
  key: string;
  name: string;
  files: string;
  publisher: string;
  url: string | null;
  asOf: string;
  counts: string;
  checked: string;
  gaps: string[];
  sources: EntrySource[];
}

const fmt = new Intl.NumberFormat('en-US');

/**
 * Every dataset the dashboard draws on, each with its publisher, address, as-of date, what it
 * counts, what was checked and how, and its known gaps — worked out from the manifest and the
 * workforce files, so a rebuilt or imported data set describes itself.
 */
export function datasetEntries(
  manifest: Manifest,
  workforce: WorkforceData | null,
): DatasetEntry[] {
  const snapshots = manifest.snapshots;
  const first = snapshots.reduce((a, s) => (s.date < a ? s.date : a), manifest.asOf);
  const problems = manifest.problems;
  const entries: DatasetEntry[] = [
    {
      key: 'hhs-ocr',
      name: 'Breach reports',
      files: 'datasets/breaches.csv, datasets/count-history.csv',
      publisher: BREACH_PUBLISHER,
      url: manifest.source.url,
      asOf: manifest.asOf,
      counts: COUNTS_WHAT,
      checked: [
        `${fmt.format(manifest.rowsRead)} rows read from ${snapshots.length} saved snapshots of the portal's two lists (${formatShortDay(first)} to ${formatShortDay(manifest.asOf)}) and merged into ${fmt.format(manifest.breaches)} reports: the same breach is recognised across snapshots by name, state and submission date (then by count and a similar name), and the newest snapshot's values win.`,
        problems
          ? `${fmt.format(problems.errors)} rows refused and ${fmt.format(problems.warnings)} loaded with a warning, each listed by file, row and field in datasets/problems.csv.`
          : '',
        'Tests rebuild the files from the exports and compare them byte for byte, and compare yearly report counts with published tallies.',
      ]
        .filter(Boolean)
        .join(' '),
      gaps: [
        ...manifest.knownGaps,
        `Counts of 500 or 501 are often placeholders until the real count is known${manifest.placeholders !== undefined ? ` (${fmt.format(manifest.placeholders)} reports)` : ''}; they are flagged, never changed.`,
        'The state is the reporting entity’s, not where the affected people live.',
      ],
      sources: [],
    },
  ];
  if (workforce) {
    const byKey = new Map(workforce.sources.map((s) => [s.key, s]));
    const sourcesOf = (keys: Iterable<string>) =>
      [...new Set(keys)].flatMap((k) => {
        const s = byKey.get(k);
        return s ? [entrySource(s)] : [];
      });
    const newest = (list: EntrySource[]) => list.reduce((a, s) => (s.asOf > a ? s.asOf : a), '');
    const projections = sourcesOf(
      workforce.projections.flatMap((p) => [p.sourceKey, ...p.crossCheckKeys]),
    );
    const pay = sourcesOf(workforce.pay.flatMap((p) => [p.sourceKey, ...p.crossCheckKeys]));
    const quotes = sourcesOf(workforce.quotes.map((q) => q.sourceKey));
    const cycles = [...new Set(workforce.projections.map((p) => p.cycle))].join(', ');
    const periods = [...new Set(workforce.pay.map((p) => p.periodLabel))].join(', ');
    entries.push(
      {
        key: 'projections',
        name: `Job projections (${cycles})`,
        files: 'datasets/workforce/projections.csv',
        publisher: 'U.S. Bureau of Labor Statistics, Employment Projections',
        url: projections[0]?.url ?? null,
        asOf: newest(projections),
        counts:
          'Jobs in the base and projected year (thousands), the change over the decade and openings a year, for every industry.',
        checked:
          'Transcribed from copies of the BLS projection tables and accepted only where they matched BLS pages seen directly; each row names the sources that agree with it. Published change and percent are shown as BLS gives them, not recomputed.',
        gaps: [
          'Every industry: no figure for health care alone.',
          'No BLS occupation is called health informatics; matching the article’s job titles to occupations is this project’s judgement.',
        ],
        sources: projections,
      },
      {
        key: 'pay',
        name: `Pay (${periods})`,
        files: 'datasets/workforce/pay.csv',
        publisher: 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics',
        url: pay[0]?.url ?? null,
        asOf: newest(pay),
        counts:
          'Annual and hourly pay of wage-and-salary workers (median, mean, 10th to 90th percentile), in current dollars.',
        checked:
          'Transcribed from the national OEWS files; the medians equal the projection tables of the same cycle, and several match BLS handbook pages.',
        gaps: [
          'Self-employed people are not covered.',
          'BLS publishes no exact wage at or above its top code; such a percentile is shown as “≥”.',
        ],
        sources: pay,
      },
      {
        key: 'quotes',
        name: 'Salaries quoted by the article (Payscale)',
        files: 'datasets/workforce/quoted-salaries.csv',
        publisher: 'Payscale, as quoted by the source article',
        url: quotes[0]?.url ?? null,
        asOf: newest(quotes),
        counts: 'Median pay of a job title from self-reported profiles.',
        checked:
          'Not checked: the Payscale pages were not available. Shown only as the article quotes them, never as BLS figures.',
        gaps: [
          'Job titles, not occupations; values change from month to month.',
          'Cannot be compared with BLS medians.',
        ],
        sources: quotes,
      },
    );
  }
  entries.push({
    key: 'us-atlas',
    name: 'State outlines for the map',
    files: 'us-atlas 3.0.1 (npm package, bundled)',
    publisher: 'U.S. Census Bureau cartographic boundaries, as TopoJSON by the us-atlas project',
    url: 'https://github.com/topojson/us-atlas',
    asOf: '',
    counts: 'Shapes only: no figure on the page comes from this file.',
    checked: 'Each state’s shape is joined to the breach reports by the state’s two-letter code.',
    gaps: [
      'Puerto Rico, the other territories and reports with no state have no shape here; they are shown as tiles beside the map.',
    ],
    sources: [],
  });
  return entries;
}

function entrySource(s: Source): EntrySource {
  return {
    key: s.key,
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    asOf: s.asOf,
    asOfBasis: s.asOfBasis,
    checked: s.notes,
  };
}
