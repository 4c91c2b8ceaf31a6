import type { ReactNode } from 'react';
import './ui.css';
import { useAppStore } from '../state/store';

/**
 * The source line under every panel: who published the figures (linked), their as-of date and
 * age, what they count, and a way to the Sources dialog (every dataset, citation, downloads).
 * `panel` names the panel for tests and screen readers; `source` the source keys it draws on.
 */
export function SourceLine({
  panel,
  source,
  children,
}: {
  panel: string;
  source: string;
  children: ReactNode;
}) {
  const openDialog = useAppStore((s) => s.openDialog);
  return (
    <p className="source-line" data-testid="source-line" data-panel={panel} data-source={source}>
      {children}{' '}
      <button
        type="button"
        className="link-button source-open"
        aria-haspopup="dialog"
        onClick={() => openDialog({ kind: 'sources' })}
      >
        Sources &amp; citation
      </button>
    </p>
  );
}
