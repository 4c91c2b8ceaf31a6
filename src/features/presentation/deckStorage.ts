import type { Deck } from '../../data/deck/Deck';
import { parseDeck } from '../../data/deck/parseDeck';
import { serialiseDeck } from '../../data/deck/serialiseDeck';

const KEY = 'health-breach-atlas:deck';

/** The teacher's own deck from this browser, or null (none saved, or storage unavailable). */
export function loadSavedDeck(): Deck | null {
  try {
    const text = localStorage.getItem(KEY);
    if (text === null) return null;
    const parsed = parseDeck(text, 'saved deck');
    return parsed.ok ? parsed.deck : null;
  } catch {
    return null;
  }
}

/** Saves (or, for null, forgets) the teacher's deck; returns an error message when storage refuses. */
export function saveDeck(deck: Deck | null): string | null {
  try {
    if (deck === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, serialiseDeck(deck));
    return null;
  } catch (e) {
    return `Your deck could not be kept in this browser (${e instanceof Error ? e.message : 'storage unavailable'}). Save it as a file so nothing is lost.`;
  }
}
