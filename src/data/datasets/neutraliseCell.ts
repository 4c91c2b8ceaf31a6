/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return that hides one)
 * as a formula. Prefixing an apostrophe makes Excel, LibreOffice and Sheets show it as text;
 * the apostrophe itself is not displayed. (OWASP "CSV injection".)
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
