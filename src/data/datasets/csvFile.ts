import Papa from 'papaparse';

/** UTF-8 byte-order mark: Excel reads the file as UTF-8 only when it starts with one ("St. John’s"). */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number;

/**
 * The project's one CSV writer, for every file a person downloads: a UTF-8 BOM, the header, one
 * line per row (CRLF, RFC 4180 quoting by papaparse). Text cells that a spreadsheet would run as
 * a formula (starting with = + - @, tab or carriage return) get an apostrophe in front
 * (`escapeFormulae`, OWASP "CSV injection"); numbers are written as plain digits.
 */
export function csvFile(
  fields: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: { quoteAll?: boolean } = {},
): string {
  const body = Papa.unparse(
    { fields: [...fields], data: rows.map((r) => [...r]) },
    { newline: '\r\n', escapeFormulae: true, quotes: options.quoteAll ?? false },
  );
  return `${UTF8_BOM}${body}\r\n`;
}
