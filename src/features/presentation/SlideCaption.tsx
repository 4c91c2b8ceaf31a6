import { fillCaption } from '../../data/deck/fillCaption';
import type { ViewState } from '../../state/viewState';
import { useSlideFacts } from './useSlideFacts';

/** A slide's caption with its {tokens} filled from the data for the given view. */
export function SlideCaption({ caption, view }: { caption: string; view: ViewState }) {
  const facts = useSlideFacts(view);
  if (caption === '') return null;
  if (!facts) return <p className="slide-caption">…</p>;
  const filled = fillCaption(caption, facts);
  return (
    <p className="slide-caption" data-testid="slide-caption" title={filled.missing.length > 0 ? `No data for: ${filled.missing.join(', ')}` : undefined}>
      {filled.text}
    </p>
  );
}
