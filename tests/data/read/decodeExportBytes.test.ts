import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeExportBytes } from '../../../src/data/read/decodeExportBytes';

const FIXTURES = path.resolve(process.cwd(), 'tests/fixtures/exports');
const fixture = (name: string): Uint8Array => readFileSync(path.join(FIXTURES, name));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeExportBytes', () => {
  it('decodeExportBytes(bytes) refuses an empty file', () => {
    expect(decodeExportBytes(fixture('empty.csv'), 'empty.csv')).toEqual({
      ok: false,
      issues: [
        {
          file: 'empty.csv',
          row: null,
          field: null,
          severity: 'error',
          code: 'empty-file',
          message: 'empty.csv: empty file',
        },
      ],
    });
  });

  it('decodeExportBytes(bytes) refuses a binary file with NUL bytes', () => {
    expect(decodeExportBytes(fixture('binary.bin'), 'binary.bin')).toEqual({
      ok: false,
      issues: [
        {
          file: 'binary.bin',
          row: null,
          field: null,
          severity: 'error',
          code: 'binary-file',
          message: 'binary.bin: binary, not a CSV export',
        },
      ],
    });
  });

  it('decodeExportBytes(bytes) refuses bytes with a high share of control characters even without NUL', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    const result = decodeExportBytes(bytes, 'odd.dat');
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe('binary-file');
  });

  it('decodeExportBytes(bytes) returns valid UTF-8 unchanged, keeping curly quotes, with no issue', () => {
    expect(decodeExportBytes(utf8('a,“b”,c’s\r\n'), 'x.csv')).toEqual({
      ok: true,
      text: 'a,“b”,c’s\r\n',
      issues: [],
    });
  });

  it('decodeExportBytes(bytes) strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Name,State')]);
    expect(decodeExportBytes(bytes, 'bom.csv')).toEqual({
      ok: true,
      text: 'Name,State',
      issues: [],
    });
  });

  it('decodeExportBytes(bytes) reads invalid UTF-8 as windows-1252 (0x83 → ƒ, as browsers do) with one warning naming the file', () => {
    const result = decodeExportBytes(fixture('mysql-escaped.csv'), 'mysql-escaped.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain('Hillƒ??s Hearing Center');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      file: 'mysql-escaped.csv',
      row: null,
      field: null,
      severity: 'warning',
      code: 'invalid-utf8',
    });
    expect(result.issues[0]?.message).toContain('mysql-escaped.csv');
  });

  it('decodeExportBytes(bytes) maps every windows-1252 byte 0x80–0x9F, including the undefined ones', () => {
    const bytes = new Uint8Array([0x80, 0x81, 0x8a, 0x93, 0x94, 0x96, 0x99, 0x9d, 0x9f, 0xe9]);
    const result = decodeExportBytes(bytes, 'x.csv');
    expect(result.ok && result.text).toBe('€\u0081Š“”–™\u009dŸé');
  });

  it('decodeExportBytes(bytes) decodes UTF-16 with a byte-order mark instead of calling it binary', () => {
    const text = 'Name,State';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeExportBytes(bytes, 'u16.csv')).toEqual({ ok: true, text, issues: [] });
  });
});
