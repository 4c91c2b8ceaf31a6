import { describe, expect, it } from 'vitest';
import { DECK_FORMAT, DECK_VERSION, type Deck } from '../../src/data/deck/Deck';
import { parsePresentMessage } from '../../src/features/presentation/presentChannel';

const deck: Deck = {
  format: DECK_FORMAT,
  version: DECK_VERSION,
  title: 'Breaches',
  slides: [
    {
      id: 's1',
      view: '?v=2',
      show: 'headline',
      title: 'How many',
      caption: '{individuals} people',
      notes: '',
      question: '',
    },
  ],
};

describe('parsePresentMessage(data): every presenter-channel message is checked', () => {
  it('accepts the three messages the windows send', () => {
    expect(parsePresentMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parsePresentMessage({ type: 'go', slide: 3, revealed: true })).toEqual({
      type: 'go',
      slide: 3,
      revealed: true,
    });
    expect(parsePresentMessage({ type: 'state', slide: 0, revealed: false, deck })).toEqual({
      type: 'state',
      slide: 0,
      revealed: false,
      deck,
    });
    expect(parsePresentMessage({ type: 'state', slide: 0, revealed: false, deck: null })).toEqual({
      type: 'state',
      slide: 0,
      revealed: false,
      deck: null,
    });
  });

  it('refuses anything else another page of the origin might post', () => {
    const cyclic: Record<string, unknown> = { type: 'state', slide: 0, revealed: false };
    cyclic.deck = cyclic;
    const bad: unknown[] = [
      null,
      'hello',
      [],
      { type: 'hello', extra: 1 },
      { type: 'go', slide: -1, revealed: true },
      { type: 'go', slide: 1.5, revealed: true },
      { type: 'go', slide: 1e9, revealed: true },
      { type: 'go', slide: '2', revealed: true },
      { type: 'go', slide: 2, revealed: 'yes' },
      { type: 'state', slide: 0, revealed: false, deck: { slides: 'all' } },
      { type: 'state', slide: 0, revealed: false, deck: { ...deck, slides: [{ id: 's1' }] } },
      { type: 'state', slide: 0, revealed: false },
      cyclic,
      { type: 'reload' },
    ];
    for (const data of bad) expect(parsePresentMessage(data)).toBeNull();
  });
});
