// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildImportReport } from '../../../src/data/merge/importReport';
import type { HistoryChanges } from '../../../src/data/merge/mergeIntoHistory';
import { ImportReportView } from '../../../src/features/import/ImportReportView';

afterEach(cleanup);

const changes: HistoryChanges = {
  added: [{ id: 'a', name: 'New Dental', state: 'TX', submitted: '2024-11-01', individuals: 800 }],
  countsUpdated: [
    {
      id: 'c',
      name: 'Change Healthcare, Inc.',
      state: 'MN',
      submitted: '2024-07-19',
      before: 500,
      after: 100_000_000,
      placeholderResolved: true,
    },
  ],
  nowArchived: [],
  nowClosed: [],
  removed: [],
  matchedByRule: { 1: 1, 2: 0, 3: 0, 4: 0 },
  skippedSnapshots: [],
};

describe('ImportReportView', () => {
  it('shows the totals, the breaches behind them and the problems with their file, row and field', () => {
    const report = buildImportReport({
      files: [
        {
          file: 'investigation-2024-11-06.csv',
          bytes: 2048,
          outcome: 'merged',
          rowsRead: 3,
          records: 2,
          snapshots: [],
          refusal: [],
        },
      ],
      changes,
      issues: [
        {
          file: 'investigation-2024-11-06.csv',
          row: 4,
          field: 'Breach Submission Date',
          severity: 'error',
          code: 'bad-date',
          message: 'row 4: Breach Submission Date "13/45/2020" is not a date; row skipped',
        },
      ],
      before: { asOf: '2024-10-17', breaches: 1 },
      after: { asOf: '2024-11-06', breaches: 2 },
    });
    render(<ImportReportView report={report} changed />);
    const value = (id: string) =>
      within(screen.getByTestId(`report-${id}`)).getByText(
        (_, el) => el?.classList.contains('import-total-value') ?? false,
      ).textContent;
    expect([
      value('rows-read'),
      value('added'),
      value('counts-updated'),
      value('problems'),
    ]).toEqual(['3', '1', '1', '1']);
    expect(screen.getByTestId('report-counts-updated').textContent).toContain(
      '1 placeholder count (500/501) replaced by a real count',
    );
    expect(screen.getByTestId('report-added-list').textContent).toContain('New Dental');
    expect(screen.getByTestId('report-counts-list').textContent).toContain('100,000,000');
    const problem = within(screen.getByTestId('report-problems-list')).getAllByRole('row')[1]!;
    expect(problem.textContent).toBe(
      'investigation-2024-11-06.csv4Breach Submission DateSkipped: row 4: Breach Submission Date "13/45/2020" is not a date; row skipped',
    );
    expect(screen.getByTestId('import-asof').textContent).toBe(
      'Data as of 2024-10-17 → 2024-11-06; 1 → 2 breach reports.',
    );
  });

  it('a refused file is an alert naming it, and says the data already loaded is unchanged', () => {
    const report = buildImportReport({
      files: [
        {
          file: 'notes.csv',
          bytes: 20,
          outcome: 'refused',
          rowsRead: 0,
          records: 0,
          snapshots: [],
          refusal: [
            {
              file: 'notes.csv',
              row: null,
              field: null,
              severity: 'error',
              code: 'not-an-export',
              message: 'notes.csv: not an HHS breach-portal export',
            },
          ],
        },
      ],
      changes: null,
      issues: [],
      before: { asOf: '2024-10-17', breaches: 1 },
      after: { asOf: '2024-10-17', breaches: 1 },
    });
    render(<ImportReportView report={report} changed={false} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'One file was not imported:notes.csv: not an HHS breach-portal exportThe data already loaded is unchanged.',
    );
    expect(screen.queryByTestId('report-added')).toBeNull();
  });
});
