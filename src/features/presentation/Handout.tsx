import { parseUrlState } from '../../state/urlState';
import { useAppStore } from '../../state/store';
import { useDeck } from './presentation';
import type { SlideRegistry } from './slideRegistry';
import { useElementSize } from '../../charts/useElementSize';
import { fitScale, SlideCanvas } from './SlideCanvas';
import { SlideFrame } from './SlideFrame';
import './presentation.css';

/**
 * The deck as a printable handout: every slide answered (figure showing), one per page, with its
 * question and speaker notes. Each slide is drawn from its own saved view, not the live one.
 */
export function Handout({ slides }: { slides: SlideRegistry }) {
  const deck = useDeck();
  const setMode = useAppStore((s) => s.setMode);
  // On screen the frames fit the window's width; print CSS fixes them to the page's.
  const [ref, { width }] = useElementSize<HTMLDivElement>();
  const scale = fitScale(Math.max(320, width - 32), Infinity);
  return (
    <div className="handout" data-testid="handout" ref={ref}>
      <div className="handout-toolbar">
        <h1>{deck.title} — handout</h1>
        <p>One slide per page, with notes. Use your browser’s print command, or:</p>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>{' '}
        <button type="button" onClick={() => setMode('dashboard')}>
          Back
        </button>
      </div>
      {deck.slides.map((slide, i) => {
        const view = parseUrlState(slide.view);
        return (
          <article
            key={slide.id}
            className="handout-slide"
            aria-label={`Slide ${i + 1}: ${slide.title}`}
          >
            <p className="handout-number">
              {deck.title} · slide {i + 1} of {deck.slides.length}
            </p>
            <SlideCanvas scale={scale}>
              <div className="slide" data-show={slide.show}>
                <SlideFrame slide={slide} view={view} showFigure slides={slides} />
              </div>
            </SlideCanvas>
            {slide.question && <p className="handout-question">Predict first: {slide.question}</p>}
            {slide.notes && <p className="handout-notes">Notes: {slide.notes}</p>}
          </article>
        );
      })}
    </div>
  );
}
