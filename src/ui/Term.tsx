import { memo, type ReactNode } from 'react';
import './ui.css';
import { useAppStore } from '../state/store';
import { linkTerms } from './glossary';

/**
 * A word the glossary explains, where it first appears on a page: a quiet link that opens the
 * glossary at its entry. The word stays readable as text for a screen reader.
 */
export const Term = memo(function Term({ id, children }: { id: string; children: ReactNode }) {
  const openDialog = useAppStore((s) => s.openDialog);
  return (
    <a
      href={`#glossary-${id}`}
      className="term"
      data-term={id}
      aria-haspopup="dialog"
      onClick={(e) => {
        e.preventDefault();
        openDialog({ kind: 'glossary', term: id });
      }}
    >
      {children}
    </a>
  );
});

/** Plain text (a slide's notes) with the first mention of each glossary term linked. */
export function TermText({ text }: { text: string }) {
  return (
    <>
      {linkTerms(text).map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <Term key={`${part.id}-${i}`} id={part.id}>
            {part.text}
          </Term>
        ),
      )}
    </>
  );
}
