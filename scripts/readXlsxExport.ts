import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import { describeSnapshot, dropAfterSnapshot } from '../src/data/merge/describeSnapshot';
import { fileRefusal } from '../src/data/read/fileRefusal';
import { readRows } from '../src/data/read/readRows';
import type { ExportRecord, Issue, Snapshot, SnapshotKind } from '../src/data/schema/types';

export interface XlsxReadResult {
  snapshots: Snapshot[];
  issues: Issue[];
  rowsRead: number;
}

/**
 * Reads a portal export saved as an Excel workbook (build time only, Node). Cells are turned
 * into the same 9 strings a CSV row gives and go through the same `readRows` /
 * `normaliseRecord` path, so xlsx and CSV rows obey identical rules.
 *
 * One reference workbook (gershkovich, 2025-05-11) holds two lists on one sheet: a filtered
 * archive followed by a filtered under-investigation list. Each list is sorted newest first,
 * so the boundary is where Breach Submission Date jumps back up; the investigation list has no
 * Web Description, which confirms the boundary. (The two parts also use different cell style
 * ids; exceljs does not expose the id, but it shares one style object per id, which is used as
 * a further check.) Never throws: an unreadable workbook gives no snapshot and an error issue.
 */
export async function readXlsxExport(
  input: Uint8Array | ArrayBuffer | string,
  file: string,
  opts: { date?: string } = {},
): Promise<XlsxReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (typeof input === 'string') await workbook.xlsx.readFile(input);
    else {
      const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
      // exceljs's types ask for a Node Buffer; this one shares the caller's memory.
      await workbook.xlsx.load(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
      );
    }
  } catch (error) {
    return fail(
      file,
      'not-an-xlsx',
      `${file}: not a readable Excel workbook (${error instanceof Error ? error.message : String(error)})`,
    );
  }

  const sheets = workbook.worksheets.filter((sheet) => sheet.actualRowCount > 0);
  const sheet = sheets[0];
  if (!sheet) return fail(file, 'empty-file', `${file}: empty file`);
  const issues: Issue[] = [];
  if (sheets.length > 1) {
    issues.push({
      file,
      row: null,
      field: null,
      severity: 'warning',
      code: 'extra-sheets',
      message: `${file}: read sheet ${JSON.stringify(sheet.name)} only; ignored ${sheets
        .slice(1)
        .map((s) => JSON.stringify(s.name))
        .join(', ')}`,
    });
  }

  // Sheet row n becomes rows[n - 1], so record numbers equal Excel's row numbers.
  const rows: string[][] = [];
  const styles: unknown[] = [];
  for (let n = 1; n <= sheet.rowCount; n += 1) {
    const row = sheet.getRow(n);
    // Empty cells are omitted from the XML; reading by column number keeps positions right.
    let width = 9;
    for (let c = row.cellCount; c > 9; c -= 1) {
      if (cellText(row.getCell(c).value).trim() !== '') {
        width = c;
        break;
      }
    }
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
    styles.push(row.getCell(1).style);
  }

  const read = readRows(rows, file);
  if (!read.ok) return { snapshots: [], issues: [...issues, ...read.issues], rowsRead: 0 };
  issues.push(...read.issues);
  const refusal = fileRefusal(read, file);
  if (refusal) return { snapshots: [], issues: [...issues, refusal], rowsRead: read.rowsRead };

  const split = findSplit(read.records, styles);
  if (split.issue) issues.push({ file, ...split.issue });
  const parts: { kind: SnapshotKind | undefined; records: ExportRecord[] }[] =
    split.at === null
      ? [{ kind: undefined, records: read.records }]
      : [
          { kind: 'archive', records: read.records.slice(0, split.at) },
          { kind: 'investigation', records: read.records.slice(split.at) },
        ];
  const taken = new Set<string>();
  const snapshots = parts.map((part) => {
    const snapshot = describeSnapshot(file, part.records, {
      date: opts.date,
      kind: part.kind,
      takenIds: taken,
    });
    taken.add(snapshot.id);
    return snapshot;
  });
  const dated = dropAfterSnapshot(snapshots);
  return {
    snapshots: dated.snapshots,
    issues: [...issues, ...dated.issues],
    rowsRead: read.rowsRead,
  };
}

type SplitIssue = Omit<Issue, 'file'>;

/**
 * Index of the first record of the second list, or null for a single list. A boundary is a
 * point where the submission date goes up (each list runs newest → oldest) after which no row
 * has a Web Description (the under-investigation list never has one) while some row before does.
 */
function findSplit(
  records: ExportRecord[],
  styles: unknown[],
): { at: number | null; issue?: SplitIssue } {
  const jumps: number[] = [];
  for (let i = 1; i < records.length; i += 1) {
    if ((records[i]?.submitted ?? '') > (records[i - 1]?.submitted ?? '')) jumps.push(i);
  }
  if (jumps.length === 0) return { at: null };

  // describedAfter[i] = some record at or after i has a description.
  const describedAfter: boolean[] = new Array<boolean>(records.length + 1).fill(false);
  for (let i = records.length - 1; i >= 0; i -= 1)
    describedAfter[i] =
      (records[i]?.hasWebDescription ?? false) || (describedAfter[i + 1] ?? false);
  const describedBefore = (i: number): boolean =>
    records.slice(0, i).some((r) => r.hasWebDescription);
  const candidates = jumps.filter((i) => !describedAfter[i] && describedBefore(i));

  if (candidates.length === 0) {
    return {
      at: null,
      issue: {
        row: records[jumps[0] ?? 0]?.row ?? null,
        field: 'Breach Submission Date',
        severity: 'warning',
        code: 'unsorted',
        message: `dates are not newest-first (first rise at row ${records[jumps[0] ?? 0]?.row}) and no archive/investigation boundary fits; read as one list`,
      },
    };
  }
  // Several candidates would mean an unsorted investigation part; the biggest rise is the boundary.
  const rise = (i: number): number =>
    Date.parse(records[i]?.submitted ?? '') - Date.parse(records[i - 1]?.submitted ?? '');
  const at = candidates.reduce((best, i) => (rise(i) > rise(best) ? i : best));

  // Cross-check with the cell style: styles[] is indexed by sheet row - 1.
  const row = records[at]?.row ?? 0;
  const previousRow = records[at - 1]?.row ?? 0;
  const styleChanges = styles[row - 1] !== undefined && styles[row - 1] !== styles[previousRow - 1];
  const styleChangesElsewhere = records.some(
    (r, i) => i > 0 && i !== at && styles[r.row - 1] !== styles[(records[i - 1]?.row ?? 0) - 1],
  );
  if (!styleChanges && styleChangesElsewhere) {
    return {
      at,
      issue: {
        row,
        field: null,
        severity: 'warning',
        code: 'split-unconfirmed',
        message: `split into archive and investigation lists before row ${row} (dates and descriptions), but the cell style changes elsewhere`,
      },
    };
  }
  return { at };
}

/** A cell as the text a CSV export would have carried. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result);
  return '';
}

function fail(file: string, code: string, message: string): XlsxReadResult {
  return {
    snapshots: [],
    issues: [{ file, row: null, field: null, severity: 'error', code, message }],
    rowsRead: 0,
  };
}
