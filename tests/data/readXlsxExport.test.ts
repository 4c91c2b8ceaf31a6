import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxExport } from '../../scripts/readXlsxExport';
import { PORTAL_COLUMNS } from '../../src/data/read/normaliseRecord';

type Cell = string | number | null;

/**
 * Builds a small workbook in memory the way the portal-derived workbook is laid out: text
 * dates, numeric counts, empty cells left out, each list in its own cell style.
 */
async function workbook(
  parts: { rows: Cell[][]; font?: Partial<ExcelJS.Font> }[],
  header: string[] = [...PORTAL_COLUMNS],
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('sheet1');
  sheet.addRow(header);
  for (const part of parts) {
    for (const cells of part.rows) {
      const row = sheet.getRow(sheet.rowCount + 1);
      cells.forEach((value, i) => {
        if (value === null) return; // omitted from the XML, as in the real workbook
        const cell = row.getCell(i + 1);
        cell.value = value;
        if (part.font) cell.font = part.font;
      });
      row.commit();
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const archive: Cell[][] = [
  [
    'Elm Clinic',
    'OH',
    'Healthcare Provider',
    67413,
    '02/14/2025',
    'Hacking/IT Incident',
    'Email',
    'No',
    'The covered entity reported…',
  ],
  [
    'Birch Care',
    null,
    'Healthcare Provider',
    2489,
    '01/09/2025',
    'Hacking/IT Incident',
    'Network Server',
    'Yes',
    'The covered entity…',
  ],
  [
    'Cedar Health',
    'MA',
    'Healthcare Provider',
    3321,
    '05/01/2015',
    'Unauthorized Access/Disclosure',
    'Email, Network Server',
    'No',
    null,
  ],
];
const investigation: Cell[][] = [
  [
    'Dogwood Medical',
    'GA',
    'Healthcare Provider',
    32548,
    '05/01/2025',
    'Hacking/IT Incident',
    'Network Server',
    'No',
    null,
  ],
  [
    'Fir Bad Date Clinic',
    'IL',
    'Healthcare Provider',
    12500,
    '04/31/2025',
    'Hacking/IT Incident',
    'Network Server',
    'No',
    null,
  ],
  [
    'Ginkgo Home Care',
    'IN',
    'Healthcare Provider',
    1868,
    '05/16/2022',
    'Hacking/IT Incident',
    'Email, Network Server',
    'No',
    null,
  ],
];

describe('readXlsxExport', () => {
  it('readXlsxExport(bytes) splits a two-list sheet where the date jumps back up and no description follows', async () => {
    const bytes = await workbook([
      { rows: archive, font: { name: 'Arial', size: 10 } },
      { rows: investigation, font: { name: 'Arial', size: 10, italic: true } },
    ]);
    const result = await readXlsxExport(
      bytes,
      'filtered-archive+investigation-2025-05-11_test.xlsx',
    );
    expect(result.rowsRead).toBe(6);
    expect(
      result.snapshots.map((s) => [s.id, s.kind, s.date, s.coverage, s.records.map((r) => r.row)]),
    ).toEqual([
      ['archive-2025-05-11-filtered', 'archive', '2025-05-11', 'filtered', [2, 3, 4]],
      ['investigation-2025-05-11-filtered', 'investigation', '2025-05-11', 'filtered', [5, 7]],
    ]);
    expect(result.snapshots[0]?.records[0]).toEqual({
      file: 'filtered-archive+investigation-2025-05-11_test.xlsx',
      row: 2,
      name: 'Elm Clinic',
      state: 'OH',
      entityType: 'Healthcare Provider',
      individuals: 67413,
      submitted: '2025-02-14',
      breachTypes: ['Hacking/IT Incident'],
      locations: ['Email'],
      businessAssociate: false,
      hasWebDescription: true,
    });
    expect(
      result.snapshots[0]?.records.map((r) => [r.state, r.hasWebDescription, r.locations]),
    ).toEqual([
      ['OH', true, ['Email']],
      [null, true, ['Network Server']],
      ['MA', false, ['Email', 'Network Server']],
    ]);
    // Same normalisation as the CSV path: the bad row is skipped and reported, the omitted state is a warning.
    expect(result.issues.map((i) => [i.row, i.field, i.severity, i.code])).toEqual([
      [3, 'State', 'warning', 'empty-state'],
      [6, 'Breach Submission Date', 'error', 'bad-date'],
    ]);
  });

  it('readXlsxExport(bytes) warns when the cell style changes somewhere other than the date/description boundary', async () => {
    const bytes = await workbook([
      { rows: archive.slice(0, 1), font: { name: 'Arial', size: 10 } },
      { rows: archive.slice(1), font: { name: 'Arial', size: 10, bold: true } },
      { rows: investigation.slice(0, 1), font: { name: 'Arial', size: 10, bold: true } },
    ]);
    const result = await readXlsxExport(
      bytes,
      'filtered-archive+investigation-2025-05-11_test.xlsx',
    );
    expect(result.snapshots.map((s) => s.records.length)).toEqual([3, 1]);
    expect(result.issues.map((i) => [i.row, i.severity, i.code])).toEqual([
      [3, 'warning', 'empty-state'],
      [5, 'warning', 'split-unconfirmed'],
    ]);
  });

  it('readXlsxExport(bytes, file, {date}) reads a single sorted list as one snapshot whose kind comes from the content', async () => {
    const bytes = await workbook([{ rows: investigation.filter((_, i) => i !== 1) }]);
    const result = await readXlsxExport(bytes, 'breach_report.xlsx', { date: '2025-05-20' });
    expect(result.issues).toEqual([]);
    expect(result.snapshots.map((s) => [s.id, s.kind, s.coverage, s.records.length])).toEqual([
      ['investigation-2025-05-20', 'investigation', 'complete', 2],
    ]);
  });

  it('readXlsxExport(bytes) refuses a sheet whose header is not the portal header', async () => {
    const bytes = await workbook(
      [{ rows: [['1', 'Springfield', 30000]] }],
      ['id', 'city', 'population'],
    );
    const result = await readXlsxExport(bytes, 'cities.xlsx');
    expect(result.snapshots).toEqual([]);
    expect(result.issues.map((i) => [i.file, i.code])).toEqual([['cities.xlsx', 'not-an-export']]);
  });

  it('readXlsxExport(bytes) reports bytes that are not a workbook instead of throwing', async () => {
    const result = await readXlsxExport(new TextEncoder().encode('not,a,zip'), 'fake.xlsx');
    expect(result).toMatchObject({ snapshots: [], rowsRead: 0 });
    expect(result.issues.map((i) => [i.file, i.severity, i.code])).toEqual([
      ['fake.xlsx', 'error', 'not-an-xlsx'],
    ]);
  });
});
