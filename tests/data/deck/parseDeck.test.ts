import { describe, expect, it } from 'vitest';
import { decodeDeckLink, encodeDeckLink } from '../../../src/data/deck/deckLink';
import { parseDeck } from '../../../src/data/deck/parseDeck';
import { serialiseDeck } from '../../../src/data/deck/serialiseDeck';
import { DEFAULT_DECK } from '../../../src/features/presentation/defaultDeck';
import { moveSlide, updateSlide } from '../../../src/features/presentation/deckEdits';

describe('parseDeck', () => {
  it('parseDeck(serialiseDeck(deck)) gives the same deck back, after edits too', () => {
    const edited = updateSlide(moveSlide(DEFAULT_DECK, 0, 2), 1, {
      caption: 'Ünïcode “quotes” and {individuals}',
      notes: 'line\nbreak',
    });
    const back = parseDeck(serialiseDeck(edited), 'deck.json');
    expect(back).toEqual({ ok: true, deck: edited });
    expect(serialiseDeck(edited)).toBe(serialiseDeck(back.ok ? back.deck : DEFAULT_DECK));
  });
  it('parseDeck(text) refuses a file that is not JSON, not a deck, or has a bad slide, naming file, slide and field', () => {
    const notJson = parseDeck('{"format": ', 'broken.json');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.issues[0]?.message).toMatch(/^broken\.json: not a JSON file/);
    const other = parseDeck('{"name":"package"}', 'package.json');
    expect(!other.ok && other.issues[0]?.code).toBe('not-a-deck');
    const deck = JSON.parse(serialiseDeck(DEFAULT_DECK)) as { slides: Record<string, unknown>[] };
    deck.slides[2]!.title = 42;
    deck.slides[4]!.show = 'pie';
    const bad = parseDeck(JSON.stringify(deck), 'mine.json');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues.map((i) => [i.row, i.field])).toEqual([
        [3, 'title'],
        [5, 'show'],
      ]);
      expect(bad.issues[0]?.message).toBe(
        'mine.json, slide 3, field "title": expected text of at most 200 characters.',
      );
    }
  });
  it('encodeDeckLink(deck) round-trips through decodeDeckLink, and a damaged link is refused', () => {
    const link = encodeDeckLink(DEFAULT_DECK);
    expect(link).toMatch(/^deck=[A-Za-z0-9_-]+$/);
    expect(decodeDeckLink(`#${link}`)).toEqual({ ok: true, deck: DEFAULT_DECK });
    expect(decodeDeckLink('#deck=abc')?.ok).toBe(false);
    expect(decodeDeckLink('#other')).toBeNull();
  });
});

describe('DEFAULT_DECK', () => {
  it('DEFAULT_DECK tells the case in 8–12 distinct slides, each with a caption, a question and notes', () => {
    const slides = DEFAULT_DECK.slides;
    expect(slides.length).toBeGreaterThanOrEqual(8);
    expect(slides.length).toBeLessThanOrEqual(12);
    // Distinct: no two slides show the same thing of the same view.
    expect(new Set(slides.map((s) => `${s.show}|${s.view}`)).size).toBe(slides.length);
    expect(new Set(slides.map((s) => s.title)).size).toBe(slides.length);
    for (const s of slides) {
      expect(s.caption, s.id).not.toBe('');
      expect(s.question, s.id).toMatch(/\?$/);
      expect(s.notes, s.id).not.toBe('');
    }
  });
});
