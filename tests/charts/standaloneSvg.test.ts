import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/charts/export/standaloneSvg';

describe('wrapLines(text, width, size)', () => {
  it('wrapLines keeps every line within the width at 0.56 em a glyph, losing no word', () => {
    const source =
      'Source: HHS Office for Civil Rights breach portal (breaches of 500+ individuals), 7,810 reports merged from 14 snapshots of its lists; data as of Jul 15, 2026 · 4 months old on Nov 27, 2026. Health Breach Atlas.';
    const lines = wrapLines(source, 480, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length * 12 * 0.56).toBeLessThanOrEqual(480);
    expect(lines.join(' ')).toBe(source);
  });

  it('wrapLines splits a word longer than a line and keeps a short text on one line', () => {
    expect(wrapLines('x'.repeat(50), 100, 10)).toEqual([
      'x'.repeat(17),
      'x'.repeat(17),
      'x'.repeat(16),
    ]);
    expect(wrapLines('All breaches', 480, 13)).toEqual(['All breaches']);
    expect(wrapLines('', 480, 13)).toEqual(['']);
  });
});
