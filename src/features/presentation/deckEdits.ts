import type { Deck, Slide } from '../../data/deck/Deck';

/** Pure deck edits; each returns a new deck and leaves the given one untouched. */
export function addSlide(deck: Deck, slide: Omit<Slide, 'id'>): Deck {
  const ids = new Set(deck.slides.map((s) => s.id));
  let n = deck.slides.length + 1;
  while (ids.has(`slide-${n}`)) n += 1;
  return { ...deck, slides: [...deck.slides, { ...slide, id: `slide-${n}` }] };
}

/** Moves slide i by delta places (−1 up, +1 down); out of range = unchanged. */
export function moveSlide(deck: Deck, i: number, delta: number): Deck {
  const j = i + delta;
  if (i < 0 || j < 0 || i >= deck.slides.length || j >= deck.slides.length) return deck;
  const slides = [...deck.slides];
  const [moved] = slides.splice(i, 1);
  if (!moved) return deck;
  slides.splice(j, 0, moved);
  return { ...deck, slides };
}

/** Removes slide i; the last slide stays (a deck has at least one). */
export function removeSlide(deck: Deck, i: number): Deck {
  if (deck.slides.length <= 1) return deck;
  return { ...deck, slides: deck.slides.filter((_, k) => k !== i) };
}

export function updateSlide(deck: Deck, i: number, patch: Partial<Omit<Slide, 'id'>>): Deck {
  return { ...deck, slides: deck.slides.map((s, k) => (k === i ? { ...s, ...patch } : s)) };
}
