import type { SlideFacts } from '../../data/deck/slideFacts';

/** The headline slide: the largest breach of the view as one big number. */
export function HeadlineFigure({ facts }: { facts: SlideFacts | null }) {
  if (!facts) return <p role="status">Loading…</p>;
  if (!facts.largestIndividuals) return <p>No breach with a known count matches this view.</p>;
  return (
    <div className="headline-figure" data-testid="headline-figure">
      <p className="headline-number">{facts.largestIndividuals}</p>
      <p className="headline-label">
        individuals affected — {facts.largest}, {facts.largestYear}
      </p>
    </div>
  );
}
