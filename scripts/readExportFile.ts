import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeExportBytes } from '../src/data/read/decodeExportBytes';
import { describeSnapshots, dropAfterSnapshot } from '../src/data/merge/describeSnapshot';
import { fileRefusal } from '../src/data/read/fileRefusal';
import { readExportText } from '../src/data/read/readExport';
import type { Issue, Snapshot } from '../src/data/schema/types';
import { readXlsxExport } from './readXlsxExport';

export interface ExportFileResult {
  snapshots: Snapshot[];
  issues: Issue[];
  rowsRead: number;
}

/**
 * Reads one export file from disk into snapshots (Node, build time). `.xlsx` goes to the
 * workbook reader; everything else is treated as CSV text (the portal's download is a .csv,
 * but users rename files). The snapshot date is the one in the name, else the newest submission
 * date (never the modification time: copying or saving a file changes it). Never throws.
 */
export async function readExportFile(filePath: string): Promise<ExportFileResult> {
  const file = path.basename(filePath);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      snapshots: [],
      issues: [
        {
          file,
          row: null,
          field: null,
          severity: 'error',
          code: 'unreadable-file',
          message: `${file}: cannot be read (${reason})`,
        },
      ],
      rowsRead: 0,
    };
  }

  // By extension only: any other binary (a zip renamed .csv, an old .xls) is refused by
  // decodeExportBytes with a clear "binary" message.
  if (/\.xlsx$/i.test(file)) return readXlsxExport(bytes, file);

  const decoded = decodeExportBytes(bytes, file);
  if (!decoded.ok) return { snapshots: [], issues: decoded.issues, rowsRead: 0 };
  const read = readExportText(decoded.text, file);
  if (!read.ok) return { snapshots: [], issues: [...decoded.issues, ...read.issues], rowsRead: 0 };
  // A cut or header-only file is refused, never read as a shorter or empty list (the import page
  // asks the same question of the same reader's answer).
  const refusal = fileRefusal(read, file, read.tail);
  if (refusal)
    return {
      snapshots: [],
      issues: [...decoded.issues, ...read.issues, refusal],
      rowsRead: read.rowsRead,
    };
  const dated = dropAfterSnapshot(describeSnapshots(file, read.records));
  return {
    snapshots: dated.snapshots,
    issues: [...decoded.issues, ...read.issues, ...dated.issues],
    rowsRead: read.rowsRead,
  };
}
