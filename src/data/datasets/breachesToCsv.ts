import type { BreachTable, MultiColumn } from '../table/BreachTable';
import { csvFile, type CsvCell } from './csvFile';
import { formatIsoDay } from '../dates/formatIsoDay';
import { nameReader } from '../table/breachText';

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

/** What each column of the download means, for the README that travels with it. */
export const BREACH_CSV_COLUMNS: Record<(typeof BREACH_CSV_HEADER)[number], string> = {
  'Name of Covered Entity':
    'The organisation that reported the breach, as the HHS portal lists it (a covered entity, or a business associate reporting for one).',
  State:
    'U.S. state or territory of the reporting organisation (not where the affected people live); empty when the portal leaves it empty.',
  'Covered Entity Type':
    'Healthcare Provider, Health Plan, Healthcare Clearinghouse or Business Associate, as reported.',
  'Individuals Affected':
    'The latest count of people whose information was involved; empty when unknown. One person can be counted in several reports.',
  'Breach Submission Date':
    'The day the report reached HHS (YYYY-MM-DD). Years in the dashboard are the years of this date.',
  'Type of Breach':
    'Hacking/IT Incident, Unauthorized Access/Disclosure, Theft, Loss, Improper Disposal, Other or Unknown; several are separated by ", ".',
  'Location of Breached Information':
    'Where the information was (Network Server, Email, Paper/Films …); several are separated by ", ".',
  'Business Associate Present': 'Yes when a business associate was involved in the breach.',
  Status:
    'open = on the newest under-investigation list; archived = in the archive of closed cases; closed = left the open list, its archive entry not yet in our inputs.',
  'Count is a 500/501 placeholder':
    'yes when the count is exactly 500 or 501, the values reports often carry until the real count is known.',
};

/** The given rows as CSV cells, in the order of BREACH_CSV_HEADER; an unknown count is empty. */
export function breachCsvRows(table: BreachTable, rows: Iterable<number>): CsvCell[][] {
  const out: CsvCell[][] = [];
  const name = nameReader(table);
  for (const r of rows) {
    out.push([
      name(r),
      table.state.keys[table.state.codes[r]!] ?? '',
      table.entityType.keys[table.entityType.codes[r]!] ?? '',
      table.hasCount[r] ? table.individuals[r]! : '',
      formatIsoDay(table.day[r]!),
      multiKeys(table.breachTypes, r),
      multiKeys(table.locations, r),
      table.businessAssociate.keys[table.businessAssociate.codes[r]!] ?? '',
      table.status.keys[table.status.codes[r]!] ?? '',
      table.placeholder[r] ? 'yes' : 'no',
    ]);
  }
  return out;
}

/**
 * The given rows as a CSV file for a spreadsheet, through the one CSV writer (BOM, CRLF, formula
 * cells such as "=HYPERLINK(…)" neutralised).
 */
export function breachesToCsv(table: BreachTable, rows: Iterable<number>): string {
  return csvFile(BREACH_CSV_HEADER, breachCsvRows(table, rows));
}

function multiKeys(column: MultiColumn, r: number): string {
  const mask = column.masks[r]!;
  const out: string[] = [];
  for (let b = 0; b < column.keys.length; b += 1)
    if (mask & (1 << b) && column.keys[b] !== '') out.push(column.keys[b]!);
  return out.join(', ');
}
