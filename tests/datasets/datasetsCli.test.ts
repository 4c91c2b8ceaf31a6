import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SHRINK_SHARE, runDatasetsCli, writeAtomically } from '../../scripts/buildDatasets';
import { readExportFile } from '../../scripts/readExportFile';
import { fileRefusal } from '../../src/data/read/fileRefusal';
import { readExportStream } from '../../src/data/read/readExportStream';

const FIXTURES = path.resolve(process.cwd(), 'tests/fixtures/exports');
const temp = mkdtempSync(path.join(os.tmpdir(), 'datasets-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return runDatasetsCli(argv, { log: (l) => out.push(l), error: (l) => err.push(l) }).then(
    (code) => ({ code, out, err }),
  );
}

const snapshotOf = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));

describe('npm run datasets (runDatasetsCli)', () => {
  const good = path.join(FIXTURES, 'portal-quoted.csv');

  it('a header-only file is refused, not an empty complete list: exit 1, the refusal printed with its file, nothing written', async () => {
    const header = path.join(temp, 'header-only.csv');
    writeFileSync(header, `${readFileSync(good, 'utf8').split('\n')[0]}\n`);
    const out = path.join(temp, 'out-header');
    const run = await cli(['--out', out, header]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      "header-only.csv:-:-: error no-records: header-only.csv: has the export's header but no breach row that could be read; nothing from it was merged.",
    );
    expect(run.err.at(-1)).toBe('datasets: 1 input file was refused (header-only.csv); nothing written');
    expect(existsSync(out)).toBe(false);
  });

  it('an empty file next to a good one: exit 1, every refusal printed, the existing datasets untouched', async () => {
    const out = path.join(temp, 'out-empty');
    expect((await cli(['--out', out, good])).code).toBe(0);
    const before = snapshotOf(out);
    const run = await cli(['--out', out, good, path.join(FIXTURES, 'empty.csv'), path.join(FIXTURES, 'not-an-export.csv')]);
    expect(run.code).toBe(1);
    expect(run.err.filter((l) => / error /.test(l)).map((l) => l.split(': ')[0])).toEqual([
      'empty.csv:-:-',
      'not-an-export.csv:-:-',
    ]);
    expect(snapshotOf(out)).toEqual(before);
  });

  it('prints every problem of the inputs with file, row and field', async () => {
    const malformed = path.join(FIXTURES, 'malformed-rows.csv');
    const read = await readExportFile(malformed);
    const run = await cli(['--out', path.join(temp, 'out-problems'), good, malformed]);
    for (const issue of read.issues)
      expect(run.err).toContain(
        `${issue.file}:${issue.row ?? '-'}:${issue.field ?? '-'}: ${issue.severity} ${issue.code}: ${issue.message}`,
      );
    expect(read.issues.some((i) => i.row !== null && i.field !== null)).toBe(true);
  });

  it(`refuses a result that loses more than ${MAX_SHRINK_SHARE * 100} % of the current breaches, unless --allow-shrink`, async () => {
    const out = path.join(temp, 'out-shrink');
    const other = path.join(FIXTURES, 'mysql-escaped.csv');
    expect((await cli(['--out', out, good, other])).code).toBe(0);
    const before = snapshotOf(out);
    const had = (JSON.parse(before['manifest.json'] ?? '{}') as { breaches: number }).breaches;
    const run = await cli(['--out', out, good]);
    expect(run.code).toBe(1);
    const now = (await readExportFile(good)).snapshots[0]?.records.length ?? 0;
    expect(run.err.at(-1)).toMatch(
      new RegExp(`would have ${now} breaches where .*out-shrink has ${had}: it would lose ${had - now}, more than 5 %`),
    );
    expect(snapshotOf(out)).toEqual(before);
    const forced = await cli(['--out', out, '--allow-shrink', good]);
    expect(forced.code).toBe(0);
    expect((JSON.parse(snapshotOf(out)['manifest.json'] ?? '{}') as { breaches: number }).breaches).toBe(now);
  });

  it('writeAtomically(out, files) swaps the whole folder in, keeps its other files, and leaves no temporary folder', async () => {
    const parent = mkdtempSync(path.join(temp, 'atomic-'));
    const out = path.join(parent, 'datasets');
    await writeAtomically(out, { 'a.csv': 'one\n', 'b.csv': 'two\n' });
    writeFileSync(path.join(out, 'README.md'), 'kept\n');
    await writeAtomically(out, { 'a.csv': 'three\n', 'b.csv': 'four\n' });
    expect(snapshotOf(out)).toEqual({ 'README.md': 'kept\n', 'a.csv': 'three\n', 'b.csv': 'four\n' });
    expect(readdirSync(parent)).toEqual(['datasets']);
  });

  it('writeAtomically(out, files): a write that fails leaves the folder exactly as it was', async () => {
    const parent = mkdtempSync(path.join(temp, 'atomic-fail-'));
    const out = path.join(parent, 'datasets');
    await writeAtomically(out, { 'a.csv': 'one\n' });
    // A file name that cannot be created (a folder that does not exist) fails after a.csv was staged.
    await expect(writeAtomically(out, { 'a.csv': 'two\n', 'missing/b.csv': 'x' })).rejects.toThrow();
    expect(snapshotOf(out)).toEqual({ 'a.csv': 'one\n' });
    expect(readdirSync(parent)).toEqual(['datasets']);
  });
});

describe('the CLI and the import page give the same verdict on the same file', () => {
  it('a download cut in its last row is refused by both, with the same message', async () => {
    const cut = path.resolve(process.cwd(), 'tests/fixtures/import/investigation-2026-05-20_truncated.csv');
    const bytes = readFileSync(cut);
    const streamed = await readExportStream(
      { size: bytes.length, read: async (a, b) => bytes.subarray(a, b) },
      path.basename(cut),
    );
    if (!streamed.ok) throw new Error('not read');
    const importVerdict = fileRefusal(streamed, path.basename(cut), streamed.tail);
    const cliRead = await readExportFile(cut);
    expect(importVerdict?.code).toBe('truncated');
    expect(cliRead.snapshots).toEqual([]);
    expect(cliRead.issues.filter((i) => i.severity === 'error' && i.row !== null).at(-1)).toEqual(importVerdict);
    const run = await cli(['--out', path.join(temp, 'out-cut'), cut]);
    expect(run.code).toBe(1);
  });
});
