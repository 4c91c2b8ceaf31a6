import { describe, expect, it } from 'vitest';
import { csvField } from '../../../src/data/datasets/csvField';

describe('csvField', () => {
  it('csvField(value) quotes commas, quotes and line breaks, and writes numbers as digits', () => {
    expect(csvField('Smith, Jones')).toBe('"Smith, Jones"');
    expect(csvField('the "best" clinic')).toBe('"the ""best"" clinic"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(192700000)).toBe('192700000');
    expect(csvField(-5)).toBe('-5');
  });
  it('csvField(text) neutralises a formula before quoting it', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });
});
