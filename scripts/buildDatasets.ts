/**
 * npm run datasets [-- [--out DIR] [FILE|DIR ...]]
 *
 * Builds datasets/ from HHS OCR breach-portal exports. With no paths it reads every export in
 * ../shared/datasets/hhs-ocr/. Name files or folders to choose the inputs yourself, e.g. to add
 * the newest export downloaded from the portal:
 *   npm run datasets -- ../shared/datasets/hhs-ocr ~/Downloads/breach_report.csv
 * Same inputs give byte-identical output.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mergeSnapshots } from '../src/data/mergeSnapshots';
import { serialiseDatasets, type InputFile } from '../src/data/serialiseDatasets';
import type { Issue, Snapshot } from '../src/data/types';
import { readExportFile } from './readExportFile';

export const DEFAULT_INPUT = path.resolve(process.cwd(), '../shared/datasets/hhs-ocr');

export interface BuildResult {
  files: Record<string, string>;
  snapshots: Snapshot[];
  issues: Issue[];
}

/** Reads, merges and serialises; writes nothing (the CLI and the tests share it). */
export async function buildDatasets(inputs: readonly string[]): Promise<BuildResult> {
  const files = (await Promise.all(inputs.map(listExports))).flat().sort();
  if (files.length === 0) throw new Error(`no .csv or .xlsx export found in: ${inputs.join(', ')}`);
  const snapshots: Snapshot[] = [];
  const issues: Issue[] = [];
  const inputFiles: InputFile[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    const read = await readExportFile(file);
    snapshots.push(...read.snapshots);
    issues.push(...read.issues);
    inputFiles.push({
      file: path.basename(file),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      rowsRead: read.rowsRead,
    });
  }
  const merge = mergeSnapshots(snapshots);
  const out = serialiseDatasets(merge, merge.snapshots, inputFiles, issues);
  return { files: { ...out }, snapshots: merge.snapshots, issues: [...issues, ...merge.issues] };
}

export async function listExports(target: string): Promise<string[]> {
  const info = await stat(target);
  if (info.isFile()) return [path.resolve(target)];
  const entries = await readdir(target, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(csv|xlsx)$/i.test(e.name))
    .map((e) => path.resolve(e.parentPath, e.name));
}

async function main(argv: string[]): Promise<void> {
  let out = path.resolve(process.cwd(), 'datasets');
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out') out = path.resolve(argv[++i] ?? 'datasets');
    else if (arg === '--help' || arg === '-h') {
      console.log(
        'usage: npm run datasets -- [--out DIR] [FILE|DIR ...]   (default input: ../shared/datasets/hhs-ocr)',
      );
      return;
    } else inputs.push(arg);
  }
  if (inputs.length === 0) inputs.push(DEFAULT_INPUT);
  const result = await buildDatasets(inputs);
  await mkdir(out, { recursive: true });
  for (const [name, text] of Object.entries(result.files))
    await writeFile(path.join(out, name), text);
  const manifest = JSON.parse(result.files['manifest.json'] ?? '{}') as {
    breaches: number;
    rowsRead: number;
    asOf: string;
    problems: { errors: number; warnings: number };
  };
  console.log(
    `datasets: ${manifest.breaches} breaches from ${manifest.rowsRead} rows in ${result.snapshots.length} snapshots, as of ${manifest.asOf}; ` +
      `${manifest.problems.errors} errors, ${manifest.problems.warnings} warnings (see ${path.relative(process.cwd(), path.join(out, 'problems.csv'))})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`datasets: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
