import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectViewState, useAppStore } from '../../state/store';
import { appendPresentParams } from '../../state/presentParams';
import { serializeUrlState } from '../../state/urlState';
import { applySlide, stopPresenting, useDeck } from './presentation';
import { openPresentChannel } from './presentChannel';
import { presentKey } from './presentKey';
import { ShareQr } from './ShareQr';
import type { SlideRegistry } from './slideRegistry';
import { SlideCanvas, useWindowFit } from './SlideCanvas';
import { SlideFrame } from './SlideFrame';
import { useShownWhileMoving } from './useShownWhileMoving';
import { TermText } from '../../ui/Term';
import './presentation.css';

/**
 * Presenting: one slide at a time in the projector theme, driven by keys or a clicker, with notes
 * on request and a presenter window that follows over a BroadcastChannel.
 */
export function Presentation({ slides }: { slides: SlideRegistry }) {
  const deck = useDeck();
  const view = useAppStore(useShallow(selectViewState));
  const {
    slide: index,
    revealed,
    showNotes,
    theme,
    deck: ownDeck,
  } = useAppStore(
    useShallow((s) => ({
      slide: s.slide,
      revealed: s.revealed,
      showNotes: s.showNotes,
      theme: s.theme,
      deck: s.deck,
    })),
  );
  const [digits, setDigits] = useState('');
  const [qr, setQr] = useState(false);
  const [blank, setBlank] = useState(false);
  const scale = useWindowFit();
  const controlsShown = useShownWhileMoving(1000);
  const root = useRef<HTMLDivElement>(null);
  const slide = deck.slides[Math.min(index, deck.slides.length - 1)];
  const showFigure = !slide?.question || revealed;
  // The page behind the frame must not scroll: the class lives on <html>.
  useEffect(() => {
    const root = document.documentElement.classList;
    root.add('presenting');
    return () => root.remove('presenting');
  }, []);

  // A link opens a given slide: show that slide's saved view once, on arrival.
  useEffect(() => {
    applySlide(deck, useAppStore.getState().slide, useAppStore.getState().revealed);
    root.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const channel = useRef<ReturnType<typeof openPresentChannel>>(null);
  useEffect(() => {
    channel.current = openPresentChannel((m) => {
      const s = useAppStore.getState();
      if (m.type === 'hello')
        channel.current?.post({
          type: 'state',
          slide: s.slide,
          revealed: s.revealed,
          deck: s.deck,
        });
      if (m.type === 'go') applySlide(s.deck ?? deck, m.slide, m.revealed);
    });
    return () => channel.current?.close();
  }, [deck]);
  useEffect(() => {
    channel.current?.post({ type: 'state', slide: index, revealed, deck: ownDeck });
  }, [index, revealed, ownDeck]);

  /** Carries out what a key means here (from the keyboard, a clicker or the on-screen buttons). */
  const perform = (key: string): boolean => {
    const s = useAppStore.getState();
    if (blank && key !== 'Escape') {
      // Any key brings the slide back from a blanked screen, without moving on.
      setBlank(false);
      return true;
    }
    const action = presentKey(
      key,
      { slide: s.slide, revealed: s.revealed, digits },
      deck.slides.length,
      (i) => !!deck.slides[i]?.question,
    );
    if (action.kind === 'move') {
      setDigits(action.position.digits);
      if (action.position.slide !== s.slide)
        applySlide(deck, action.position.slide, action.position.revealed);
      else if (action.position.revealed !== s.revealed) s.setRevealed(action.position.revealed);
    } else if (action.kind === 'fullscreen') {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else void document.documentElement.requestFullscreen().catch(() => undefined);
    } else if (action.kind === 'notes') s.toggleNotes();
    else if (action.kind === 'theme') s.setTheme(s.theme === 'dark' ? 'light' : 'dark');
    else if (action.kind === 'qr') setQr((v) => !v);
    else if (action.kind === 'blank') setBlank(true);
    else if (action.kind === 'leave') stopPresenting();
    return action.kind !== 'none';
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Typing in a field (the live charts' search, a year picker) must not change slides.
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      // Keys inside an open dialog (the glossary a note links to) are the dialog's: Esc closes it.
      if (target?.closest('dialog[open]')) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Space and Enter on a focused button press the button; the deck only takes them elsewhere.
      if (
        (e.key === ' ' || (e.key === 'Enter' && digits === '')) &&
        target?.tagName === 'BUTTON' &&
        !target.classList.contains('slide-next')
      )
        return;
      if (perform(e.key)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!slide) return null;
  const presenterUrl = `${location.pathname}${appendPresentParams(serializeUrlState(view), { mode: 'presenter', slide: index, theme })}`;

  return (
    <div
      ref={root}
      tabIndex={-1}
      className={`projector theme-${theme}`}
      aria-roledescription="slide deck"
      aria-label={deck.title}
      data-testid="presentation"
    >
      <div className="slide-stage">
        <SlideCanvas scale={scale}>
          <div
            className="slide"
            aria-roledescription="slide"
            aria-label={`Slide ${index + 1} of ${deck.slides.length}: ${slide.title}`}
            aria-live="polite"
            data-show={slide.show}
          >
            <SlideFrame slide={slide} view={view} showFigure={showFigure} slides={slides} />
          </div>
        </SlideCanvas>
      </div>
      {blank && (
        <div className="slide-blank" data-testid="slide-blank" onClick={() => setBlank(false)}>
          <span className="visually-hidden">
            Screen blanked: press any key to show the slide again.
          </span>
        </div>
      )}
      {showNotes && (
        <aside className="slide-notes" aria-label="Speaker notes" data-testid="slide-notes">
          <h3>Notes</h3>
          <p>{slide.notes ? <TermText text={slide.notes} /> : 'No notes for this slide.'}</p>
        </aside>
      )}
      {qr && (
        <div className="slide-qr" data-testid="slide-qr">
          <ShareQr
            query={serializeUrlState({ ...view })}
            label="QR code: open this view on your phone"
            size={320}
          />
        </div>
      )}
      <nav
        className={`slide-bar${controlsShown ? '' : ' slide-bar-hidden'}`}
        aria-label="Presentation controls"
      >
        <button
          type="button"
          onClick={() => perform('ArrowLeft')}
          disabled={index === 0}
          aria-label="Previous slide"
        >
          ‹
        </button>
        <span className="slide-counter" data-testid="slide-counter">
          {index + 1} / {deck.slides.length}
          {digits && <span className="slide-digits"> → {digits}</span>}
        </span>
        <button
          type="button"
          className="slide-next"
          onClick={() => perform('ArrowRight')}
          aria-label={showFigure ? 'Next slide' : 'Reveal the answer'}
        >
          ›
        </button>
        <button type="button" aria-pressed={showNotes} onClick={() => perform('n')}>
          Notes (n)
        </button>
        <button type="button" onClick={() => perform('f')}>
          Full screen (f)
        </button>
        <button type="button" onClick={() => perform('t')}>
          {theme === 'dark' ? 'Light' : 'Dark'} theme (t)
        </button>
        <button type="button" aria-pressed={qr} onClick={() => perform('q')}>
          QR code (q)
        </button>
        <button type="button" onClick={() => perform('b')}>
          Blank (b)
        </button>
        <button
          type="button"
          onClick={() => window.open(presenterUrl, 'hba-presenter', 'popup,width=900,height=700')}
        >
          Presenter window
        </button>
        <button type="button" onClick={stopPresenting}>
          Exit (Esc)
        </button>
      </nav>
    </div>
  );
}
