/**
 * npm run datasets [-- [--out DIR] [--allow-shrink] [FILE|DIR ...]]
 *
 * Builds datasets/ from HHS OCR breach-portal exports. With no paths it reads every export in
 * ../shared/datasets/hhs-ocr/. Name files or folders to choose the inputs yourself, e.g. to add
 * the newest export downloaded from the portal:
 *   npm run datasets -- ../shared/datasets/hhs-ocr ~/Downloads/breach_report.csv
 * Same inputs give byte-identical output. Every problem is printed (file:row:field); a refused
 * input, an empty result or one that loses over 5 % of the current breaches writes nothing and
 * exits 1 (--allow-shrink accepts the loss).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { mergeSnapshots } from '../src/data/merge/mergeSnapshots';
import { serialiseDatasets, type InputFile } from '../src/data/datasets/serialiseDatasets';
import type { Issue, Snapshot } from '../src/data/schema/types';
import { readExportFile } from './readExportFile';

export const DEFAULT_INPUT = path.resolve(process.cwd(), '../shared/datasets/hhs-ocr');

export interface BuildResult {
  files: Record<string, string>;
  snapshots: Snapshot[];
  issues: Issue[];
  /** Input files refused whole (not an export, unreadable, header only …): nothing of them is used. */
  refused: string[];
}

/** Reads, merges and serialises; writes nothing (the CLI and the tests share it). */
export async function buildDatasets(inputs: readonly string[]): Promise<BuildResult> {
  const files = (await Promise.all(inputs.map(listExports))).flat().sort();
  if (files.length === 0) throw new Error(`no .csv or .xlsx export found in: ${inputs.join(', ')}`);
  const snapshots: Snapshot[] = [];
  const issues: Issue[] = [];
  const inputFiles: InputFile[] = [];
  const refused: string[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    const read = await readExportFile(file);
    if (read.snapshots.length === 0) refused.push(path.basename(file));
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
  return {
    files: { ...out },
    snapshots: merge.snapshots,
    issues: [...issues, ...merge.issues],
    refused,
  };
}

export async function listExports(target: string): Promise<string[]> {
  const info = await stat(target);
  if (info.isFile()) return [path.resolve(target)];
  const entries = await readdir(target, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(csv|xlsx)$/i.test(e.name))
    .map((e) => path.resolve(e.parentPath, e.name));
}

/**
 * The share of the current datasets/ breaches a rebuild may lose before the CLI refuses to write
 * (HHS deletes a handful of duplicates a year; losing more means inputs are missing). Override
 * with --allow-shrink.
 */
export const MAX_SHRINK_SHARE = 0.05;

export interface CliIo {
  log(line: string): void;
  error(line: string): void;
}

/** One problem as the CLI prints it: where (file:row:field), how bad, what. */
export function formatIssue(i: Issue): string {
  return `${i.file}:${i.row ?? '-'}:${i.field ?? '-'}: ${i.severity} ${i.code}: ${i.message}`;
}

/**
 * `npm run datasets`: prints every refusal and problem (file, row, field); writes nothing and
 * exits 1 when any input is refused, when the result holds no breach, or when it would lose more
 * than MAX_SHRINK_SHARE of the breaches datasets/ has now (unless --allow-shrink). The files are
 * written to a temporary folder first and swapped in by renames, so datasets/ is never half-written.
 */
export async function runDatasetsCli(
  argv: readonly string[],
  io: CliIo = console,
): Promise<number> {
  let out = path.resolve(process.cwd(), 'datasets');
  let allowShrink = false;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out') out = path.resolve(argv[++i] ?? 'datasets');
    else if (arg === '--allow-shrink') allowShrink = true;
    else if (arg === '--help' || arg === '-h') {
      io.log(
        'usage: npm run datasets -- [--out DIR] [--allow-shrink] [FILE|DIR ...]   (default input: ../shared/datasets/hhs-ocr)',
      );
      return 0;
    } else inputs.push(arg);
  }
  if (inputs.length === 0) inputs.push(DEFAULT_INPUT);
  let result: BuildResult;
  try {
    result = await buildDatasets(inputs);
  } catch (error) {
    io.error(
      `datasets: ${error instanceof Error ? error.message : String(error)}; nothing written`,
    );
    return 1;
  }
  for (const issue of result.issues) io.error(formatIssue(issue));
  const manifest = JSON.parse(result.files['manifest.json'] ?? '{}') as {
    breaches: number;
    rowsRead: number;
    asOf: string | null;
    problems: { errors: number; warnings: number };
  };
  if (result.refused.length > 0) {
    io.error(
      `datasets: ${result.refused.length} input file${result.refused.length === 1 ? ' was' : 's were'} refused (${result.refused.join(', ')}); nothing written`,
    );
    return 1;
  }
  if (manifest.breaches === 0 || manifest.asOf === null) {
    io.error('datasets: the inputs hold no breach; nothing written');
    return 1;
  }
  const before = await currentBreaches(out);
  if (before !== null && before - manifest.breaches > MAX_SHRINK_SHARE * before && !allowShrink) {
    io.error(
      `datasets: the result would have ${manifest.breaches} breaches where ${path.relative(process.cwd(), out) || out} has ${before}: it would lose ${before - manifest.breaches}, more than ${MAX_SHRINK_SHARE * 100} %. Nothing written; check the inputs, or pass --allow-shrink to write it anyway.`,
    );
    return 1;
  }
  await writeAtomically(out, result.files);
  io.log(
    `datasets: ${manifest.breaches} breaches from ${manifest.rowsRead} rows in ${result.snapshots.length} snapshots, as of ${manifest.asOf}; ` +
      `${manifest.problems.errors} errors, ${manifest.problems.warnings} warnings (see ${path.relative(process.cwd(), path.join(out, 'problems.csv'))})`,
  );
  return 0;
}

/** How many breaches the datasets folder holds now (its manifest), or null when it has none. */
async function currentBreaches(out: string): Promise<number | null> {
  try {
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as {
      breaches?: unknown;
    };
    return typeof manifest.breaches === 'number' ? manifest.breaches : null;
  } catch {
    return null;
  }
}

/**
 * Writes `files` into `out` so that a reader sees either the old folder or the new one, never a
 * mix: a copy of the folder (other files in it, e.g. workforce/, are kept) gets the new files,
 * then two renames swap it in. A failure before the swap leaves `out` exactly as it was.
 */
export async function writeAtomically(out: string, files: Record<string, string>): Promise<void> {
  const parent = path.dirname(out);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(path.join(parent, `.${path.basename(out)}.new-`));
  const old = `${staging.replace('.new-', '.old-')}`;
  try {
    if (existsSync(out)) await cp(out, staging, { recursive: true });
    for (const [name, text] of Object.entries(files))
      await writeFile(path.join(staging, name), text);
    if (existsSync(out)) {
      await rename(out, old);
      try {
        await rename(staging, out);
      } catch (error) {
        await rename(old, out);
        throw error;
      }
      await rm(old, { recursive: true, force: true });
    } else await rename(staging, out);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runDatasetsCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`datasets: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
