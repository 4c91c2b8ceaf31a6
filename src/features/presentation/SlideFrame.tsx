import type { Slide, SlideShow } from '../../data/deck/Deck';
import type { ViewState } from '../../state/viewState';
import { HeadlineFigure } from './HeadlineFigure';
import { ViewProvider } from '../../state/viewContext';
import type { SlideRegistry } from './slideRegistry';
import { SlideCaption } from './SlideCaption';
import { SlideSource } from './SlideSource';
import { useSlideFacts } from './useSlideFacts';

interface Props {
  slide: Slide;
  view: ViewState;
  /** Whether the figure shows (false = the "predict first" question is up). */
  showFigure: boolean;
  slides: SlideRegistry;
}

/**
 * One slide: title, caption filled from the data, then its question or its figure. `view` is the
 * slide's view (the live one while presenting, the saved one in a handout); the figure reads it.
 */
export function SlideFrame({ slide, view, showFigure, slides }: Props) {
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
            <ViewProvider view={view}>
              <SlideFigure slides={slides} show={slide.show} />
            </ViewProvider>
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

function SlideFigure({
  slides,
  show,
}: {
  slides: SlideRegistry;
  show: Exclude<SlideShow, 'headline'>;
}) {
  const Figure = slides[show];
  return Figure ? <Figure /> : <p role="alert">This kind of slide ({show}) cannot be drawn.</p>;
}
