import type { Deck } from './Deck';

/** The deck as a JSON file: fields in a fixed order, two-space indented, newline at the end. */
export function serialiseDeck(deck: Deck): string {
  const ordered = {
    format: deck.format,
    version: deck.version,
    title: deck.title,
    slides: deck.slides.map((s) => ({
      id: s.id,
      view: s.view,
      show: s.show,
      title: s.title,
      caption: s.caption,
      notes: s.notes,
      question: s.question,
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
