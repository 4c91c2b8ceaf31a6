import { useEffect, useState } from 'react';
import { downloadBlob, fileNameFor } from '../../ui/downloadBlob';
import type { Deck } from '../../data/deck/Deck';
import { decodeDeckLink } from '../../data/deck/deckLink';
import { serialiseDeck } from '../../data/deck/serialiseDeck';
import { useAppStore } from '../../state/store';
import { loadSavedDeck, saveDeck } from './deckStorage';
import { startPresenting } from './presentation';

type Arrival = { kind: 'shared'; deck: Deck } | { kind: 'problem'; message: string } | null;

let savedLoaded = false;

/** The teacher's saved deck, once per page load (idempotent under remounts and double renders). */
function loadSaved(): void {
  if (savedLoaded) return;
  savedLoaded = true;
  const saved = loadSavedDeck();
  if (saved) useAppStore.getState().setDeck(saved);
}

/**
 * A deck arriving in the link (`#deck=…`, at load or pasted into an open page). It never replaces
 * the teacher's own deck by itself: it is held apart until the teacher chooses what to do with it.
 */
function takeLinkDeck(): Arrival {
  const fromLink = decodeDeckLink(location.hash);
  if (!fromLink) return null;
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  if (fromLink.ok) return { kind: 'shared', deck: fromLink.deck };
  return {
    kind: 'problem',
    message: `${fromLink.issues.map((i) => i.message).join(' ')} The deck you had is unchanged.`,
  };
}

let firstArrival: Arrival | undefined;

/** Before the first render: the saved deck in the store, a link's deck held for the teacher's choice. */
export function startDecks(): void {
  loadSaved();
  if (firstArrival === undefined) firstArrival = takeLinkDeck();
}

/**
 * Loads the saved deck at start, then offers a shared deck from the link: present it (your deck
 * stays saved), save it as a file, or replace your deck (with an undo). Nothing is overwritten
 * without the teacher's say.
 */
export function DeckStartup() {
  loadSaved();
  const [arrival, setArrival] = useState<Arrival>(() => {
    if (firstArrival === undefined) firstArrival = takeLinkDeck();
    return firstArrival;
  });
  const [undo, setUndo] = useState<{ previous: Deck | null; message: string } | null>(null);
  useEffect(() => {
    const onHash = () => {
      const next = takeLinkDeck();
      if (next) setArrival(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const close = () => {
    firstArrival = null;
    setArrival(null);
  };

  if (undo) {
    return (
      <p className="notice" role="status" data-testid="deck-replaced">
        {undo.message}{' '}
        <button
          type="button"
          onClick={() => {
            useAppStore.getState().setDeck(undo.previous);
            saveDeck(undo.previous);
            setUndo(null);
          }}
        >
          Undo
        </button>{' '}
        <button type="button" onClick={() => setUndo(null)}>
          Dismiss
        </button>
      </p>
    );
  }
  if (!arrival) return null;
  if (arrival.kind === 'problem') {
    return (
      <p className="notice error" role="alert" data-testid="deck-link-problem">
        {arrival.message}{' '}
        <button type="button" onClick={close}>
          Dismiss
        </button>
      </p>
    );
  }
  const shared = arrival.deck;
  return (
    <div
      className="notice shared-deck"
      role="region"
      aria-label="Shared deck"
      data-testid="shared-deck"
    >
      <p>
        Shared deck: <strong>{shared.title}</strong> ({shared.slides.length} slides). Your own deck
        is unchanged.
      </p>
      <button
        type="button"
        onClick={() => {
          close();
          // Shown, not saved: your deck comes back when you reload or leave.
          useAppStore.getState().setDeck(shared);
          startPresenting(shared, 0);
        }}
      >
        Present it
      </button>{' '}
      <button
        type="button"
        onClick={() =>
          downloadBlob(
            new Blob([serialiseDeck(shared)], { type: 'application/json' }),
            fileNameFor(shared.title, 'json'),
          )
        }
      >
        Save it as a file
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          const previous = useAppStore.getState().deck;
          useAppStore.getState().setDeck(shared);
          const problem = saveDeck(shared);
          close();
          setUndo({ previous, message: problem ?? `Your deck is now “${shared.title}”.` });
        }}
      >
        Replace my deck
      </button>{' '}
      <button type="button" onClick={close}>
        Dismiss
      </button>
    </div>
  );
}
