import { useEffect, useRef, useState } from 'react';
import type { Deck } from '../../data/deck/Deck';
import { useAppStore } from '../../state/store';
import { DEFAULT_DECK } from './defaultDeck';
import { openPresentChannel } from './presentChannel';
import { presentKey } from './presentKey';
import { TermText } from '../../ui/Term';
import './presentation.css';

/**
 * The presenter window: notes, a timer and the next slide, following the main window. Its own
 * keys and buttons drive the main window, which stays the single source of the slide number.
 */
export function PresenterConsole() {
  const [at, setAt] = useState(() => ({ slide: useAppStore.getState().slide, revealed: false }));
  const [deck, setDeck] = useState<Deck>(() => useAppStore.getState().deck ?? DEFAULT_DECK);
  const [connected, setConnected] = useState(false);
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<ReturnType<typeof openPresentChannel>>(null);

  useEffect(() => {
    channel.current = openPresentChannel((m) => {
      if (m.type !== 'state') return;
      setConnected(true);
      setAt({ slide: m.slide, revealed: m.revealed });
      setDeck(m.deck ?? DEFAULT_DECK);
    });
    channel.current?.post({ type: 'hello' });
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      clearInterval(timer);
      channel.current?.close();
    };
  }, []);

  const send = (key: string) => {
    const action = presentKey(
      key,
      { ...at, digits: '' },
      deck.slides.length,
      (i) => !!deck.slides[i]?.question,
    );
    if (action.kind === 'move')
      channel.current?.post({
        type: 'go',
        slide: action.position.slide,
        revealed: action.position.revealed,
      });
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement | null)?.closest?.('dialog[open]')) return;
      if (
        ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', ' ', 'Home', 'End'].includes(e.key) &&
        (e.target as HTMLElement | null)?.tagName !== 'BUTTON'
      ) {
        e.preventDefault();
        send(e.key);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const slide = deck.slides[at.slide];
  const next = deck.slides[at.slide + 1];
  const seconds = Math.floor((now - start) / 1000);
  const clock = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <div className="presenter-console" data-testid="presenter-console">
      <header>
        <h1>Presenter view</h1>
        <p role="status" data-testid="presenter-status">
          {connected
            ? `Slide ${at.slide + 1} of ${deck.slides.length}`
            : 'Waiting for the presentation window…'}
        </p>
        <p className="presenter-timer">
          <span aria-label="Time since start">{clock}</span>{' '}
          <button type="button" onClick={() => setStart(Date.now())}>
            Restart timer
          </button>
        </p>
      </header>
      {slide && (
        <section aria-label="Current slide">
          <h2 data-testid="presenter-title">{slide.title}</h2>
          {slide.question && (
            <p className="presenter-question">
              Question {at.revealed ? '(answered)' : '(showing)'}: {slide.question}
            </p>
          )}
          <h3>Notes</h3>
          <p className="presenter-notes" data-testid="presenter-notes">
            {slide.notes ? <TermText text={slide.notes} /> : 'No notes for this slide.'}
          </p>
        </section>
      )}
      <section aria-label="Next slide" className="presenter-next">
        <h3>Next</h3>
        <p data-testid="presenter-next">{next ? next.title : 'End of the deck.'}</p>
      </section>
      <nav aria-label="Presenter controls">
        <button type="button" onClick={() => send('ArrowLeft')}>
          Previous
        </button>
        <button type="button" onClick={() => send('ArrowRight')}>
          {slide?.question && !at.revealed ? 'Reveal' : 'Next'}
        </button>
      </nav>
    </div>
  );
}
