import { decodeExportBytes } from '../../src/data/read/decodeExportBytes';
import { readExport } from '../../src/data/read/readExport';
import { readExportStream, type ByteSource } from '../../src/data/read/readExportStream';
import type { ReadResult } from '../../src/data/schema/types';

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: async (start, end) => bytes.subarray(start, end) };
}

/** What the build reads from the same bytes: decode issues first, then the reader's. */
export function wholeFile(bytes: Uint8Array, file: string): ReadResult {
  const decoded = decodeExportBytes(bytes, file);
  if (!decoded.ok) return { ok: false, issues: decoded.issues };
  const read = readExport(decoded.text, file);
  return read.ok
    ? { ...read, issues: [...decoded.issues, ...read.issues] }
    : { ok: false, issues: [...decoded.issues, ...read.issues] };
}

/** What the import reads from the same bytes, `chunkSize` bytes at a time (without the tail). */
export async function streamed(
  bytes: Uint8Array,
  file: string,
  chunkSize: number,
): Promise<ReadResult> {
  const { tail: _tail, ...result } = await readExportStream(bytesSource(bytes), file, {
    chunkSize,
  });
  return result;
}
