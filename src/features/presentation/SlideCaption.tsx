import { fillCaption } from '../../data/deck/fillCaption';
import type { SlideFacts } from '../../data/deck/slideFacts';

/** A slide's caption with its {tokens} filled from the slide's facts (null while the data loads). */
export function SlideCaption({ caption, facts }: { caption: string; facts: SlideFacts | null }) {
  if (caption === '') return null;
  // A caption without {tokens} needs no data; one with tokens waits for the facts.
  if (!facts && !caption.includes('{'))
    return (
      <p className="slide-caption" data-testid="slide-caption">
        {caption}
      </p>
    );
  if (!facts) return <p className="slide-caption">…</p>;
  const filled = fillCaption(caption, facts);
  return (
    <p
      className="slide-caption"
      data-testid="slide-caption"
      title={filled.missing.length > 0 ? `No data for: ${filled.missing.join(', ')}` : undefined}
    >
      {filled.text}
    </p>
  );
}
