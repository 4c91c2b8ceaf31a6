import type { Deck } from '../../data/deck/Deck';
import { DECK_LIMITS } from '../../data/deck/Deck';
import { parseDeck } from '../../data/deck/parseDeck';

/** Messages between the main window and the presenter window (same origin, same browser). */
export type PresentMessage =
  | { type: 'state'; slide: number; revealed: boolean; deck: Deck | null }
  | { type: 'hello' }
  | { type: 'go'; slide: number; revealed: boolean };

const NAME = 'health-breach-atlas:present';

/**
 * A message as the windows send it, or null. Any page of the origin can post on the channel, so
 * every message is checked field by field (a deck with parseDeck's rules) before it is used:
 * an unchecked one could blank the presenter window.
 */
export function parsePresentMessage(data: unknown): PresentMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  const slide = (n: unknown): n is number =>
    typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < DECK_LIMITS.slides;
  switch (m.type) {
    case 'hello':
      return keys === 'type' ? { type: 'hello' } : null;
    case 'go':
      return keys === 'revealed,slide,type' && slide(m.slide) && typeof m.revealed === 'boolean'
        ? { type: 'go', slide: m.slide, revealed: m.revealed }
        : null;
    case 'state': {
      if (keys !== 'deck,revealed,slide,type' || !slide(m.slide) || typeof m.revealed !== 'boolean')
        return null;
      if (m.deck === null)
        return { type: 'state', slide: m.slide, revealed: m.revealed, deck: null };
      let text: string;
      try {
        text = JSON.stringify(m.deck);
      } catch {
        return null;
      }
      const deck = parseDeck(text, 'presenter message');
      return deck.ok
        ? { type: 'state', slide: m.slide, revealed: m.revealed, deck: deck.deck }
        : null;
    }
    default:
      return null;
  }
}

/** A BroadcastChannel wrapper; null where the browser has none (the presenter window then cannot follow). */
export function openPresentChannel(
  onMessage: (m: PresentMessage) => void,
): { post: (m: PresentMessage) => void; close: () => void } | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const message = parsePresentMessage(e.data);
    if (message) onMessage(message);
  };
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}
