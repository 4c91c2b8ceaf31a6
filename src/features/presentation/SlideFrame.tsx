import type { Slide } from '../../data/deck/Deck';
import type { ViewState } from '../../state/viewState';
import { HeadlineFigure } from './HeadlineFigure';
import type { RenderSlide } from './renderSlide';
import { SlideCaption } from './SlideCaption';
import { SlideSource } from './SlideSource';
import { useSlideFacts } from './useSlideFacts';

interface Props {
  slide: Slide;
  view: ViewState;
  /** Whether the figure shows (false = the "predict first" question is up). */
  showFigure: boolean;
  renderSlide: RenderSlide;
  fixedView?: ViewState;
}

/** One slide: title, caption filled from the data, then its question or its figure. */
export function SlideFrame({ slide, view, showFigure, renderSlide, fixedView }: Props) {
  // Computed once per slide and view: the caption and the headline number read the same facts.
  const facts = useSlideFacts(view);
  return (
    <>
      <header className="slide-head">
        <h2 className="slide-title">{slide.title}</h2>
        {showFigure && <SlideCaption caption={slide.caption} facts={facts} />}
      </header>
      {showFigure ? (
        <div className="slide-body" data-show={slide.show}>
          {slide.show === 'headline' ? (
            <HeadlineFigure facts={facts} />
          ) : (
            renderSlide(slide, fixedView)
          )}
        </div>
      ) : (
        <div className="slide-question" data-testid="slide-question">
          <p className="slide-question-label">Predict first</p>
          <p className="slide-question-text">{slide.question}</p>
          <p className="slide-question-hint">Press → or Space to reveal.</p>
        </div>
      )}
      {showFigure && <SlideSource show={slide.show} />}
    </>
  );
}
