// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DECK_FORMAT, DECK_VERSION, type Deck } from '../../../src/data/deck/Deck';
import { Handout } from '../../../src/features/presentation/Handout';
import { useAppStore } from '../../../src/state/store';
import { DEFAULT_VIEW } from '../../../src/state/viewState';
import { Seeded, ViewEcho } from './presentationFixture';

const deck: Deck = {
  format: DECK_FORMAT,
  version: DECK_VERSION,
  title: 'Three views',
  slides: [
    ['?v=2&from=2019&to=2019', 'time', 'One year', 'Which year?', 'Note one'],
    ['?v=2&m=breaches&from=2020&to=2022', 'time', 'Three years', '', 'Note two'],
    ['?v=2&page=workforce&cycle=2023-33', 'workforce-outlook', 'Outlook', 'Which job?', ''],
  ].map(([view, show, title, question, notes], i) => ({
    id: `s${i}`,
    view: view!,
    show: show as Deck['slides'][number]['show'],
    title: title!,
    caption: '',
    question: question!,
    notes: notes!,
  })),
};

beforeEach(() => {
  // The live view asks for something else: the handout must not follow it.
  useAppStore.setState({ ...DEFAULT_VIEW, yearFrom: 2010, yearTo: 2011, cycle: '2024-34' });
  useAppStore.getState().setDeck(deck);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterEach(() => {
  cleanup();
  useAppStore.getState().setDeck(null);
  vi.unstubAllGlobals();
});

describe('Handout', () => {
  it('prints every slide of the deck, in order, each from its own saved view', () => {
    render(
      <Seeded>
        <Handout slides={{ time: ViewEcho, 'workforce-outlook': ViewEcho }} />
      </Seeded>,
    );
    const pages = screen.getAllByRole('article');
    expect(pages).toHaveLength(3);
    const echoes = pages.map((p) => within(p).getByTestId('echo').textContent);
    expect(echoes).toEqual([
      'years 2019–2019, measure individuals, cycle newest',
      'years 2020–2022, measure breaches, cycle newest',
      'years first–last, measure individuals, cycle 2023-33',
    ]);
    pages.forEach((p, i) => {
      expect(p.getAttribute('aria-label')).toBe(`Slide ${i + 1}: ${deck.slides[i]!.title}`);
      expect(p.textContent).toContain(`slide ${i + 1} of 3`);
    });
  });

  it('adds each slide’s question and notes under it, and leaves out the empty ones', () => {
    render(
      <Seeded>
        <Handout slides={{ time: ViewEcho, 'workforce-outlook': ViewEcho }} />
      </Seeded>,
    );
    const [first, second, third] = screen.getAllByRole('article');
    expect(first!.textContent).toContain('Predict first: Which year?');
    expect(first!.textContent).toContain('Notes: Note one');
    expect(second!.textContent).not.toContain('Predict first');
    expect(second!.textContent).toContain('Notes: Note two');
    expect(third!.textContent).toContain('Predict first: Which job?');
    expect(third!.textContent).not.toContain('Notes:');
  });
});
