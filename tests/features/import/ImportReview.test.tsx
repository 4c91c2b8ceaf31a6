// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildImportReport } from '../../../src/data/merge/importReport';
import type { HistoryChanges } from '../../../src/data/merge/mergeIntoHistory';
import { ImportReview } from '../../../src/features/import/ImportReview';
import type { ReviewAnswer } from '../../../src/workers/historyProtocol';

afterEach(cleanup);

const ref = (name: string) => ({
  id: name,
  name,
  state: 'OH',
  submitted: '2020-01-01',
  individuals: 900,
});
const changes: HistoryChanges = {
  added: [],
  countsUpdated: [],
  nowArchived: [],
  nowClosed: [],
  removed: [ref('Gone Clinic'), ref('Gone Dental')],
  matchedByRule: { 1: 0, 2: 0, 3: 0, 4: 0 },
  skippedSnapshots: [],
};

describe('ImportReview', () => {
  it('says why the import needs confirmation, and its buttons apply or cancel', () => {
    const report = buildImportReport({
      files: [],
      changes,
      issues: [],
      before: { asOf: '2026-06-01', breaches: 10 },
      after: { asOf: '2026-10-01', breaches: 8 },
    });
    const answers: ReviewAnswer[] = [];
    let cancelled = 0;
    render(
      <ImportReview
        report={report}
        onAnswer={(a) => answers.push(a)}
        onCancel={() => (cancelled += 1)}
      />,
    );
    expect(screen.getByTestId('import-review-reasons').textContent).toBe(
      '2 breaches would be removed as deleted by HHS (missing from a newer whole archive).',
    );
    fireEvent.click(screen.getByTestId('import-apply'));
    fireEvent.click(screen.getByTestId('import-review-cancel'));
    expect(answers).toEqual([{ action: 'apply' }]);
    expect(cancelled).toBe(1);
  });
});
