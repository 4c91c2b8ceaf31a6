import type { Deck } from '../../data/deck/Deck';
import { selectViewState, useAppStore } from '../../state/store';
import { parseUrlState, serializeUrlState } from '../../state/urlState';
import { DEFAULT_DECK } from './defaultDeck';

/** The deck being presented: the teacher's own, or the built-in one. */
export function useDeck(): Deck {
  return useAppStore((s) => s.deck) ?? DEFAULT_DECK;
}

/** Shows slide i: its saved view goes into the store (so the charts are live and filterable). */
export function applySlide(deck: Deck, i: number, revealed: boolean): void {
  const index = Math.min(Math.max(0, i), deck.slides.length - 1);
  const slide = deck.slides[index];
  if (!slide) return;
  useAppStore.setState({ ...parseUrlState(slide.view), slide: index, revealed });
}

/** Starts presenting at slide i, remembering the dashboard view to come back to. */
export function startPresenting(deck: Deck, i = 0): void {
  const s = useAppStore.getState();
  s.setReturnView(serializeUrlState(selectViewState(s)));
  useAppStore.setState({ mode: 'present' });
  applySlide(deck, i, false);
}

/** Ends the presentation and restores the view the teacher started from. */
export function stopPresenting(): void {
  const back = useAppStore.getState().returnView ?? '?v=2&page=classroom';
  useAppStore.setState({ ...parseUrlState(back), mode: 'dashboard', returnView: null });
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** The dashboard link of a view at the page's own address (file:// included: no "null" origin). */
export function viewLink(query: string): string {
  return `${location.protocol}//${location.host}${location.pathname}${query}`;
}
