import type { Issue } from './types';

/** An Issue from its parts, in the order every reader reports them: where, how bad, what. */
export function makeIssue(
  file: string,
  row: number | null,
  field: string | null,
  severity: Issue['severity'],
  code: string,
  message: string,
): Issue {
  return { file, row, field, severity, code, message };
}
