import { useId, useRef, useState, type DragEvent } from 'react';

/**
 * Where exports come in: a real file input (the keyboard and screen readers reach it as a button)
 * inside an area that also takes files dropped on it.
 */
export function DropZone({
  disabled,
  onFiles,
}: {
  disabled: boolean;
  onFiles: (files: File[]) => void;
}) {
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length > 0 && !disabled) onFiles(files);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  return (
    <div
      className={`import-drop${over ? ' is-over' : ''}${disabled ? ' is-disabled' : ''}`}
      data-testid="import-drop"
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="import-drop-title">Drop portal CSV exports here</p>
      <p className="import-drop-or">or</p>
      <label htmlFor={inputId} className="import-pick">
        Choose CSV files…
      </label>
      <input
        ref={input}
        id={inputId}
        className="import-file"
        type="file"
        accept=".csv,text/csv"
        multiple
        disabled={disabled}
        aria-describedby={hintId}
        data-testid="import-file"
        onChange={(event) => {
          take(event.currentTarget.files);
          // Clear so the same file can be chosen again after a reset.
          event.currentTarget.value = '';
        }}
      />
      <p id={hintId} className="import-hint">
        One or more exports of the under-investigation list or the archive, as the portal saves them
        (.csv). They are read in this browser; nothing is uploaded.
      </p>
    </div>
  );
}
