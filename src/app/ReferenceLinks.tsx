import { useAppStore } from '../state/store';

/** Header links to the Sources-and-citation and Glossary dialogs, on every page. */
export function ReferenceLinks() {
  const openDialog = useAppStore((s) => s.openDialog);
  return (
    <p className="reference-links">
      <button
        type="button"
        className="link-button"
        aria-haspopup="dialog"
        data-testid="open-sources"
        onClick={() => openDialog({ kind: 'sources' })}
      >
        Sources &amp; citation
      </button>
      <button
        type="button"
        className="link-button"
        aria-haspopup="dialog"
        data-testid="open-glossary"
        onClick={() => openDialog({ kind: 'glossary', term: null })}
      >
        Glossary
      </button>
    </p>
  );
}
