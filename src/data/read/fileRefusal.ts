import { makeIssue } from '../schema/makeIssue';
import type { Issue, ReadResult } from '../schema/types';

/** How a file ends, as the chunk reader sees it: a cut download ends inside its last record. */
export interface ReadTail {
  /** Row number of the last data record (header = 1), 1 when there is none. */
  lastRow: number;
  /** The last record was refused because it is cut short (unclosed quote or too few columns). */
  lastRowBroken: boolean;
  endsWithLineBreak: boolean;
}

/**
 * Why a file that was read must be refused whole, or null when its records may be used: it is
 * cut short (its last record is broken and no line break ends it), or it has the header but no
 * record that could be read (an empty list is never taken as "the list is now empty"). The build
 * (`npm run datasets`) and the import page ask this same question, so they refuse the same files.
 */
export function fileRefusal(
  read: Extract<ReadResult, { ok: true }>,
  file: string,
  tail?: ReadTail,
): Issue | null {
  if (tail && tail.lastRowBroken && !tail.endsWithLineBreak) {
    const last = read.issues.find((i) => i.row === tail.lastRow && i.severity === 'error');
    return makeIssue(
      file,
      tail.lastRow,
      last?.field ?? null,
      'error',
      'truncated',
      `${file}: the file stops in the middle of row ${tail.lastRow}${last ? ` (${last.message.replace(/^row \d+: /, '').replace(/; row skipped$/, '')})` : ''}, so it was cut short, e.g. by an interrupted download; nothing from it was merged. Download the export again.`,
    );
  }
  if (read.records.length === 0)
    return makeIssue(
      file,
      null,
      null,
      'error',
      'no-records',
      `${file}: has the export's header but no breach row that could be read; nothing from it was merged.`,
    );
  return null;
}
