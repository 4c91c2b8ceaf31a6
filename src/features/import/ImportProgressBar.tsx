import type { ImportProgress } from '../../workers/historyProtocol';
import { formatBytes } from './formatBytes';

const fmt = new Intl.NumberFormat('en-US');

/** Bytes and rows read so far, with Cancel; merging and building show once reading is done. */
export function ImportProgressBar({
  progress,
  onCancel,
}: {
  progress: ImportProgress;
  onCancel: (() => void) | null;
}) {
  const share = progress.totalBytes === 0 ? 1 : progress.bytes / progress.totalBytes;
  const phase =
    progress.phase === 'reading'
      ? `Reading ${progress.files > 1 ? `file ${progress.fileIndex + 1} of ${progress.files}, ` : ''}${progress.file}`
      : progress.phase === 'merging'
        ? 'Merging into the history…'
        : progress.phase === 'saving'
          ? 'Saving in this browser…'
          : 'Building the charts’ table…';
  // Reading speed so far, once there is enough of it to mean something.
  const seconds = (progress.elapsedMs ?? 0) / 1000;
  const rate =
    progress.phase === 'reading' && seconds >= 0.2
      ? ` · ${(progress.bytes / 1e6 / seconds).toFixed(1)} MB/s`
      : '';
  const text = `${formatBytes(progress.bytes)} of ${formatBytes(progress.totalBytes)} · ${fmt.format(progress.rows)} rows${rate}`;
  return (
    <div className="import-progress" data-testid="import-progress">
      <p className="import-progress-phase" aria-live="polite">
        {phase}
      </p>
      <progress
        max={1}
        value={share}
        aria-label="Import progress"
        aria-valuetext={`${Math.round(share * 100)} percent, ${text}`}
      />
      <p className="import-progress-figures">
        <span data-testid="import-progress-text">{text}</span>
        {/* Once stored, the import is done: too late to cancel while the charts' table arrives. */}
        {onCancel && progress.phase !== 'sending' && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </div>
  );
}
