import { MAX_MULTI_VALUES } from '../table/BreachTable';
import { parseCount } from '../read/parseCount';
import { parseIsoDay } from '../dates/parseIsoDay';
import { BREACH_COLUMNS } from './serialiseDatasets';
import type { BreachStatus, Issue } from '../schema/types';
import { makeIssue } from '../schema/makeIssue';
import { isBlankRow } from '../read/isBlankRow';

/** One row of datasets/breaches.csv, typed. Empty values are null, never NaN or ''. */
export interface BreachRow {
  id: string;
  name: string;
  /** Two-letter code, or null when empty (Puerto Rico entities often are). */
  state: string | null;
  entityType: string | null;
  individuals: number | null;
  /** ISO date YYYY-MM-DD. */
  submitted: string;
  breachTypes: string[];
  locations: string[];
  businessAssociate: boolean | null;
  status: BreachStatus;
  placeholder: boolean;
  webDescription: boolean;
  /** ISO snapshot dates; null when the file left them empty or unreadable (a warning says so). */
  firstSeen: string | null;
  lastSeen: string | null;
  seenIn: number;
}

export type ParseBreachRowsResult =
  { ok: true; rows: BreachRow[]; issues: Issue[] } | { ok: false; issues: Issue[] };

const ENTITY_TYPES = new Set([
  'Healthcare Provider',
  'Health Plan',
  'Business Associate',
  'Healthcare Clearing House',
]);
const STATUSES = new Set<string>(['open', 'archived', 'closed']);
/** Entity types are stored as Uint8 codes; one code is kept for ''. */
const MAX_ENTITY_TYPES = 255;
/** Snapshot dates are stored as Uint16 day numbers (0 = unknown). */
const MAX_SEEN_DAY = 65535;

/**
 * Validates the rows of breaches.csv as papaparse returns them (`string[][]`, header first).
 * A header that is not exactly the expected columns makes the whole file unusable (ok: false).
 * A row with a bad required value (id, submitted date, count, state, status, flags…) is skipped
 * and reported as an error naming file, row (header = row 1) and field; a repairable problem
 * (unreadable snapshot date, unexpected entity type) is a warning and the row is kept.
 */
export function parseBreachRows(
  rows: readonly (readonly string[])[],
  file: string,
): ParseBreachRowsResult {
  const header = rows[0];
  if (header === undefined || rows.every(isBlankRow)) {
    return {
      ok: false,
      issues: [makeIssue(file, null, null, 'error', 'empty-file', `${file}: empty file`)],
    };
  }
  const got = header.map((cell, i) => (i === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim());
  if (got.length !== BREACH_COLUMNS.length || got.some((cell, i) => cell !== BREACH_COLUMNS[i])) {
    return {
      ok: false,
      issues: [
        makeIssue(
          file,
          1,
          null,
          'error',
          'bad-header',
          `${file}: header is "${got.join(',')}", expected "${BREACH_COLUMNS.join(',')}"`,
        ),
      ],
    };
  }

  const issues: Issue[] = [];
  const out: BreachRow[] = [];
  const ids = new Set<string>();
  const seen = {
    breachTypes: new Set<string>(),
    locations: new Set<string>(),
    entityTypes: new Set<string>(),
  };
  let last = rows.length - 1;
  while (last > 0 && isBlankRow(rows[last] ?? [])) last -= 1;

  for (let index = 1; index <= last; index += 1) {
    const cells = rows[index] ?? [];
    const row = index + 1;
    const skip = (field: string | null, code: string, what: string) =>
      issues.push(
        makeIssue(file, row, field, 'error', code, `${file} row ${row}: ${what}; row skipped`),
      );
    const warn = (field: string | null, code: string, what: string) =>
      issues.push(makeIssue(file, row, field, 'warning', code, `${file} row ${row}: ${what}`));

    if (isBlankRow(cells)) {
      warn(null, 'blank-row', 'blank row ignored');
      continue;
    }
    if (cells.length !== BREACH_COLUMNS.length) {
      skip(null, 'column-count', `has ${cells.length} fields, expected ${BREACH_COLUMNS.length}`);
      continue;
    }
    const [
      rawId,
      rawName,
      rawState,
      rawEntity,
      rawCount,
      rawSubmitted,
      rawTypes,
      rawLocations,
      rawBa,
      rawStatus,
      rawPlaceholder,
      rawWeb,
      rawFirst,
      rawLast,
      rawSeenIn,
    ] = cells.map((c, i) => (i === 1 ? c : c.trim())) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];

    if (rawId === '') {
      skip('id', 'empty-id', 'id is empty');
      continue;
    }
    if (ids.has(rawId)) {
      skip('id', 'duplicate-id', `id "${rawId}" appears on an earlier row`);
      continue;
    }
    if (rawState !== '' && !/^[A-Z]{2}$/.test(rawState)) {
      skip('state', 'bad-state', `state "${rawState}" is not a two-letter code`);
      continue;
    }
    const count = parseCount(rawCount);
    if (!count.ok) {
      skip('individuals', 'bad-count', `individuals "${rawCount}" ${count.reason}`);
      continue;
    }
    const submittedDay = parseIsoDay(rawSubmitted);
    if (submittedDay === null) {
      skip(
        'submitted',
        'bad-date',
        `submitted "${rawSubmitted}" is not a date (expected YYYY-MM-DD)`,
      );
      continue;
    }
    const year = Number(rawSubmitted.slice(0, 4));
    if (year < 1990 || year > 2100) {
      skip(
        'submitted',
        'bad-date',
        `submitted "${rawSubmitted}" has year ${year}, outside 1990–2100`,
      );
      continue;
    }
    const breachTypes = splitValues(rawTypes);
    const locations = splitValues(rawLocations);
    const overflow = overflows(seen.breachTypes, breachTypes, MAX_MULTI_VALUES - 1)
      ? 'breach_types'
      : overflows(seen.locations, locations, MAX_MULTI_VALUES - 1)
        ? 'locations'
        : null;
    if (overflow !== null) {
      skip(
        overflow,
        'too-many-values',
        `${overflow} brings the number of distinct values past ${MAX_MULTI_VALUES - 1}`,
      );
      continue;
    }
    if (rawBa !== '' && rawBa !== 'Yes' && rawBa !== 'No') {
      skip(
        'business_associate',
        'bad-business-associate',
        `business_associate "${rawBa}" is not Yes, No or empty`,
      );
      continue;
    }
    if (!STATUSES.has(rawStatus)) {
      skip('status', 'bad-status', `status "${rawStatus}" is not open, archived or closed`);
      continue;
    }
    if (rawPlaceholder !== '0' && rawPlaceholder !== '1') {
      skip('placeholder', 'bad-flag', `placeholder "${rawPlaceholder}" is not 0 or 1`);
      continue;
    }
    if (rawWeb !== '0' && rawWeb !== '1') {
      skip(
        'web_description_present',
        'bad-flag',
        `web_description_present "${rawWeb}" is not 0 or 1`,
      );
      continue;
    }
    if (rawEntity !== '' && !ENTITY_TYPES.has(rawEntity)) {
      if (!seen.entityTypes.has(rawEntity) && seen.entityTypes.size >= MAX_ENTITY_TYPES) {
        skip(
          'entity_type',
          'too-many-values',
          `entity_type brings the number of distinct values past ${MAX_ENTITY_TYPES}`,
        );
        continue;
      }
      warn(
        'entity_type',
        'unknown-entity-type',
        `entity_type "${rawEntity}" is not one HHS uses; kept as is`,
      );
    }
    seen.entityTypes.add(rawEntity);
    for (const t of breachTypes) seen.breachTypes.add(t);
    for (const l of locations) seen.locations.add(l);
    if (count.note === 'thousands-separator') {
      warn(
        'individuals',
        'thousands-separator',
        `individuals "${rawCount}" read as ${count.value}`,
      );
    }
    const placeholder = rawPlaceholder === '1';
    if (placeholder !== (count.value === 500 || count.value === 501)) {
      warn(
        'placeholder',
        'placeholder-mismatch',
        `placeholder is ${rawPlaceholder} but individuals is "${rawCount}"; flag kept`,
      );
    }
    if (rawName.trim() === '') warn('name', 'empty-name', 'name is empty');
    const firstSeen = seenDate(rawFirst, 'first_seen', warn);
    const lastSeen = seenDate(rawLast, 'last_seen', warn);
    let seenIn = 0;
    if (/^\d{1,5}$/.test(rawSeenIn) && Number(rawSeenIn) <= 65535) seenIn = Number(rawSeenIn);
    else
      warn(
        'seen_in',
        'bad-seen-in',
        `seen_in "${rawSeenIn}" is not a whole number 0–65535; read as 0`,
      );

    ids.add(rawId);
    out.push({
      id: rawId,
      name: rawName,
      state: rawState === '' ? null : rawState,
      entityType: rawEntity === '' ? null : rawEntity,
      individuals: count.value,
      submitted: rawSubmitted,
      breachTypes,
      locations,
      businessAssociate: rawBa === '' ? null : rawBa === 'Yes',
      status: rawStatus as BreachStatus,
      placeholder,
      webDescription: rawWeb === '1',
      firstSeen,
      lastSeen,
      seenIn,
    });
  }
  return { ok: true, rows: out, issues };
}

function seenDate(
  raw: string,
  field: string,
  warn: (field: string, code: string, what: string) => void,
): string | null {
  if (raw === '') return null;
  const day = parseIsoDay(raw);
  if (day === null || day <= 0 || day > MAX_SEEN_DAY) {
    warn(field, 'bad-date', `${field} "${raw}" is not a date (expected YYYY-MM-DD); left empty`);
    return null;
  }
  return raw;
}

/** "Theft|Loss" → ["Theft", "Loss"]: trimmed, empty parts and repeats dropped, order kept. */
function splitValues(raw: string): string[] {
  if (raw === '') return [];
  const out: string[] = [];
  for (const part of raw.split('|')) {
    const value = part.trim();
    if (value !== '' && !out.includes(value)) out.push(value);
  }
  return out;
}

/** Whether adding `values` would take the distinct set past `max` (one bit is kept for none). */
function overflows(seen: ReadonlySet<string>, values: readonly string[], max: number): boolean {
  let size = seen.size;
  for (const v of values) if (!seen.has(v)) size += 1;
  return size > max;
}
