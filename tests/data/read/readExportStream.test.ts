import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExportStream } from '../../../src/data/read/readExportStream';
import { bytesSource, streamed, wholeFile } from '../readBothWays';
import { hasSharedExports, SHARED_EXPORTS } from '../../datasets/realData';

const FIXTURES = path.resolve(process.cwd(), 'tests/fixtures/exports');
const IMPORT_FIXTURES = path.resolve(process.cwd(), 'tests/fixtures/import');

const CHUNKS = [16, 17, 64, 333, 4096, 2 * 1024 * 1024];
const fixtures = readdirSync(FIXTURES).filter((f) => !f.startsWith('.') && f !== 'binary.bin');

describe('readExportStream(source, file, { chunkSize }) equals readExport on the whole file', () => {
  for (const name of fixtures) {
    it(`${name}: same records, issues and rowsRead at chunk sizes ${CHUNKS.join(', ')}`, async () => {
      const bytes = readFileSync(path.join(FIXTURES, name));
      const expected = wholeFile(bytes, name);
      for (const chunkSize of CHUNKS)
        expect({ chunkSize, ...(await streamed(bytes, name, chunkSize)) }).toEqual({
          chunkSize,
          ...expected,
        });
    });
  }

  it('binary.bin is refused with the build’s "binary" message', async () => {
    const bytes = readFileSync(path.join(FIXTURES, 'binary.bin'));
    const result = await streamed(bytes, 'binary.bin', 64);
    expect(result).toEqual(wholeFile(bytes, 'binary.bin'));
    expect(result.ok).toBe(false);
  });

  it('an export whose UTF-8 is invalid only in the last chunk is read as windows-1252 with the build’s warning', async () => {
    const text = readFileSync(path.join(FIXTURES, 'portal-quoted.csv'));
    const bytes = new Uint8Array([
      ...text,
      ...Buffer.from('"Caf'),
      0xe9,
      ...Buffer.from('","OH","Healthcare Provider","700","01/02/2024","Loss","Email","No",""\n'),
    ]);
    const expected = wholeFile(bytes, 'latin1.csv');
    expect(expected.ok && expected.issues[0]?.code).toBe('invalid-utf8');
    for (const chunkSize of [16, 100, 4096])
      expect(await streamed(bytes, 'latin1.csv', chunkSize)).toEqual(expected);
  });

  it('reports progress in bytes up to the file size and rows up to the records read', async () => {
    const bytes = readFileSync(path.join(FIXTURES, 'portal-quoted.csv'));
    const seen: { bytes: number; rows: number }[] = [];
    const result = await readExportStream(bytesSource(bytes), 'portal-quoted.csv', {
      chunkSize: 100,
      onProgress: (p) => seen.push(p),
    });
    expect(result.ok).toBe(true);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.at(-1)?.bytes).toBe(bytes.length);
    expect(seen.at(-1)?.rows).toBe(result.ok ? result.rowsRead : -1);
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]!.bytes).toBeGreaterThanOrEqual(seen[i - 1]!.bytes);
  });
});

describe('readExportStream(source, file) says how the file ends', () => {
  it('a download cut inside its last quoted field has tail.lastRowBroken and names that row', async () => {
    const whole = readFileSync(path.join(FIXTURES, 'portal-quoted.csv'), 'utf8');
    const cut = Buffer.from(whole.slice(0, whole.lastIndexOf('"Healthcare') + 5));
    const result = await readExportStream(bytesSource(cut), 'cut.csv', { chunkSize: 64 });
    expect(result.tail.lastRowBroken).toBe(true);
    expect(result.tail.endsWithLineBreak).toBe(false);
    expect(result.tail.lastRow).toBeGreaterThan(2);
  });

  it('a whole export ends with a line break and no broken row', async () => {
    const bytes = readFileSync(path.join(FIXTURES, 'portal-quoted.csv'));
    const result = await readExportStream(bytesSource(bytes), 'portal-quoted.csv', {
      chunkSize: 64,
    });
    expect(result.tail).toEqual({
      lastRow: result.ok ? result.rowsRead + 1 : -1,
      lastRowBroken: false,
      endsWithLineBreak: true,
    });
  });
});

describe('readExportStream refuses text in an encoding it cannot take', () => {
  it('UTF-16 without a byte-order mark gets a "wrong-encoding" error naming the file', async () => {
    const text = readFileSync(path.join(FIXTURES, 'portal-quoted.csv'), 'utf8');
    const bytes = Buffer.from(text, 'utf16le');
    const result = await readExportStream(bytesSource(bytes), 'utf16.csv');
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ file: 'utf16.csv', code: 'wrong-encoding', severity: 'error' }),
    ]);
    expect(result.issues[0]?.message).toMatch(
      /^utf16\.csv: the text looks like UTF-16 \(little-endian\) without a byte-order mark/,
    );
  });

  it('UTF-16 with a byte-order mark is read like the build reads it', async () => {
    const text = readFileSync(path.join(FIXTURES, 'portal-quoted.csv'), 'utf8');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const chunkSize of [16, 33, 4096])
      expect(await streamed(bytes, 'bom16.csv', chunkSize)).toEqual(wholeFile(bytes, 'bom16.csv'));
  });
});

const real = hasSharedExports();
describe.skipIf(!real)('readExportStream on the real exports in ../shared', () => {
  const files = real
    ? ['raw', 'derived'].flatMap((dir) =>
        readdirSync(path.join(SHARED_EXPORTS, dir))
          .filter((f) => f.endsWith('.csv'))
          .map((f) => path.join(SHARED_EXPORTS, dir, f)),
      )
    : [];
  for (const file of files) {
    it(`${path.basename(file)}: equals readExport at chunk sizes 4096, 65536 and 2 MiB`, async () => {
      const bytes = readFileSync(file);
      const name = path.basename(file);
      const expected = wholeFile(bytes, name);
      for (const chunkSize of [4096, 65536, 2 * 1024 * 1024])
        expect(await streamed(bytes, name, chunkSize)).toEqual(expected);
    });
  }
  it('finds the real CSV exports, each described in PROVENANCE.md', () => {
    expect(files.length).toBeGreaterThan(0);
    const provenance = readFileSync(path.join(SHARED_EXPORTS, 'PROVENANCE.md'), 'utf8');
    for (const file of files)
      expect(provenance, path.basename(file)).toContain(path.basename(file));
    expect(existsSync(IMPORT_FIXTURES) || true).toBe(true);
  });
});
