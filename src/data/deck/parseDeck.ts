import type { Issue } from '../schema/types';
import {
  DECK_FORMAT,
  DECK_LIMITS,
  DECK_VERSION,
  SLIDE_SHOWS,
  type Deck,
  type Slide,
  type SlideShow,
} from './Deck';

export type ParseDeckResult = { ok: true; deck: Deck } | { ok: false; issues: Issue[] };

/**
 * Reads a deck file (JSON). Never throws: a file that is not JSON, not a deck, or has a slide
 * with a missing or wrong field is refused with issues naming the file, the slide (as `row`,
 * 1-based) and the field, so the caller can keep the deck it already has.
 */
export function parseDeck(text: string, file: string): ParseDeckResult {
  const issue = (
    row: number | null,
    field: string | null,
    code: string,
    message: string,
  ): Issue => ({
    file,
    row,
    field,
    severity: 'error',
    code,
    message: `${file}${row === null ? '' : `, slide ${row}`}${field === null ? '' : `, field "${field}"`}: ${message}`,
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      issues: [
        issue(
          null,
          null,
          'not-json',
          `not a JSON file (${e instanceof Error ? e.message : 'unreadable'}).`,
        ),
      ],
    };
  }
  if (!isRecord(data) || data.format !== DECK_FORMAT) {
    return {
      ok: false,
      issues: [
        issue(
          null,
          'format',
          'not-a-deck',
          `not a Health Breach Atlas deck (expected "format": "${DECK_FORMAT}").`,
        ),
      ],
    };
  }
  if (data.version !== DECK_VERSION) {
    return {
      ok: false,
      issues: [
        issue(
          null,
          'version',
          'deck-version',
          `deck version ${JSON.stringify(data.version)} is not one this app reads (${DECK_VERSION}).`,
        ),
      ],
    };
  }
  const issues: Issue[] = [];
  const title = text1(data.title, DECK_LIMITS.title);
  if (title === null)
    issues.push(
      issue(
        null,
        'title',
        'bad-field',
        `expected text of at most ${DECK_LIMITS.title} characters.`,
      ),
    );
  if (
    !Array.isArray(data.slides) ||
    data.slides.length === 0 ||
    data.slides.length > DECK_LIMITS.slides
  ) {
    issues.push(
      issue(null, 'slides', 'bad-field', `expected a list of 1 to ${DECK_LIMITS.slides} slides.`),
    );
    return { ok: false, issues };
  }
  const slides: Slide[] = [];
  const ids = new Set<string>();
  data.slides.forEach((raw: unknown, i: number) => {
    const row = i + 1;
    if (!isRecord(raw)) {
      issues.push(issue(row, null, 'bad-slide', 'expected an object.'));
      return;
    }
    const field = (name: keyof Slide, max: number, optional = false): string | null => {
      const value = raw[name] === undefined && optional ? '' : text1(raw[name], max);
      if (value === null)
        issues.push(issue(row, name, 'bad-field', `expected text of at most ${max} characters.`));
      return value;
    };
    const id = field('id', 80);
    const view = field('view', DECK_LIMITS.text);
    const slideTitle = field('title', DECK_LIMITS.title);
    const caption = field('caption', DECK_LIMITS.text, true);
    const notes = field('notes', DECK_LIMITS.text, true);
    const question = field('question', DECK_LIMITS.text, true);
    const show = raw.show;
    if (!SLIDE_SHOWS.includes(show as SlideShow))
      issues.push(issue(row, 'show', 'bad-field', `expected one of ${SLIDE_SHOWS.join(', ')}.`));
    if (view !== null && !view.startsWith('?'))
      issues.push(issue(row, 'view', 'bad-field', 'expected a query string starting with "?".'));
    if (id !== null && ids.has(id))
      issues.push(issue(row, 'id', 'duplicate-id', `id "${id}" is used by an earlier slide.`));
    if (id !== null) ids.add(id);
    if (
      id !== null &&
      view !== null &&
      slideTitle !== null &&
      caption !== null &&
      notes !== null &&
      question !== null &&
      SLIDE_SHOWS.includes(show as SlideShow)
    ) {
      slides.push({
        id,
        view,
        show: show as SlideShow,
        title: slideTitle,
        caption,
        notes,
        question,
      });
    }
  });
  if (issues.length > 0 || title === null) return { ok: false, issues };
  return { ok: true, deck: { format: DECK_FORMAT, version: DECK_VERSION, title, slides } };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text1(v: unknown, max: number): string | null {
  return typeof v === 'string' && v.length <= max ? v : null;
}
