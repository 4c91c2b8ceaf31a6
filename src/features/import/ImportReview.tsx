import type { ImportReport } from '../../data/importReport';
import type { ReviewAnswer } from '../../workers/historyProtocol';

/**
 * The merge is ready but not saved: says why it needs the user's word (a removal, a mass
 * closing) and offers to save it or to cancel, which leaves the stored history as it was.
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
      <p className="import-review-actions">
        <button
          type="button"
          data-testid="import-apply"
          onClick={() => onAnswer({ action: 'apply' })}
        >
          Apply and save
        </button>
        {onCancel && (
          <button type="button" data-testid="import-review-cancel" onClick={onCancel}>
            Cancel, keep the data as it is
          </button>
        )}
      </p>
    </div>
  );
}
