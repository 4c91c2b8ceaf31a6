import { useEffect } from 'react';
import { Dialog } from '../../ui/Dialog';
import { GLOSSARY } from '../../ui/glossary';
import './sources.css';

/** The glossary, opened at the term that was followed (focused and marked), or at the top. */
export function GlossaryDialog({
  open,
  term,
  onClose,
}: {
  open: boolean;
  term: string | null;
  onClose: () => void;
}) {
  useEffect(() => {
    if (!open || term === null) return;
    const el = document.getElementById(`glossary-${term}`);
    el?.scrollIntoView({ block: 'nearest' });
    el?.focus();
  }, [open, term]);
  return (
    <Dialog open={open} onClose={onClose} title="Glossary" testId="glossary-dialog">
      <p className="chart-note">Words a class needs to read the breach figures.</p>
      <dl className="glossary">
        {GLOSSARY.map((g) => (
          <div
            key={g.id}
            id={`glossary-${g.id}`}
            tabIndex={-1}
            className={g.id === term ? 'glossary-entry is-current' : 'glossary-entry'}
            data-testid="glossary-entry"
          >
            <dt>{g.term}</dt>
            <dd>{g.definition}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
