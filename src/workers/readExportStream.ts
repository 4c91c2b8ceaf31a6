import Papa from 'papaparse';
import { decodeExportBytes, decodeWindows1252, firstInvalidUtf8 } from '../data/decodeExportBytes';
import { detectNewline, unescapeMysql } from '../data/readExport';
import { readRows } from '../data/readRows';
import type { ExportRecord, Issue, ReadResult } from '../data/types';
import type { ReadTail } from '../data/fileRefusal';
import { detachRecord, detachText, type Interner, createInterner } from './detachStrings';
import { describeEncodingProblem } from './describeEncodingProblem';
import { isBlankRow } from '../data/isBlankRow';

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
type Dialect = 'rfc' | 'backslash';

const DEFAULT_CHUNK = 2 * 1024 * 1024;

/**
 * readExport for a file too large to hold as one string: the same decoding (decodeExportBytes'
 * rules: UTF-16 by BOM, binary refused, UTF-8 or else windows-1252 with a warning), the same
 * papaparse settings and dialect choice, the same readRows/normaliseRecord per row — applied chunk
 * by chunk, so memory holds one chunk of text plus the records. For every input the result equals
 * `readExport(decodeExportBytes(bytes).text)` with the decode issues first (tests check this on
 * every fixture and shared export at several chunk sizes).
 *
 * Differences from holding the file: the MySQL dialect parse runs as a second pass only when the
 * RFC pass found a `\"` and was not clean (readExport keeps RFC unless the other parse is strictly
 * better, so a clean RFC parse can never lose); invalid UTF-8 restarts the pass as windows-1252.
 * Strings kept in records are copied out of the chunk text so a record never pins a chunk.
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
  let best = rfc;
  if (rfc.sawBackslashQuote && rfc.score > 0) {
    const escaped = await pass(
      source,
      file,
      encoding,
      'backslash',
      interner,
      options,
      rfc.decodeWarning,
    );
    if (escaped.kind === 'done' && escaped.score < rfc.score) best = escaped;
  }
  return { ...best.result, tail: best.tail };
}

type PassResult =
  | { kind: 'invalid-utf8'; offset: number }
  | {
      kind: 'done';
      result: ReadResult;
      tail: StreamTail;
      score: number;
      sawBackslashQuote: boolean;
      decodeWarning: Issue | undefined;
    };

/** One read of the whole file in one encoding and quoting dialect. */
async function pass(
  source: ByteSource,
  file: string,
  encoding: Encoding,
  dialect: Dialect,
  interner: Interner,
  options: StreamOptions,
  decodeWarning?: Issue,
): Promise<PassResult> {
  const chunkSize = Math.max(16, options.chunkSize ?? DEFAULT_CHUNK);
  const text = textPieces(source, encoding, chunkSize);
  const rows = new RowAssembler(file, interner, decodeWarning);
  let parser: Papa.Parser | null = null;
  let carry = '';
  let heldCr = false;
  let started = false;
  let tailChars = '';
  let sawBackslashQuote = false;
  let endsWithLineBreak = false;
  let misshapen = 0;
  let errors = 0;
  let width = -1;

  for (;;) {
    const next = await text.next();
    if (next.kind === 'invalid-utf8') return next;
    let piece = next.text;
    const last = next.done;
    if (!started) {
      // decodeExportBytes strips a BOM and readExport strips one more; so does this.
      let skip = 0;
      while (skip < 2 && piece.charCodeAt(skip) === 0xfeff) skip += 1;
      piece = piece.slice(skip);
    }
    if (piece.length > 0) endsWithLineBreak = /[\r\n]$/.test(piece);
    // readExport looks for `\"` once the portal's `\r\` pairs are removed; a pair can straddle pieces.
    if (!sawBackslashQuote) {
      const window = tailChars + piece;
      if (window.includes('\\"') && /\\"/.test(window.replace(/\r\\/g, '')))
        sawBackslashQuote = true;
      tailChars = window.slice(-2);
    }
    if (dialect === 'backslash') {
      // `\r\` becomes a line break before parsing; hold back a final CR in case its `\` comes next.
      if (heldCr) piece = `\r${piece}`;
      heldCr = !last && piece.endsWith('\r');
      if (heldCr) piece = piece.slice(0, -1);
      piece = piece.replace(/\r\\/g, '\n');
    }
    const input = carry + piece;
    if (parser === null) {
      // The record separator is whatever ends the header line; wait until that line is complete.
      if (!last && !/[\r\n]/.test(input.slice(0, -1))) {
        carry = input;
        continue;
      }
      parser = new Papa.Parser({
        header: false,
        delimiter: ',',
        newline: detectNewline(input),
        quoteChar: '"',
        escapeChar: dialect === 'rfc' ? '"' : '\\',
        skipEmptyLines: false,
      });
    }
    started = true;
    const parsed = parser.parse(input, 0, !last) as Papa.ParseResult<string[]>;
    const complete = parsed.data;
    // With ignoreLastRow the parser may already have reported errors for the unfinished last row,
    // which is parsed again with the next chunk: count each error once, against its finished row.
    const chunkErrors = last
      ? parsed.errors
      : parsed.errors.filter((e) => (e.row ?? 0) < complete.length);
    carry = last ? '' : input.slice(parsed.meta.cursor);
    const cells = dialect === 'rfc' ? complete : complete.map((r) => r.map(unescapeMysql));
    if (width < 0 && cells.length > 0) width = cells[0]?.length ?? 0;
    for (const r of cells) if (r.length !== width && !isBlankRow(r)) misshapen += 1;
    errors += chunkErrors.length;
    const broken = new Map<number, string>();
    for (const error of chunkErrors) {
      if (error.code === 'MissingQuotes' && typeof error.row === 'number') {
        broken.set(
          error.row,
          'a quoted field is never closed, so the rest of the file was read into this row',
        );
      }
    }
    const stop = rows.add(cells, broken, last);
    options.onProgress?.({ bytes: next.bytes, rows: rows.dataRows });
    if (stop || last) break;
  }
  const result = rows.finish();
  return {
    kind: 'done',
    result,
    tail: { ...rows.tail(), endsWithLineBreak },
    score: errors + misshapen,
    sawBackslashQuote,
    decodeWarning,
  };
}

/**
 * Collects parsed rows into records by calling readRows on batches that repeat the header, so
 * header checks, row numbers, blank-row and broken-row handling are readRows' own. Blank rows at
 * the end of a batch are held back: readRows drops trailing blanks (the file's final line breaks),
 * which is right only at the very end of the file.
 */
class RowAssembler {
  private header: string[] | null = null;
  private headerIssues = 0;
  private pendingBlank: string[][] = [];
  private nextRow = 2;
  private failed: Issue[] | null = null;
  private readonly records: ExportRecord[] = [];
  private readonly issues: Issue[] = [];
  private rowsRead = 0;
  private lastRow = 1;
  private lastRowBroken = false;
  dataRows = 0;

  constructor(
    private readonly file: string,
    private readonly interner: Interner,
    decodeWarning: Issue | undefined,
  ) {
    if (decodeWarning) this.issues.push(decodeWarning);
  }

  /** Adds one chunk's complete rows; returns true when the file is refused (stop reading). */
  add(cells: string[][], broken: ReadonlyMap<number, string>, last: boolean): boolean {
    let offset = 0;
    if (this.header === null) {
      const first = cells[0];
      if (first === undefined) return false;
      if (isBlankRow(first)) {
        // readExport takes the first row as the header even when blank: the file is "empty" only
        // if every row is blank, otherwise it is not an export. Wait for the first non-blank row.
        const other = cells.find((r) => !isBlankRow(r));
        if (other === undefined && !last) return false;
        const verdict = readRows(other === undefined ? [first] : [first, other], this.file);
        this.failed = verdict.ok ? [] : verdict.issues;
        return true;
      }
      const verdict = readRows([first], this.file);
      if (!verdict.ok) {
        this.failed = verdict.issues;
        return true;
      }
      this.header = first;
      this.headerIssues = verdict.issues.length;
      this.issues.push(...verdict.issues.map(detachText));
      offset = 1;
    }
    const batch = this.pendingBlank.concat(offset === 0 ? cells : cells.slice(offset));
    const shift = this.pendingBlank.length - offset;
    let end = batch.length;
    if (!last) while (end > 0 && isBlankRow(batch[end - 1] ?? [])) end -= 1;
    this.pendingBlank = batch.slice(end);
    if (end === 0) return false;
    const brokenHere = new Map<number, string>();
    // readRows indexes rows after the header from 1.
    for (const [row, reason] of broken)
      if (row + shift < end) brokenHere.set(row + shift + 1, reason);
    const take = end === batch.length ? batch : batch.slice(0, end);
    const result = readRows([this.header, ...take], this.file, {
      brokenRows: brokenHere,
      firstRow: this.nextRow,
    });
    if (!result.ok)
      throw new Error(
        `readRows refused a batch after accepting its header: ${result.issues[0]?.message}`,
      );
    for (const record of result.records) this.records.push(detachRecord(record, this.interner));
    const issues = result.issues.slice(this.headerIssues);
    for (const issue of issues) this.issues.push(detachText(issue));
    this.rowsRead += result.rowsRead;
    for (let i = take.length - 1; i >= 0; i -= 1) {
      if (!isBlankRow(take[i] ?? [])) {
        this.lastRow = this.nextRow + i;
        const cut = issues.find(
          (x) =>
            x.row === this.lastRow &&
            (x.code === 'unterminated-quote' || x.code === 'column-count'),
        );
        this.lastRowBroken =
          cut !== undefined &&
          (cut.code === 'unterminated-quote' ||
            (take[i]?.length ?? 0) < (this.header?.length ?? 9));
        break;
      }
    }
    this.nextRow += take.length;
    this.dataRows += take.filter((r) => !isBlankRow(r)).length;
    return false;
  }

  finish(): ReadResult {
    if (this.failed !== null) {
      return this.failed.length > 0
        ? { ok: false, issues: this.failed }
        : { ok: false, issues: [emptyFile(this.file)] };
    }
    if (this.header === null) return { ok: false, issues: [emptyFile(this.file)] };
    return { ok: true, records: this.records, issues: this.issues, rowsRead: this.rowsRead };
  }

  tail(): Omit<StreamTail, 'endsWithLineBreak'> {
    return { lastRow: this.lastRow, lastRowBroken: this.lastRowBroken };
  }
}

function emptyFile(file: string): Issue {
  return {
    file,
    row: null,
    field: null,
    severity: 'error',
    code: 'empty-file',
    message: `${file}: empty file`,
  };
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
  return {
    async next(): Promise<Piece> {
      const end = Math.min(source.size, position + chunkSize);
      const fresh = end > position ? await source.read(position, end) : new Uint8Array(0);
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
