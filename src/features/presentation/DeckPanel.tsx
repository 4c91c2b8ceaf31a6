import { useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { downloadBlob, fileNameFor } from '../../ui/downloadBlob';
import { SLIDE_SHOWS, type Deck, type SlideShow } from '../../data/deck/Deck';
import { encodeDeckLink } from '../../data/deck/deckLink';
import { parseDeck } from '../../data/deck/parseDeck';
import { serialiseDeck } from '../../data/deck/serialiseDeck';
import { selectViewState, useAppStore } from '../../state/store';
import { serializeUrlState } from '../../state/urlState';
import { addSlide, moveSlide, removeSlide, updateSlide } from './deckEdits';
import { saveDeck } from './deckStorage';
import { startPresenting, useDeck, viewLink } from './presentation';
import { ShareQr } from './ShareQr';
import { SlideEditor } from './SlideEditor';
import './presentation.css';

export const SHOW_NAMES: Record<SlideShow, string> = {
  headline: 'Headline number (largest breach)',
  time: 'Time chart',
  breakdowns: 'Breakdowns (type and location, top six each)',
  map: 'State map',
  largest: 'Largest breaches (top eight)',
  'workforce-outlook': 'Workforce: projected growth',
  'workforce-pay': 'Workforce: pay',
  'workforce-roles': 'Workforce: roles',
  'workforce-case': 'The case (indexed trends)',
  'workforce-claims': 'Claim check',
};

/** The classroom page: the deck, its editing, files, links, handout and QR code. */
export function DeckPanel() {
  const deck = useDeck();
  const own = useAppStore((s) => s.deck) !== null;
  const view = useAppStore(useShallow(selectViewState));
  const [editing, setEditing] = useState<number | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [show, setShow] = useState<SlideShow>('time');
  const [newTitle, setNewTitle] = useState('');
  const [shareLink, setShareLink] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  const commit = (next: Deck | null, info?: string) => {
    useAppStore.getState().setDeck(next);
    const problem = saveDeck(next);
    setMessage(
      problem ? { kind: 'error', text: problem } : info ? { kind: 'info', text: info } : null,
    );
    setShareLink(null);
  };
  const currentQuery = serializeUrlState({
    ...view,
    page: show.startsWith('workforce') ? 'workforce' : 'explore',
  });
  const openFile = async (file: File) => {
    const parsed = parseDeck(await file.text(), file.name);
    if (!parsed.ok) {
      setMessage({
        kind: 'error',
        text: `${parsed.issues.map((i) => i.message).join(' ')} Your current deck is unchanged.`,
      });
      return;
    }
    commit(
      parsed.deck,
      `Opened “${parsed.deck.title}” (${parsed.deck.slides.length} slides) from ${file.name}.`,
    );
  };

  return (
    <div className="deck-panel" data-testid="deck-panel">
      <section className="panel">
        <div className="panel-head">
          <h2>Classroom: {deck.title}</h2>
          <p>
            {own
              ? 'Your own deck, kept in this browser.'
              : 'The built-in deck. Any change makes it your own copy.'}
          </p>
        </div>
        <div className="deck-actions">
          <button type="button" className="primary" onClick={() => startPresenting(deck, 0)}>
            Present from the start
          </button>
          <button type="button" onClick={() => useAppStore.getState().setMode('handout')}>
            Handout (print)
          </button>
          <button
            type="button"
            onClick={() =>
              downloadBlob(
                new Blob([serialiseDeck(deck)], { type: 'application/json' }),
                fileNameFor(deck.title, 'json'),
              )
            }
          >
            Save deck as file
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open deck file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            data-testid="deck-file"
            aria-label="Open deck file"
            tabIndex={-1}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void openFile(file);
            }}
          />
          <button
            type="button"
            onClick={() =>
              setShareLink(`${viewLink('?v=2&page=classroom')}#${encodeDeckLink(deck)}`)
            }
          >
            Share deck as link
          </button>
          {own && (
            <button type="button" onClick={() => commit(null, 'Back to the built-in deck.')}>
              Use the built-in deck
            </button>
          )}
        </div>
        {message && (
          <p
            className={message.kind === 'error' ? 'notice error' : 'notice'}
            role={message.kind === 'error' ? 'alert' : 'status'}
            data-testid="deck-message"
          >
            {message.text}
          </p>
        )}
        {shareLink && (
          <p className="deck-share">
            <label htmlFor={`${id}-share`}>Deck link (the deck travels in the link itself):</label>
            <input
              id={`${id}-share`}
              readOnly
              value={shareLink}
              data-testid="deck-share"
              onFocus={(e) => e.target.select()}
            />
          </p>
        )}
        <ol className="deck-slides" data-testid="deck-slides">
          {deck.slides.map((slide, i) => (
            <li key={slide.id}>
              <div className="deck-slide-row">
                <span className="deck-slide-title">{slide.title}</span>
                <span className="deck-slide-show">{SHOW_NAMES[slide.show]}</span>
                <span className="deck-slide-buttons">
                  <button
                    type="button"
                    onClick={() => startPresenting(deck, i)}
                    aria-label={`Present from slide ${i + 1}`}
                  >
                    Present
                  </button>
                  <button
                    type="button"
                    onClick={() => setEditing(editing === i ? null : i)}
                    aria-expanded={editing === i}
                    aria-label={`Edit slide ${i + 1}`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    disabled={i === 0}
                    onClick={() => commit(moveSlide(deck, i, -1))}
                    aria-label={`Move slide ${i + 1} up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={i === deck.slides.length - 1}
                    onClick={() => commit(moveSlide(deck, i, 1))}
                    aria-label={`Move slide ${i + 1} down`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    disabled={deck.slides.length <= 1}
                    onClick={() => commit(removeSlide(deck, i))}
                    aria-label={`Delete slide ${i + 1}`}
                  >
                    Delete
                  </button>
                </span>
              </div>
              {editing === i && (
                <SlideEditor
                  slide={slide}
                  onCancel={() => setEditing(null)}
                  onSave={(patch) => {
                    commit(updateSlide(deck, i, patch));
                    setEditing(null);
                  }}
                />
              )}
            </li>
          ))}
        </ol>
      </section>
      <div className="deck-grid">
        <section className="panel">
          <h2>Add the current view as a slide</h2>
          <p>
            The slide keeps the filters and years you set in the explorer (and the workforce
            choices). Current view: <code>{currentQuery}</code>
          </p>
          <form
            className="deck-add"
            onSubmit={(e) => {
              e.preventDefault();
              const next = addSlide(deck, {
                view: currentQuery,
                show,
                title: newTitle.trim() || SHOW_NAMES[show],
                caption: '',
                notes: '',
                question: '',
              });
              commit(next, `Added slide ${next.slides.length}.`);
              setNewTitle('');
            }}
          >
            <label htmlFor={`${id}-show`}>Show</label>
            <select
              id={`${id}-show`}
              value={show}
              onChange={(e) => setShow(e.target.value as SlideShow)}
            >
              {SLIDE_SHOWS.map((s) => (
                <option key={s} value={s}>
                  {SHOW_NAMES[s]}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-title`}>Title</label>
            <input
              id={`${id}-title`}
              value={newTitle}
              maxLength={200}
              onChange={(e) => setNewTitle(e.target.value)}
              placeholder={SHOW_NAMES[show]}
            />
            <button type="submit">Add slide</button>
          </form>
        </section>
        <section className="panel">
          <h2>Students: open this view</h2>
          <ShareQr
            query={serializeUrlState({ ...view, page: 'explore' })}
            label="QR code of the current explorer view's link"
          />
        </section>
      </div>
    </div>
  );
}
