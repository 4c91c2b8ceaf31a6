import type { Deck } from './Deck';
import { parseDeck, type ParseDeckResult } from './parseDeck';
import { serialiseDeck } from './serialiseDeck';

/**
 * A deck travels in a link's fragment (`#deck=…`, base64url of its JSON) so sharing it needs no
 * server and the deck never reaches one: browsers do not send the fragment.
 */
export function encodeDeckLink(deck: Deck): string {
  const bytes = new TextEncoder().encode(JSON.stringify(JSON.parse(serialiseDeck(deck))));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `deck=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** Reads `#deck=…` (with or without the '#'); null when the fragment carries no deck. */
export function decodeDeckLink(hash: string): ParseDeckResult | null {
  const m = /^#?deck=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!m?.[1]) return null;
  try {
    const binary = atob(m[1].replace(/-/g, '+').replace(/_/g, '/'));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (c) => c.charCodeAt(0)),
    );
    return parseDeck(text, 'deck link');
  } catch {
    return parseDeck('', 'deck link');
  }
}
