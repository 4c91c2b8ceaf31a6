import { useId, useRef, useState } from 'react';

/** The view's citation, ready to copy (clipboard, or selected for Ctrl+C when that is refused). */
export function CiteThis({ citation }: { citation: string }) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(citation);
      setStatus('Copied.');
    } catch {
      box.current?.select();
      setStatus('Selected: press Ctrl+C (⌘C) to copy.');
    }
  };
  return (
    <section className="cite-this" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Cite this view</h3>
      <label htmlFor={id} className="visually-hidden">
        Citation
      </label>
      <textarea
        id={id}
        ref={box}
        readOnly
        rows={4}
        value={citation}
        data-testid="citation"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="cite-actions">
        <button type="button" onClick={() => void copy()} data-testid="copy-citation">
          Copy citation
        </button>
        <span role="status" className="cite-status">
          {status}
        </span>
      </div>
    </section>
  );
}
