import type { Issue } from '../schema/types';
import { makeIssue } from '../schema/makeIssue';
import type { CsvRecord } from './readCsvTable';

/**
 * Typed access to one record's cells. Each failed read adds an error naming file, row and field
 * and marks the record bad, so a parser can read every field, report every problem at once, and
 * then skip the row: a half-read row is never shown.
 */
export interface FieldReader {
  /** Non-empty text; '' and an issue when empty. */
  required: (field: string) => string;
  /** Text, '' allowed. */
  optional: (field: string) => string;
  /** A plain decimal (e.g. "562.7", "-0.5"); null when empty and allowed. Never NaN. */
  number: (
    field: string,
    options?: { optional?: boolean; integer?: boolean; min?: number },
  ) => number | null;
  /** "true" / "false". */
  flag: (field: string) => boolean;
  /** `;`-separated list, empties dropped. */
  list: (field: string) => string[];
  /** Adds a problem found by a cross-field check. */
  fail: (field: string | null, code: string, what: string) => void;
  /** True when any read failed. */
  bad: () => boolean;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

export function fieldReader(record: CsvRecord, file: string, issues: Issue[]): FieldReader {
  let failed = false;
  const fail = (field: string | null, code: string, what: string) => {
    failed = true;
    const where = field ? `${file} row ${record.row}, ${field}` : `${file} row ${record.row}`;
    issues.push(
      makeIssue(file, record.row, field, 'error', code, `${where}: ${what}; row skipped`),
    );
  };
  return {
    required: (field) => {
      const value = record.text(field);
      if (value === '') fail(field, 'empty-field', 'is empty');
      return value;
    },
    optional: (field) => record.text(field),
    number: (field, options = {}) => {
      const raw = record.text(field);
      if (raw === '') {
        if (!options.optional) fail(field, 'empty-field', 'is empty');
        return null;
      }
      if (!DECIMAL.test(raw)) {
        fail(field, 'bad-number', `"${raw}" is not a plain number`);
        return null;
      }
      const value = Number(raw);
      if (options.integer && !Number.isSafeInteger(value)) {
        fail(field, 'bad-number', `"${raw}" is not a whole number`);
        return null;
      }
      if (options.min !== undefined && value < options.min) {
        fail(field, 'bad-number', `"${raw}" is below ${options.min}`);
        return null;
      }
      return value;
    },
    flag: (field) => {
      const raw = record.text(field);
      if (raw === 'true') return true;
      if (raw !== 'false') fail(field, 'bad-flag', `"${raw}" is not true or false`);
      return false;
    },
    list: (field) =>
      record
        .text(field)
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    fail,
    bad: () => failed,
  };
}
