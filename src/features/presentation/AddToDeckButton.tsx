import { useState } from 'react';
import { selectViewState, useAppStore } from '../../state/store';
import { serializeUrlState } from '../../state/urlState';
import { addSlide } from './deckEdits';
import { saveDeck } from './deckStorage';
import { useDeck } from './presentation';

/**
 * "Add this view to my deck" from any page: the explorer's view becomes a time-chart slide, the
 * workforce page's an outlook slide. Titles and words are edited later on the Classroom page.
 */
export function AddToDeckButton() {
  const deck = useDeck();
  // Only the page: the rest of the view is read when the button is pressed, so a filter change
  // does not re-render the header.
  const page = useAppStore((s) => s.page);
  const [message, setMessage] = useState<string | null>(null);
  if (page !== 'explore' && page !== 'workforce') return null;
  const add = () => {
    const view = selectViewState(useAppStore.getState());
    const show = view.page === 'workforce' ? 'workforce-outlook' : 'time';
    const next = addSlide(deck, {
      view: serializeUrlState(view),
      show,
      title: view.page === 'workforce' ? 'Workforce outlook' : 'This view',
      caption: '',
      notes: '',
      question: '',
    });
    useAppStore.getState().setDeck(next);
    const problem = saveDeck(next);
    setMessage(problem ?? `Added as slide ${next.slides.length}; edit it on the Classroom page.`);
  };
  return (
    <span className="add-to-deck">
      <button type="button" onClick={add}>
        Add this view to my deck
      </button>
      {message && (
        <span role="status" data-testid="add-to-deck-status">
          {' '}
          {message}
        </span>
      )}
    </span>
  );
}
