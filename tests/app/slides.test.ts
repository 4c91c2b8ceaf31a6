import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../src/app/slides';
import { SLIDE_SHOWS } from '../../src/data/deck/Deck';
import { DEFAULT_DECK } from '../../src/features/presentation/defaultDeck';

describe('the slide registry the app composes', () => {
  it('draws every kind of slide a deck may hold (the headline is the presentation’s own)', () => {
    const missing = SLIDE_SHOWS.filter((show) => show !== 'headline' && !(show in SLIDES));
    expect(missing).toEqual([]);
  });

  it('draws every slide of the built-in deck', () => {
    for (const slide of DEFAULT_DECK.slides)
      if (slide.show !== 'headline') expect(SLIDES[slide.show], slide.id).toBeTypeOf('function');
  });
});
