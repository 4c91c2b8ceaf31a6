import type { Issue } from '../schema/types';
import { fieldReader } from './fieldReader';
import { readCsvTable } from './readCsvTable';
import { ROLE_TAGS, type Occupation, type ParseResult, type RoleTag } from './workforceTypes';

export const OCCUPATION_COLUMNS = [
  'occupation_key',
  'occupation',
  'soc_code',
  'roles',
  'role_note',
] as const;

/** occupations.csv → occupations in file order (the order every view lists them in). */
export function parseOccupations(
  rows: readonly (readonly string[])[],
  file = 'occupations.csv',
): ParseResult<Occupation> {
  const table = readCsvTable(rows, file, OCCUPATION_COLUMNS);
  if (!table.ok) return { ok: false, rows: [], issues: table.issues };
  const issues: Issue[] = [...table.issues];
  const out: Occupation[] = [];
  const seen = new Set<string>();
  for (const record of table.records) {
    const f = fieldReader(record, file, issues);
    const key = f.required('occupation_key');
    const title = f.required('occupation');
    const soc = f.required('soc_code');
    if (soc !== '' && !/^\d{2}-\d{4}$/.test(soc))
      f.fail('soc_code', 'bad-soc', `"${soc}" is not a SOC code (00-0000)`);
    const roles = f.list('roles');
    if (roles.length === 0) f.fail('roles', 'empty-field', 'names no role');
    for (const role of roles)
      if (!ROLE_TAGS.includes(role as RoleTag))
        f.fail('roles', 'bad-role', `"${role}" is not one of ${ROLE_TAGS.join(', ')}`);
    if (key !== '' && seen.has(key))
      f.fail('occupation_key', 'duplicate-key', `"${key}" appears twice`);
    if (f.bad()) continue;
    seen.add(key);
    out.push({ key, title, soc, roles: roles as RoleTag[], note: f.optional('role_note') });
  }
  return { ok: true, rows: out, issues };
}
