import { describe, expect, it } from 'vitest';
import { GLOSSARY, linkTerms } from '../../src/ui/glossary';

describe('glossary', () => {
  it('GLOSSARY covers the five terms a class needs', () => {
    expect(GLOSSARY.map((g) => g.id)).toEqual([
      'covered-entity',
      'business-associate',
      'individuals-affected',
      'placeholder',
      'investigation-archive',
    ]);
  });

  it('linkTerms(text) links the first mention of each term only, whole words, any case', () => {
    const parts = linkTerms(
      'A badge marks counts of 500 or 501; a Business Associate may file. Another business associate, 500 or 501 again.',
    );
    expect(parts).toEqual([
      'A badge marks counts of ',
      { id: 'placeholder', text: '500 or 501' },
      '; a ',
      { id: 'business-associate', text: 'Business Associate' },
      ' may file. Another business associate, 500 or 501 again.',
    ]);
    expect(linkTerms('The investigation went on.')).toEqual(['The investigation went on.']);
    expect(linkTerms('Cases under investigation move to the archive.')).toEqual([
      'Cases ',
      { id: 'investigation-archive', text: 'under investigation' },
      ' move to the archive.',
    ]);
  });
});
