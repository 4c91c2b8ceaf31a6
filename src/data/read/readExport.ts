import Papa from 'papaparse';
import { detachRecord, detachText, type Interner } from './detachStrings';
import type { ReadTail } from './fileRefusal';
import { isBlankRow } from './isBlankRow';
import { readRows } from './readRows';
import type { ExportRecord, Issue, ReadResult } from '../schema/types';

/**
 * The one reader of HHS breach-portal CSV exports (or re-saved copies). It reads decoded text
 * piece by piece (ExportPass); the whole-file reader below is the same code fed one piece, and
 * readExportStream feeds it a file's chunks, so both give identical results on every input
 * (property-tested). Never throws: a file that is not an export gives ok:false, a bad row is
 * skipped and reported, everything else loads. Columns are mapped by position, never by header.
 *
 * Two quoting dialects exist:
 * - RFC 4180 (the portal, Excel, pandas): quotes inside a field are doubled (`""`).
 * - MySQL `SELECT … INTO OUTFILE`: quotes are escaped as `\"`, NULL is a bare `\N`.
 * The portal also emits the byte pair CR + backslash (`\r\`) inside descriptions, so a `\"`
 * right before a closing quote is not proof of the MySQL dialect: the Oct-2024 archive copy
 * that went through MySQL in fact uses doubled quotes and reads correctly as RFC 4180. So when a
 * `\"` is present and the RFC parse is not clean, the text is parsed again with backslash escapes
 * and the parse that leaves fewer malformed rows wins (a clean RFC parse always wins).
 */
export function readExport(text: string, file: string): ReadResult {
  const { tail: _tail, ...result } = readExportText(text, file);
  return result;
}

/** readExport with how the file ends (a cut download ends inside its last record). */
export function readExportText(text: string, file: string): ReadResult & { tail: ReadTail } {
  const rfc = onePass(text, file, 'rfc');
  let best = rfc;
  if (rfc.sawBackslashQuote && rfc.score > 0) {
    const escaped = onePass(text, file, 'backslash');
    if (escaped.score < rfc.score) best = escaped;
  }
  return { ...best.result, tail: best.tail };
}

function onePass(text: string, file: string, dialect: Dialect): PassResult {
  const pass = new ExportPass(file, dialect);
  pass.push(text, true);
  return pass.finish();
}

export type Dialect = 'rfc' | 'backslash';

export interface PassResult {
  result: ReadResult;
  tail: ReadTail;
  /** Malformed-quote reports plus rows whose width differs from the header's: lower is better. */
  score: number;
  /** The text has a `\"` outside the portal's `\r\` pairs: worth a backslash-dialect pass. */
  sawBackslashQuote: boolean;
}

export interface PassOptions {
  /** Keeps one copy of each repeated string and detaches strings from the chunk text. */
  interner?: Interner;
  /** A decoding warning that goes first in the issues (invalid UTF-8 read as windows-1252). */
  decodeWarning?: Issue;
}

/**
 * One read of a text in one quoting dialect, fed in pieces of any size: `push` each piece in
 * order (`last` for the final one), then `finish`. Rows are parsed by papaparse with the record
 * separator that ends the header line, and handed to readRows in batches (see RowAssembler).
 */
export class ExportPass {
  private parser: Papa.Parser | null = null;
  private carry = '';
  private heldCr = false;
  private started = false;
  private tailChars = '';
  private sawBackslashQuote = false;
  private endsWithLineBreak = false;
  private misshapen = 0;
  private errors = 0;
  private width = -1;
  private stopped = false;
  private readonly rows: RowAssembler;

  constructor(
    file: string,
    private readonly dialect: Dialect,
    options: PassOptions = {},
  ) {
    this.rows = new RowAssembler(file, options.interner ?? null, options.decodeWarning);
  }

  /** Data records parsed so far. */
  get dataRows(): number {
    return this.rows.dataRows;
  }

  /** Feeds the next piece; returns true once the file is refused (no need to feed more). */
  push(text: string, last: boolean): boolean {
    if (this.stopped) return true;
    let piece = text;
    if (!this.started && !this.parser && this.carry === '') {
      // A byte-order mark is not part of the header (decoding removed one already; a re-saved
      // copy can carry a second).
      if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
    }
    if (piece.length > 0) {
      const last = piece.charCodeAt(piece.length - 1);
      this.endsWithLineBreak = last === 13 || last === 10;
    }
    // A `\"` once the portal's `\r\` pairs are removed; a pair can straddle pieces.
    if (!this.sawBackslashQuote) {
      // Only a piece with a `\"` (or one straddling the previous piece) is worth the full check;
      // most pieces have none, and joining a large piece to the tail would copy it.
      const straddle = this.tailChars + piece.slice(0, 2);
      if (piece.includes('\\"') || straddle.includes('\\"')) {
        const window = this.tailChars + piece;
        if (/\\"/.test(window.replace(/\r\\/g, ''))) this.sawBackslashQuote = true;
      }
      this.tailChars = piece.length >= 2 ? piece.slice(-2) : (this.tailChars + piece).slice(-2);
    }
    if (this.dialect === 'backslash') {
      // `\r\` becomes a line break before parsing; hold back a final CR in case its `\` comes next.
      if (this.heldCr) piece = `\r${piece}`;
      this.heldCr = !last && piece.endsWith('\r');
      if (this.heldCr) piece = piece.slice(0, -1);
      piece = piece.replace(/\r\\/g, '\n');
    }
    const input = this.carry + piece;
    if (this.parser === null) {
      // The record separator is whatever ends the header line; wait until that line is complete
      // (a CR at the very end may be the first half of a CRLF).
      if (!last && !/[\r\n]/.test(input.slice(0, -1))) {
        this.carry = input;
        return false;
      }
      this.parser = new Papa.Parser({
        header: false,
        delimiter: ',',
        newline: detectNewline(input),
        quoteChar: '"',
        escapeChar: this.dialect === 'rfc' ? '"' : '\\',
        skipEmptyLines: false,
      });
    }
    this.started = true;
    const parsed = this.parser.parse(input, 0, !last) as Papa.ParseResult<string[]>;
    const complete = parsed.data;
    // With ignoreLastRow the parser may already have reported errors for the unfinished last row,
    // which is parsed again with the next piece: count each error once, against its finished row.
    const pieceErrors = last
      ? parsed.errors
      : parsed.errors.filter((e) => (e.row ?? 0) < complete.length);
    this.carry = last ? '' : input.slice(parsed.meta.cursor);
    const cells = this.dialect === 'rfc' ? complete : complete.map((r) => r.map(unescapeMysql));
    if (this.width < 0 && cells.length > 0) this.width = cells[0]?.length ?? 0;
    for (const r of cells) if (r.length !== this.width && !isBlankRow(r)) this.misshapen += 1;
    this.errors += pieceErrors.length;
    const broken = new Map<number, string>();
    for (const error of pieceErrors) {
      if (error.code === 'MissingQuotes' && typeof error.row === 'number') {
        broken.set(
          error.row,
          'a quoted field is never closed, so the rest of the file was read into this row',
        );
      }
    }
    this.stopped = this.rows.add(cells, broken, last);
    return this.stopped;
  }

  finish(): PassResult {
    return {
      result: this.rows.finish(),
      tail: { ...this.rows.tail(), endsWithLineBreak: this.endsWithLineBreak },
      score: this.errors + this.misshapen,
      sawBackslashQuote: this.sawBackslashQuote,
    };
  }
}

/**
 * Collects parsed rows into records by calling readRows on batches that repeat the header, so
 * header checks, row numbers, blank-row and broken-row handling are readRows' own. Blank rows at
 * the end of a batch are held back: readRows drops trailing blanks (the file's final line breaks),
 * which is right only at the very end of the file. Rows before the header is known are held too,
 * so a batch boundary never changes which row is the header.
 */
class RowAssembler {
  private header: string[] | null = null;
  private headerIssues = 0;
  /** Rows seen before the first non-blank one (the header is the file's first row, blank or not). */
  private leading: string[][] = [];
  private leadingBroken = new Map<number, string>();
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
    private readonly interner: Interner | null,
    decodeWarning: Issue | undefined,
  ) {
    if (decodeWarning) this.issues.push(decodeWarning);
  }

  /** Adds one piece's complete rows; returns true when the file is refused (stop reading). */
  add(fresh: string[][], freshBroken: ReadonlyMap<number, string>, last: boolean): boolean {
    let cells = fresh;
    let broken: ReadonlyMap<number, string> = freshBroken;
    let offset = 0;
    if (this.header === null) {
      // Rows held from earlier pieces come first: renumber this piece's broken rows after them.
      cells = this.leading.concat(fresh);
      const renumbered = new Map(this.leadingBroken);
      for (const [row, reason] of freshBroken) renumbered.set(row + this.leading.length, reason);
      broken = renumbered;
      const first = cells[0];
      if (first === undefined) return false;
      if (isBlankRow(first)) {
        // The first row is the header even when blank: the file is "empty" only if every row is
        // blank, otherwise it is not an export. Wait for the first non-blank row.
        const other = cells.find((r) => !isBlankRow(r));
        if (other === undefined && !last) {
          this.leading = cells;
          this.leadingBroken = renumbered;
          return false;
        }
        const verdict = readRows(other === undefined ? [first] : [first, other], this.file);
        this.failed = verdict.ok ? [] : verdict.issues;
        return true;
      }
      this.leading = [];
      this.leadingBroken = new Map();
      const verdict = readRows([first], this.file);
      if (!verdict.ok) {
        this.failed = verdict.issues;
        return true;
      }
      this.header = first;
      this.headerIssues = verdict.issues.length;
      this.issues.push(...verdict.issues.map((i) => this.detachIssue(i)));
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
    for (const record of result.records)
      this.records.push(this.interner ? detachRecord(record, this.interner) : record);
    const issues = result.issues.slice(this.headerIssues);
    for (const issue of issues) this.issues.push(this.detachIssue(issue));
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

  private detachIssue(issue: Issue): Issue {
    return this.interner ? detachText(issue) : issue;
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

  tail(): Omit<ReadTail, 'endsWithLineBreak'> {
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

/** The record separator is whatever ends the header line (the header never contains a line break). */
export function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  const match = /\r\n|\n|\r/.exec(text);
  return match ? (match[0] as '\r\n' | '\n' | '\r') : '\n';
}

/** MySQL's backslash escapes; `\N` stays as it is because it means NULL, not "N". */
export function unescapeMysql(cell: string): string {
  if (cell === '\\N' || !cell.includes('\\')) return cell;
  return cell.replace(/\\(.)/gs, (whole, ch: string) => MYSQL_ESCAPES[ch] ?? whole);
}

const MYSQL_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  '0': '',
  t: '\t',
  n: '\n',
  r: '\r',
  Z: '\u001a',
  b: '\b',
};
