import type { Issue } from '../schema/types';
import { fieldReader } from './fieldReader';
import { makeIssue } from '../schema/makeIssue';
import { readCsvTable } from './readCsvTable';
import type { ParseResult, Source } from './workforceTypes';

export const SOURCE_COLUMNS = [
  'source_key',
  'facts_ref',
  'title',
  'publisher',
  'url',
  'origin_url',
  'as_of',
  'as_of_basis',
  'accessed',
  'notes',
] as const;

/**
 * sources.csv → one entry per source. Addresses become links, so only http(s) is accepted: a
 * `javascript:` or other scheme is dropped with a warning and the source is listed without a link.
 */
export function parseSources(
  rows: readonly (readonly string[])[],
  file = 'sources.csv',
): ParseResult<Source> {
  const table = readCsvTable(rows, file, SOURCE_COLUMNS);
  if (!table.ok) return { ok: false, rows: [], issues: table.issues };
  const issues: Issue[] = [...table.issues];
  const out: Source[] = [];
  const seen = new Set<string>();
  for (const record of table.records) {
    const f = fieldReader(record, file, issues);
    const key = f.required('source_key');
    const title = f.required('title');
    const publisher = f.required('publisher');
    const asOf = f.optional('as_of');
    if (asOf !== '' && !/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/.test(asOf))
      f.fail('as_of', 'bad-date', `"${asOf}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    if (key !== '' && seen.has(key))
      f.fail('source_key', 'duplicate-key', `"${key}" appears twice`);
    if (f.bad()) continue;
    const link = (field: 'url' | 'origin_url'): string | null => {
      const raw = f.optional(field);
      if (raw === '') return null;
      if (isWebAddress(raw)) return raw;
      issues.push(
        makeIssue(
          file,
          record.row,
          field,
          'warning',
          'bad-url',
          `${file} row ${record.row}, ${field}: "${raw}" is not an http(s) address; no link shown`,
        ),
      );
      return null;
    };
    seen.add(key);
    out.push({
      key,
      ref: f.optional('facts_ref'),
      title,
      publisher,
      url: link('url'),
      originUrl: link('origin_url'),
      asOf,
      asOfBasis: f.optional('as_of_basis'),
      accessed: f.optional('accessed'),
      notes: f.optional('notes'),
    });
  }
  return { ok: true, rows: out, issues };
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
