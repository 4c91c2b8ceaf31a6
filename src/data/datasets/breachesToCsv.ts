import type { BreachTable, MultiColumn } from '../table/BreachTable';
import { csvField } from './csvField';
import { formatIsoDay } from '../dates/formatIsoDay';

export const BREACH_CSV_HEADER = [
  'Name of Covered Entity',
  'State',
  'Covered Entity Type',
  'Individuals Affected',
  'Breach Submission Date',
  'Type of Breach',
  'Location of Breached Information',
  'Business Associate Present',
  'Status',
  'Count is a 500/501 placeholder',
] as const;

/**
 * The given rows as a CSV file (CRLF line ends, header first), for a user to open in a
 * spreadsheet. Every text cell goes through neutraliseCell, so an entity name such as
 * "=HYPERLINK(…)" opens as text; numbers are written as plain digits; an unknown count is empty.
 */
export function breachesToCsv(table: BreachTable, rows: Uint32Array): string {
  const lines = [BREACH_CSV_HEADER.map(csvField).join(',')];
  for (const r of rows) {
    lines.push(
      [
        csvField(table.name[r] ?? ''),
        csvField(table.state.keys[table.state.codes[r]!] ?? ''),
        csvField(table.entityType.keys[table.entityType.codes[r]!] ?? ''),
        table.hasCount[r] ? csvField(table.individuals[r]!) : '',
        csvField(formatIsoDay(table.day[r]!)),
        csvField(multiKeys(table.breachTypes, r)),
        csvField(multiKeys(table.locations, r)),
        csvField(table.businessAssociate.keys[table.businessAssociate.codes[r]!] ?? ''),
        csvField(table.status.keys[table.status.codes[r]!] ?? ''),
        table.placeholder[r] ? 'yes' : 'no',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function multiKeys(column: MultiColumn, r: number): string {
  const mask = column.masks[r]!;
  const out: string[] = [];
  for (let b = 0; b < column.keys.length; b += 1)
    if (mask & (1 << b) && column.keys[b] !== '') out.push(column.keys[b]!);
  return out.join(', ');
}
