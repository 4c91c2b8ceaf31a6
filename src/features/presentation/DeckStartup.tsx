import { useState } from 'react';
import { decodeDeckLink } from '../../data/deck/deckLink';
import { useAppStore } from '../../state/store';
import { loadSavedDeck, saveDeck } from './deckStorage';

let startup: { problem: string | null } | null = null;

/**
 * Once per page load: the teacher's saved deck, or a deck arriving in the link (`#deck=…`), which
 * then becomes the saved one. Returns a problem to show (a broken deck link: the deck already kept
 * stays). Idempotent, so a remount or React's double render does not repeat it.
 */
export function startDecks(): string | null {
  if (startup) return startup.problem;
  startup = { problem: null };
  const saved = loadSavedDeck();
  if (saved) useAppStore.getState().setDeck(saved);
  const fromLink = decodeDeckLink(location.hash);
  if (!fromLink) return null;
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  if (fromLink.ok) {
    useAppStore.getState().setDeck(fromLink.deck);
    startup.problem = saveDeck(fromLink.deck);
  } else {
    startup.problem = `${fromLink.issues.map((i) => i.message).join(' ')} The deck you had is unchanged.`;
  }
  return startup.problem;
}

/** Loads the decks at start and shows a problem with a deck link, if any. */
export function DeckStartup() {
  const [problem, setProblem] = useState(startDecks);
  if (!problem) return null;
  return (
    <p className="notice error" role="alert" data-testid="deck-link-problem">
      {problem}{' '}
      <button type="button" onClick={() => setProblem(null)}>
        Dismiss
      </button>
    </p>
  );
}
