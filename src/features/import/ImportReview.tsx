import { useId, useState } from 'react';
import type { ImportReport } from '../../data/merge/importReport';
import type { ReviewAnswer } from '../../workers/historyProtocol';
import { DATE_FROM_TEXT } from './ImportReportView';

/**
 * The merge is ready but not saved: says why it needs the user's word (a removal, a mass
 * closing, a file dated by its newest row), lets them correct each file's snapshot date (merged
 * again before anything is saved), and offers to save it or to cancel, which leaves the stored
 * history as it was.
 */
export function ImportReview({
  report,
  onAnswer,
  onCancel,
}: {
  report: ImportReport;
  onAnswer: (answer: ReviewAnswer) => void;
  onCancel: (() => void) | null;
}) {
  const formId = useId();
  const files = report.files.filter((f) => f.outcome === 'merged' && f.snapshots[0]);
  const [dates, setDates] = useState<Record<string, string>>(() =>
    Object.fromEntries(files.map((f) => [f.file, f.snapshots[0]?.date ?? ''])),
  );
  const changed = files.some((f) => dates[f.file] !== f.snapshots[0]?.date);
  return (
    <div className="import-review" role="alert" data-testid="import-review">
      <p>
        <strong>Check before saving.</strong> Nothing is saved until you confirm:
      </p>
      <ul data-testid="import-review-reasons">
        {report.confirm.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <form
        id={formId}
        className="import-review-dates"
        onSubmit={(event) => {
          event.preventDefault();
          onAnswer({ action: 'revise', dates });
        }}
      >
        {files.map((f) => (
          <label key={f.file}>
            Snapshot date of {f.file}{' '}
            <span className="import-total-note">
              ({DATE_FROM_TEXT[f.snapshots[0]?.dateFrom ?? 'given']})
            </span>{' '}
            <input
              type="date"
              required
              min="2009-10-21"
              value={dates[f.file] ?? ''}
              data-testid="import-review-date"
              onChange={(event) => {
                const value = event.currentTarget.value;
                setDates((d) => ({ ...d, [f.file]: value }));
              }}
            />
          </label>
        ))}
      </form>
      <p className="import-review-actions">
        {changed ? (
          <button type="submit" form={formId} data-testid="import-review-remerge">
            Merge again with these dates
          </button>
        ) : (
          <button
            type="button"
            data-testid="import-apply"
            onClick={() => onAnswer({ action: 'apply' })}
          >
            Apply and save
          </button>
        )}
        {onCancel && (
          <button type="button" data-testid="import-review-cancel" onClick={onCancel}>
            Cancel, keep the data as it is
          </button>
        )}
      </p>
    </div>
  );
}
