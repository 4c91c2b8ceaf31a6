import { copyFileSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readExportFile } from '../../scripts/readExportFile';
import { PORTAL_COLUMNS } from '../../src/data/read/normaliseRecord';

const FIXTURES = path.resolve(process.cwd(), 'tests/fixtures/exports');
const temp = mkdtempSync(path.join(os.tmpdir(), 'readExportFile-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('readExportFile', () => {
  it("readExportFile(path) dates a user's CSV download by its newest submission, never by the file's modification time", async () => {
    const file = path.join(temp, 'breach_report.csv');
    copyFileSync(path.join(FIXTURES, 'portal-quoted.csv'), file);
    // A freshly saved copy: its modification time is today, which says nothing about the list.
    utimesSync(file, new Date('2030-03-04T12:00:00Z'), new Date('2030-03-04T12:00:00Z'));
    const result = await readExportFile(file);
    expect(result.rowsRead).toBe(5);
    const newest = result.snapshots
      .flatMap((s) => s.records.map((r) => r.submitted))
      .sort()
      .at(-1);
    expect(
      result.snapshots.map((s) => [s.id, s.file, s.kind, s.date, s.dateFrom, s.records.length]),
    ).toEqual([
      [`archive-${newest}`, 'breach_report.csv', 'archive', newest, 'newest-submission', 5],
    ]);
    expect(result.issues.map((i) => i.code)).toEqual([
      'empty-state',
      'empty-entity-type',
      'empty-count',
    ]);
  });

  it('readExportFile(path) passes on the decoding warning of a non-UTF-8 file', async () => {
    const result = await readExportFile(path.join(FIXTURES, 'mysql-escaped.csv'));
    expect(result.issues.map((i) => i.code)).toEqual([
      'invalid-utf8',
      'empty-count',
      'repaired-text',
    ]);
    expect(result.snapshots[0]?.records).toHaveLength(4);
  });

  it('readExportFile(path) returns no snapshot and the reason for empty, binary and non-export files', async () => {
    for (const [name, code] of [
      ['empty.csv', 'empty-file'],
      ['binary.bin', 'binary-file'],
      ['not-an-export.csv', 'not-an-export'],
    ] as const) {
      const result = await readExportFile(path.join(FIXTURES, name));
      expect(result.snapshots, name).toEqual([]);
      expect(result.rowsRead, name).toBe(0);
      expect(
        result.issues.map((i) => [i.file, i.severity, i.code]),
        name,
      ).toEqual([[name, 'error', code]]);
    }
  });

  it('readExportFile(path) reports a missing file instead of throwing', async () => {
    const result = await readExportFile(path.join(temp, 'nope.csv'));
    expect(result.snapshots).toEqual([]);
    expect(result.issues.map((i) => [i.file, i.code])).toEqual([['nope.csv', 'unreadable-file']]);
  });

  it('readExportFile(path) sends .xlsx files to the workbook reader', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('sheet1');
    sheet.addRow([...PORTAL_COLUMNS]);
    sheet.addRow([
      'Elm Clinic',
      'OH',
      'Healthcare Provider',
      700,
      '01/02/2025',
      'Theft',
      'Laptop',
      'No',
    ]);
    const file = path.join(temp, 'investigation-2025-01-05_test.xlsx');
    writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
    const result = await readExportFile(file);
    expect(result.issues).toEqual([]);
    expect(
      result.snapshots.map((s) => [
        s.id,
        s.records.map((r) => [r.name, r.individuals, r.submitted]),
      ]),
    ).toEqual([['investigation-2025-01-05', [['Elm Clinic', 700, '2025-01-02']]]]);
  });
});
