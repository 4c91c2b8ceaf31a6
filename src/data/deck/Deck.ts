/**
 * A classroom deck. A slide is a saved view (the same query string the explorer puts in the URL)
 * plus what to show of it and the teacher's words. Figures are never stored in a deck: captions
 * name facts as {tokens} that are filled from the data when the slide is shown.
 */
export interface Deck {
  format: typeof DECK_FORMAT;
  version: typeof DECK_VERSION;
  title: string;
  slides: Slide[];
}

export interface Slide {
  /** Stable id within the deck (for reordering and React keys). */
  id: string;
  /** The view as a URL query string, e.g. "?v=2&from=2015&to=2015". */
  view: string;
  /** Which part of the dashboard the slide shows. */
  show: SlideShow;
  title: string;
  /** One or two sentences under the title; may contain {tokens} (see slideFacts). */
  caption: string;
  /** Speaker notes, shown only in the notes pane, presenter window and handout. */
  notes: string;
  /** "Predict first" question: shown before the figure; the next press reveals the figure. */
  question: string;
}

export const SLIDE_SHOWS = [
  'headline',
  'time',
  'breakdowns',
  'map',
  'largest',
  'workforce-outlook',
  'workforce-pay',
  'workforce-roles',
  'workforce-case',
  'workforce-claims',
] as const;
export type SlideShow = (typeof SLIDE_SHOWS)[number];

export const DECK_FORMAT = 'health-breach-atlas-deck';
export const DECK_VERSION = 1;
/** Bounds that keep a deck file (or a deck link) reasonable; a file beyond them is refused. */
export const DECK_LIMITS = { slides: 60, text: 2000, title: 200 } as const;
