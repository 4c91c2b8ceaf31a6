import { decodeExportBytes, decodeWindows1252, firstInvalidUtf8 } from './decodeExportBytes';
import { describeEncodingProblem } from './describeEncodingProblem';
import { createInterner, type Interner } from './detachStrings';
import type { ReadTail } from './fileRefusal';
import { ExportPass, type Dialect, type PassResult } from './readExport';
import type { Issue, ReadResult } from '../schema/types';

/** Where the bytes come from: a File in the browser, a file descriptor in Node. */
export interface ByteSource {
  readonly size: number;
  /** Bytes [start, end). */
  read(start: number, end: number): Promise<Uint8Array>;
}

export interface StreamProgress {
  /** Bytes read so far (of ByteSource.size). */
  bytes: number;
  /** Data records parsed so far. */
  rows: number;
}

export interface StreamOptions {
  /** Bytes per read; 2 MiB keeps a progress update every few dozen milliseconds. */
  chunkSize?: number;
  onProgress?: (progress: StreamProgress) => void;
}

export type StreamTail = ReadTail;

export type StreamReadResult = ReadResult & { tail: StreamTail };

type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

const DEFAULT_CHUNK = 2 * 1024 * 1024;

/**
 * readExport for a file too large to hold as one string: the same decoding (decodeExportBytes'
 * rules: UTF-16 by BOM, binary refused, UTF-8 or else windows-1252 with a warning) and the same
 * reader (ExportPass, which readExport feeds the whole text as one piece), fed chunk by chunk, so
 * memory holds one chunk of text plus the records. For every input the result equals
 * `readExport(decodeExportBytes(bytes).text)` with the decode issues first (property-tested over
 * generated inputs, and checked on every fixture and shared export at several chunk sizes).
 *
 * Invalid UTF-8 restarts the pass as windows-1252. Strings kept in records are copied out of the
 * chunk text so a record never pins a chunk.
 */
export async function readExportStream(
  source: ByteSource,
  file: string,
  options: StreamOptions = {},
): Promise<StreamReadResult> {
  const noTail: StreamTail = { lastRow: 1, lastRowBroken: false, endsWithLineBreak: false };
  const head =
    source.size === 0 ? new Uint8Array(0) : await source.read(0, Math.min(source.size, 1024));
  const unreadable = describeEncodingProblem(head, file);
  if (unreadable) return { ok: false, issues: [unreadable], tail: noTail };
  // The same refusals as the build (empty, binary) with the same messages.
  const probe = decodeExportBytes(head, file);
  if (!probe.ok) return { ok: false, issues: probe.issues, tail: noTail };

  let encoding: Encoding =
    head[0] === 0xff && head[1] === 0xfe
      ? 'utf-16le'
      : head[0] === 0xfe && head[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  const interner = createInterner();
  let rfc = await pass(source, file, encoding, 'rfc', interner, options);
  if (rfc.kind === 'invalid-utf8') {
    encoding = 'windows-1252';
    const warning: Issue = {
      file,
      row: null,
      field: null,
      severity: 'warning',
      code: 'invalid-utf8',
      message: `${file}: not valid UTF-8 (first bad byte at offset ${rfc.offset}); read as windows-1252, so non-ASCII characters may be wrong`,
    };
    rfc = await pass(source, file, encoding, 'rfc', interner, options, warning);
  }
  if (rfc.kind !== 'done') throw new Error('unreachable: windows-1252 never fails to decode');
  let best = rfc.pass;
  if (best.sawBackslashQuote && best.score > 0) {
    const escaped = await pass(
      source,
      file,
      encoding,
      'backslash',
      interner,
      options,
      rfc.decodeWarning,
    );
    if (escaped.kind === 'done' && escaped.pass.score < best.score) best = escaped.pass;
  }
  return { ...best.result, tail: best.tail };
}

type ChunkPass =
  | { kind: 'invalid-utf8'; offset: number }
  | { kind: 'done'; pass: PassResult; decodeWarning: Issue | undefined };

/** One read of the whole file in one encoding and quoting dialect, a chunk at a time. */
async function pass(
  source: ByteSource,
  file: string,
  encoding: Encoding,
  dialect: Dialect,
  interner: Interner,
  options: StreamOptions,
  decodeWarning?: Issue,
): Promise<ChunkPass> {
  const chunkSize = Math.max(16, options.chunkSize ?? DEFAULT_CHUNK);
  const text = textPieces(source, encoding, chunkSize);
  const reader = new ExportPass(file, dialect, {
    interner,
    ...(decodeWarning ? { decodeWarning } : {}),
  });
  let first = true;
  for (;;) {
    const next = await text.next();
    if (next.kind === 'invalid-utf8') return next;
    let piece = next.text;
    // decodeExportBytes drops the UTF-8 byte-order mark (the UTF-16 decoders drop theirs).
    if (first && encoding === 'utf-8' && piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
    first = false;
    const stop = reader.push(piece, next.done);
    options.onProgress?.({ bytes: next.bytes, rows: reader.dataRows });
    if (stop || next.done) break;
  }
  return { kind: 'done', pass: reader.finish(), decodeWarning };
}

type Piece =
  | { kind: 'text'; text: string; bytes: number; done: boolean }
  | { kind: 'invalid-utf8'; offset: number };

/**
 * Decoded text, one chunk at a time. UTF-8 is decoded strictly per chunk, cut at a character
 * boundary (the bytes of a split character move to the next chunk), so the first invalid byte's
 * offset is exact, as decodeExportBytes reports it.
 */
function textPieces(source: ByteSource, encoding: Encoding, chunkSize: number) {
  let position = 0;
  let leftover = new Uint8Array(0);
  const streaming =
    encoding === 'utf-16le' || encoding === 'utf-16be' ? new TextDecoder(encoding) : null;
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  // The next chunk is requested before this one is decoded and parsed, so a File's bytes arrive
  // while the thread works (the browser reads a File on another thread).
  const request = (from: number): Promise<Uint8Array> => {
    const to = Math.min(source.size, from + chunkSize);
    if (to <= from) return Promise.resolve(new Uint8Array(0));
    const read = source.read(from, to);
    // A read left unawaited (the pass stopped early) must not be an unhandled rejection.
    read.catch(() => undefined);
    return read;
  };
  let ahead: Promise<Uint8Array> | null = null;
  return {
    async next(): Promise<Piece> {
      const end = Math.min(source.size, position + chunkSize);
      const fresh = await (ahead ?? request(position));
      ahead = end < source.size ? request(end) : null;
      const start = position - leftover.length;
      position = end;
      const done = position >= source.size;
      let bytes = fresh;
      if (leftover.length > 0) {
        bytes = new Uint8Array(leftover.length + fresh.length);
        bytes.set(leftover);
        bytes.set(fresh, leftover.length);
      }
      if (streaming)
        return {
          kind: 'text',
          text: streaming.decode(bytes, { stream: !done }),
          bytes: position,
          done,
        };
      if (encoding === 'windows-1252')
        return { kind: 'text', text: decodeWindows1252(bytes), bytes: position, done };
      const cut = done ? bytes.length : utf8Boundary(bytes);
      leftover = bytes.slice(cut);
      const whole = bytes.subarray(0, cut);
      try {
        return { kind: 'text', text: strict.decode(whole), bytes: position, done };
      } catch {
        return { kind: 'invalid-utf8', offset: start + firstInvalidUtf8(whole) };
      }
    },
  };
}

/** Length of the prefix that does not end inside a UTF-8 sequence. */
function utf8Boundary(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(4, n); back += 1) {
    const b = bytes[n - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}
