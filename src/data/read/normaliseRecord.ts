import { parseCount } from './parseCount';
import { parseSubmissionDate, RULE_START } from '../dates/parseSubmissionDate';
import { repairMojibake } from './repairMojibake';
import type { ExportRecord, Issue } from '../schema/types';
import { makeIssue } from '../schema/makeIssue';
import { detachString } from './detachStrings';

/** The portal's 9 columns in export order. Columns are always read by position (one export names two of them `javax.faces.component.UIPanel@…`). */
export const PORTAL_COLUMNS = [
  'Name of Covered Entity',
  'State',
  'Covered Entity Type',
  'Individuals Affected',
  'Breach Submission Date',
  'Type of Breach',
  'Location of Breached Information',
  'Business Associate Present',
  'Web Description',
] as const;

export interface NormaliseOptions {
  /**
   * text = the portal's Web Description column (only whether it is present is kept);
   * flag = a processed copy's `Web Description Present In Source` column holding Y/N;
   * none = the file has no such column (cell 9 is empty): no description.
   */
  descriptionColumn?: 'text' | 'flag' | 'none';
  /** ISO date of today: a submission date after it is impossible (default: today, UTC). */
  today?: string;
}

export type NormaliseResult =
  { ok: true; record: ExportRecord; issues: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Turns the 9 raw cells of one export row into a record, or says why it cannot. Shared by the
 * CSV and the xlsx readers so both apply exactly the same rules.
 *
 * A row is skipped (severity error) only when a value the merge depends on is unusable: the
 * name, the submission date, or a count that is present but not a whole number. Every other
 * gap (state, entity type, count, business associate, empty lists) keeps the row with null or
 * [] and a warning, because the portal itself leaves those empty for real cases.
 */
export function normaliseRecord(
  cells: readonly string[],
  file: string,
  row: number,
  options: NormaliseOptions = {},
): NormaliseResult {
  if (cells.length !== PORTAL_COLUMNS.length) {
    return { ok: false, issues: [columnCountIssue(cells, PORTAL_COLUMNS.length, file, row)] };
  }
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const name = textOf(cells, 0, file, row, warnings);
  if (name === '') {
    errors.push(
      makeIssue(
        file,
        row,
        PORTAL_COLUMNS[0],
        'error',
        'empty-name',
        `row ${row}: ${PORTAL_COLUMNS[0]} is empty; row skipped`,
      ),
    );
  }

  const rawState = textOf(cells, 1, file, row, warnings);
  let state: string | null = null;
  if (rawState === '') {
    warnings.push(
      makeIssue(
        file,
        row,
        PORTAL_COLUMNS[1],
        'warning',
        'empty-state',
        `row ${row}: State is empty; kept with no state`,
      ),
    );
  } else if (/^[A-Za-z]{2}$/.test(rawState)) {
    state = rawState.toUpperCase();
  } else {
    warnings.push(
      makeIssue(
        file,
        row,
        PORTAL_COLUMNS[1],
        'warning',
        'bad-state',
        `row ${row}: State ${quote(rawState)} is not a two-letter code; kept with no state`,
      ),
    );
  }

  const rawEntityType = textOf(cells, 2, file, row, warnings);
  const entityType = rawEntityType === '' ? null : rawEntityType;
  if (entityType === null) {
    warnings.push(
      makeIssue(
        file,
        row,
        PORTAL_COLUMNS[2],
        'warning',
        'empty-entity-type',
        `row ${row}: Covered Entity Type is empty; kept with no type`,
      ),
    );
  }

  const rawCount = collapse(cellOf(cells, 3));
  const count = parseCount(rawCount);
  let individuals: number | null = null;
  if (!count.ok) {
    errors.push(
      makeIssue(
        file,
        row,
        PORTAL_COLUMNS[3],
        'error',
        count.impossible ? 'impossible-count' : 'bad-count',
        `row ${row}: Individuals Affected ${quote(rawCount)} ${count.reason}; row skipped`,
      ),
    );
  } else {
    individuals = count.value;
    if (count.note === 'empty') {
      warnings.push(
        makeIssue(
          file,
          row,
          PORTAL_COLUMNS[3],
          'warning',
          'empty-count',
          `row ${row}: Individuals Affected is empty; kept with no count`,
        ),
      );
    } else if (count.note === 'thousands-separator') {
      warnings.push(
        makeIssue(
          file,
          row,
          PORTAL_COLUMNS[3],
          'warning',
          'thousands-separator',
          `row ${row}: Individuals Affected ${quote(rawCount)} has thousands separators; read as ${individuals}`,
        ),
      );
    }
  }

  const rawDate = collapse(cellOf(cells, 4));
  const date = submissionDate(rawDate);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (date.ok && (date.iso < RULE_START || date.iso > today)) {
    errors.push(
      makeIssue(
        file,
        row,
        PORTAL_COLUMNS[4],
        'error',
        'impossible-date',
        `row ${row}: Breach Submission Date ${quote(rawDate)} is ${date.iso < RULE_START ? `before ${RULE_START}, when the breach notification rule took effect` : `after today (${today})`}; row skipped`,
      ),
    );
  }
  if (!date.ok) {
    errors.push(
      rawDate === ''
        ? makeIssue(
            file,
            row,
            PORTAL_COLUMNS[4],
            'error',
            'missing-date',
            `row ${row}: Breach Submission Date is empty; row skipped`,
          )
        : makeIssue(
            file,
            row,
            PORTAL_COLUMNS[4],
            'error',
            'bad-date',
            `row ${row}: Breach Submission Date ${quote(rawDate)} ${date.reason}; row skipped`,
          ),
    );
  }

  const breachTypes = splitList(textOf(cells, 5, file, row, warnings));
  if (breachTypes.length === 0) {
    warnings.push(
      makeIssue(
        file,
        row,
        PORTAL_COLUMNS[5],
        'warning',
        'empty-breach-type',
        `row ${row}: Type of Breach is empty; kept with no type`,
      ),
    );
  }
  const locations = splitList(textOf(cells, 6, file, row, warnings));
  if (locations.length === 0) {
    warnings.push(
      makeIssue(
        file,
        row,
        PORTAL_COLUMNS[6],
        'warning',
        'empty-location',
        `row ${row}: Location of Breached Information is empty; kept with no location`,
      ),
    );
  }

  const rawAssociate = textOf(cells, 7, file, row, warnings);
  let businessAssociate: boolean | null = null;
  if (/^yes$/i.test(rawAssociate)) businessAssociate = true;
  else if (/^no$/i.test(rawAssociate)) businessAssociate = false;
  else if (rawAssociate === '') {
    warnings.push(
      makeIssue(
        file,
        row,
        PORTAL_COLUMNS[7],
        'warning',
        'empty-business-associate',
        `row ${row}: Business Associate Present is empty; kept as unknown`,
      ),
    );
  } else {
    warnings.push(
      makeIssue(
        file,
        row,
        PORTAL_COLUMNS[7],
        'warning',
        'bad-business-associate',
        `row ${row}: Business Associate Present ${quote(rawAssociate)} is not Yes/No; kept as unknown`,
      ),
    );
  }

  // The description text is never kept (and is garbled in one copy), so it is not repaired.
  // Only the flag form is collapsed: a full description can be kilobytes and only its presence counts.
  const rawDescription =
    options.descriptionColumn === 'flag' ? collapse(cellOf(cells, 8)) : cellOf(cells, 8);
  let hasWebDescription: boolean;
  if (options.descriptionColumn === 'flag') {
    hasWebDescription = /^y(es)?$/i.test(rawDescription);
    if (!/^(y(es)?|no?)$/i.test(rawDescription)) {
      warnings.push(
        makeIssue(
          file,
          row,
          'Web Description Present In Source',
          'warning',
          'bad-description-flag',
          `row ${row}: Web Description Present In Source ${quote(rawDescription)} is not Y/N; read as no description`,
        ),
      );
    }
  } else {
    // A description with no letter or digit is debris (the portal has one that is just `\\`).
    hasWebDescription = /[\p{L}\p{N}]/u.test(rawDescription);
  }

  if (errors.length > 0 || !date.ok) return { ok: false, issues: errors };
  return {
    ok: true,
    record: {
      file,
      row,
      name,
      state,
      entityType,
      individuals,
      submitted: date.iso,
      breachTypes,
      locations,
      businessAssociate,
      hasWebDescription,
    },
    issues: warnings,
  };
}

/**
 * Cell `index`; `\N` is the SQL null marker: the portal itself emits it in Web Description and
 * MySQL round-trips emit it anywhere, so it means "empty" in every column.
 */
function cellOf(cells: readonly string[], index: number): string {
  const value = cells[index] ?? '';
  return value.trim() === '\\N' ? '' : value;
}

/** A text cell, mojibake repaired, control characters removed, whitespace collapsed (warned when changed). */
function textOf(
  cells: readonly string[],
  index: number,
  file: string,
  row: number,
  warnings: Issue[],
): string {
  const raw = cellOf(cells, index);
  // Printable ASCII without `??` (most cells) has nothing to repair or remove: only collapse it.
  if (!NEEDS_REPAIR.test(raw)) return collapse(raw);
  const column = PORTAL_COLUMNS[index] ?? '';
  const { text: repaired } = repairMojibake(raw);
  // Control characters left after the repair are debris of some other encoding accident.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const clean = collapse(repaired.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, ''));
  if (clean !== collapse(raw)) {
    warnings.push(
      makeIssue(
        file,
        row,
        column,
        'warning',
        'repaired-text',
        `row ${row}: ${column} ${quote(collapse(raw))} had garbled characters; read as ${quote(clean)}`,
      ),
    );
  }
  return clean;
}

/** The same test repairMojibake starts with: anything outside printable ASCII, or a `??`. */
const NEEDS_REPAIR = /[^\x20-\x7e]|\?\?/;

/** Cache size for values that repeat across rows (dates, type lists): a few thousand distinct. */
const CACHE_LIMIT = 8192;
const dates = new Map<string, ReturnType<typeof parseSubmissionDate>>();

/** parseSubmissionDate, remembered per raw text (an export has a few thousand distinct dates). */
function submissionDate(raw: string): ReturnType<typeof parseSubmissionDate> {
  const known = dates.get(raw);
  if (known !== undefined) return known;
  const parsed = parseSubmissionDate(raw);
  if (dates.size >= CACHE_LIMIT) dates.clear();
  // The key is copied so the cache never keeps the chunk of text it was cut from.
  dates.set(detachString(raw), parsed);
  return parsed;
}

/** A row whose width is not the header's; the row is skipped. */
export function columnCountIssue(
  cells: readonly string[],
  expected: number,
  file: string,
  row: number,
): Issue {
  // Too many columns plus a line break inside a cell is the mark of a quote left open, which
  // pulls the next record into this one: say so, since that record is lost too.
  const merged = cells.length > expected && cells.some((c) => /[\r\n]/.test(c));
  const hint = merged
    ? ' (a quote is probably not closed, so the next record was read into this one)'
    : '';
  return makeIssue(
    file,
    row,
    null,
    'error',
    'column-count',
    `row ${row}: has ${cells.length} columns, expected ${expected}${hint}; row skipped`,
  );
}

/** Trims and collapses every whitespace run (tabs, no-break spaces, embedded newlines) to one space. */
function collapse(value: string): string {
  // Most cells hold single spaces only: skip the regex replace for them.
  if (!/\s\s|[^\S ]/.test(value)) return value.trim();
  return value.replace(/\s+/g, ' ').trim();
}

const lists = new Map<string, string[]>();

/**
 * `"Theft, Unauthorized Access/Disclosure"` → two entries; empty entries (`"Laptop,"`) dropped.
 * The same text gives the same frozen array (an export has a few hundred distinct lists), its
 * entries copied out of the chunk text: a million records then share a few hundred arrays.
 */
function splitList(value: string): string[] {
  const known = lists.get(value);
  if (known !== undefined) return known;
  const list = value
    .split(',')
    .map((part) => detachString(part.trim()))
    .filter((part) => part !== '');
  Object.freeze(list);
  if (lists.size >= CACHE_LIMIT) lists.clear();
  lists.set(detachString(value), list);
  return list;
}

/** Shows a raw value in a message; control characters are made visible so a garbled value can be found. */
export function quote(value: string): string {
  const shown = value.replace(
    CONTROL_CHARACTERS,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${shown}"`;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
