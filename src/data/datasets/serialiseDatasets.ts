import Papa from 'papaparse';
import { snapshotInfo } from '../merge/snapshotInfo';
import { compareSnapshots } from '../merge/snapshotRoles';
import { knownGaps } from '../merge/knownGaps';
import type { MergeResult } from '../merge/mergeSnapshots';
import type { Issue, MergedBreach, Snapshot } from '../schema/types';

export const SOURCE = {
  name: 'U.S. Department of Health and Human Services, Office for Civil Rights — Breach Portal: breaches of unsecured protected health information affecting 500 or more individuals',
  url: 'https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf',
} as const;

export const BREACH_COLUMNS = [
  'id',
  'name',
  'state',
  'entity_type',
  'individuals',
  'submitted',
  'breach_types',
  'locations',
  'business_associate',
  'status',
  'placeholder',
  'web_description_present',
  'first_seen',
  'last_seen',
  'seen_in',
] as const;

export interface DatasetFiles {
  'breaches.csv': string;
  'count-history.csv': string;
  'snapshots.csv': string;
  'problems.csv': string;
  'manifest.json': string;
}

/** What the build knows of each input file beyond its snapshots. */
export interface InputFile {
  file: string;
  sha256: string;
  rowsRead: number;
}

/**
 * Turns a merge into the files of datasets/. Pure and deterministic: the same inputs give the
 * same bytes (no clock, no locale, fixed row and key order), so a rebuild shows up in git only
 * when the data changed.
 */
export function serialiseDatasets(
  merge: MergeResult,
  snapshots: readonly Snapshot[],
  inputs: readonly InputFile[],
  readIssues: readonly Issue[],
): DatasetFiles {
  const dateOf = new Map(snapshots.map((s) => [s.id, s.date]));
  const ordered = [...snapshots].sort(compareSnapshots);
  const issues = [...readIssues, ...merge.issues];

  const breaches = csv(
    [...BREACH_COLUMNS],
    merge.breaches.map((b) => breachRow(b, dateOf)),
  );
  const history = csv(
    ['id', 'snapshot', 'snapshot_date', 'individuals'],
    merge.breaches.flatMap((b) =>
      b.countHistory.map((h) => [
        b.id,
        h.snapshot,
        dateOf.get(h.snapshot) ?? '',
        h.individuals === null ? '' : String(h.individuals),
      ]),
    ),
  );
  const snapshotRows = csv(
    ['id', 'file', 'kind', 'date', 'coverage', 'coverage_from', 'records'],
    ordered.map((s) => [
      s.id,
      s.file,
      s.kind,
      s.date,
      s.coverage,
      s.coverageFrom ?? '',
      String(s.records.length),
    ]),
  );
  const problems = csv(
    ['file', 'row', 'field', 'severity', 'code', 'message'],
    issues.map((i) => [
      i.file,
      i.row === null ? '' : String(i.row),
      i.field ?? '',
      i.severity,
      i.code,
      i.message,
    ]),
  );

  const byCode: Record<string, number> = {};
  for (const i of issues)
    byCode[`${i.severity}:${i.code}`] = (byCode[`${i.severity}:${i.code}`] ?? 0) + 1;
  const sortedByCode = Object.fromEntries(
    Object.entries(byCode).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  const newest = ordered.at(-1);
  const manifest = {
    schema: 1,
    source: SOURCE,
    asOf: newest?.date ?? null,
    submittedFrom: merge.breaches.at(-1)?.submitted ?? null,
    submittedTo: merge.breaches[0]?.submitted ?? null,
    inputs: [...inputs].sort((a, b) => (a.file < b.file ? -1 : 1)),
    snapshots: ordered.map((s) => snapshotInfo(s)),
    rowsRead: inputs.reduce((n, f) => n + f.rowsRead, 0),
    recordsLoaded: merge.rowsRead,
    rowsSkipped: issues.filter((i) => i.severity === 'error' && i.row !== null).length,
    breaches: merge.breaches.length,
    droppedAsDeletedByHhs: merge.dropped.length,
    matchedByRule: merge.matchedByRule,
    status: countBy(merge.breaches, (b) => b.status),
    placeholders: merge.breaches.filter((b) => b.placeholder).length,
    unknownCounts: merge.breaches.filter((b) => b.individuals === null).length,
    problems: {
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
      byCode: sortedByCode,
    },
    knownGaps: knownGaps(ordered, newest?.date ?? 'unknown'),
  };
  return {
    'breaches.csv': breaches,
    'count-history.csv': history,
    'snapshots.csv': snapshotRows,
    'problems.csv': problems,
    'manifest.json': `${JSON.stringify(manifest, null, 2)}\n`,
  };
}

function breachRow(b: MergedBreach, dateOf: Map<string, string>): string[] {
  const first = b.snapshots[0];
  const last = b.snapshots.at(-1);
  return [
    b.id,
    b.name,
    b.state ?? '',
    b.entityType ?? '',
    b.individuals === null ? '' : String(b.individuals),
    b.submitted,
    b.breachTypes.join('|'),
    b.locations.join('|'),
    b.businessAssociate === null ? '' : b.businessAssociate ? 'Yes' : 'No',
    b.status,
    b.placeholder ? '1' : '0',
    b.hasWebDescription ? '1' : '0',
    first ? (dateOf.get(first) ?? '') : '',
    last ? (dateOf.get(last) ?? '') : '',
    String(b.snapshots.length),
  ];
}

function csv(header: string[], rows: string[][]): string {
  // Datasets keep every value literally (formula neutralising is for user-facing exports).
  return `${Papa.unparse({ fields: header, data: rows }, { newline: '\n', quotes: false, escapeFormulae: false })}\n`;
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
