import Papa from 'papaparse';
import { readRows } from './readRows';
import type { ReadResult } from './types';

/**
 * Reads the text of one HHS breach-portal CSV export (or a re-saved copy of one) into records.
 * Never throws: a file that is not an export gives ok:false, a bad row is skipped and reported,
 * everything else loads. Columns are mapped by position, never by header text.
 *
 * Two quoting dialects exist:
 * - RFC 4180 (the portal, Excel, pandas): quotes inside a field are doubled (`""`).
 * - MySQL `SELECT … INTO OUTFILE`: quotes are escaped as `\"`, NULL is a bare `\N`.
 * The portal also emits the byte pair CR + backslash (`\r\`) inside descriptions, so a `\"`
 * right before a closing quote is not proof of the MySQL dialect: the Oct-2024 archive copy
 * that went through MySQL in fact uses doubled quotes and reads correctly as RFC 4180 (a
 * backslash-escape parse breaks it). So when a `\"` is present the file is parsed both ways and
 * the parse that leaves fewer malformed rows wins.
 */
export function readExport(text: string, file: string): ReadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return {
      ok: false,
      issues: [
        {
          file,
          row: null,
          field: null,
          severity: 'error',
          code: 'empty-file',
          message: `${file}: empty file`,
        },
      ],
    };
  }
  const newline = detectNewline(body);
  let best = parse(body, newline, 'rfc');
  if (/\\"/.test(body.replace(/\r\\/g, ''))) {
    const escaped = parse(body.replace(/\r\\/g, '\n'), newline, 'backslash');
    if (escaped.score < best.score) best = escaped;
  }
  return readRows(best.rows, file, { brokenRows: best.brokenRows });
}

interface Parsed {
  rows: string[][];
  brokenRows: Map<number, string>;
  /** Malformed-quote reports plus rows whose width differs from the header's: lower is better. */
  score: number;
}

function parse(text: string, newline: '\r\n' | '\n' | '\r', dialect: 'rfc' | 'backslash'): Parsed {
  const result = Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    newline,
    quoteChar: '"',
    escapeChar: dialect === 'rfc' ? '"' : '\\',
    skipEmptyLines: false,
  });
  const rows =
    dialect === 'rfc' ? result.data : result.data.map((cells) => cells.map(unescapeMysql));
  const brokenRows = new Map<number, string>();
  for (const error of result.errors) {
    if (error.code === 'MissingQuotes' && typeof error.row === 'number') {
      brokenRows.set(
        error.row,
        'a quoted field is never closed, so the rest of the file was read into this row',
      );
    }
  }
  const width = rows[0]?.length ?? 0;
  const misshapen = rows.filter(
    (cells) => cells.length !== width && !cells.every((cell) => cell.trim() === ''),
  ).length;
  return { rows, brokenRows, score: result.errors.length + misshapen };
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
