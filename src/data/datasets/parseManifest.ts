import type { Issue } from '../schema/types';

/** What the app needs from datasets/manifest.json to say where the numbers come from. */
export interface Manifest {
  source: { name: string; url: string };
  /** Date of the newest snapshot: the data is "as of" this day. */
  asOf: string;
  submittedFrom: string;
  submittedTo: string;
  breaches: number;
  rowsRead: number;
  snapshots: {
    id: string;
    file: string;
    kind: string;
    date: string;
    coverage: string;
    records: number;
  }[];
  knownGaps: string[];
  /** Problem counts of the build (errors = rows not loaded); absent in older manifests. */
  problems?: { errors: number; warnings: number };
  /** Reports whose count is a 500/501 placeholder; absent in older manifests. */
  placeholders?: number;
}

/** Checks the manifest's shape; a missing or mistyped field is an issue naming it. */
export function parseManifest(
  json: unknown,
  file = 'manifest.json',
): { ok: true; manifest: Manifest } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const problem = (field: string, message: string) =>
    issues.push({
      file,
      row: null,
      field,
      severity: 'error',
      code: 'bad-manifest',
      message: `${file}: ${field} ${message}`,
    });
  if (typeof json !== 'object' || json === null) {
    problem('(root)', 'is not a JSON object');
    return { ok: false, issues };
  }
  const m = json as Record<string, unknown>;
  const source = m.source as Record<string, unknown> | undefined;
  if (typeof source?.name !== 'string' || typeof source.url !== 'string')
    problem('source', 'needs a name and a url');
  for (const key of ['asOf', 'submittedFrom', 'submittedTo'] as const) {
    if (typeof m[key] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(m[key] as string))
      problem(key, 'is not an ISO date');
  }
  for (const key of ['breaches', 'rowsRead'] as const) {
    if (typeof m[key] !== 'number' || !Number.isInteger(m[key]))
      problem(key, 'is not a whole number');
  }
  if (!Array.isArray(m.snapshots)) problem('snapshots', 'is not a list');
  if (!Array.isArray(m.knownGaps)) problem('knownGaps', 'is not a list');
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, manifest: json as Manifest };
}
