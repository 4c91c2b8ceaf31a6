import type { Deck } from '../../data/deck/Deck';

/** Messages between the main window and the presenter window (same origin, same browser). */
export type PresentMessage =
  | { type: 'state'; slide: number; revealed: boolean; deck: Deck | null }
  | { type: 'hello' }
  | { type: 'go'; slide: number; revealed: boolean };

const NAME = 'health-breach-atlas:present';

/** A BroadcastChannel wrapper; null where the browser has none (the presenter window then cannot follow). */
export function openPresentChannel(
  onMessage: (m: PresentMessage) => void,
): { post: (m: PresentMessage) => void; close: () => void } | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = (e: MessageEvent<PresentMessage>) => {
    if (e.data && typeof e.data === 'object' && 'type' in e.data) onMessage(e.data);
  };
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}
