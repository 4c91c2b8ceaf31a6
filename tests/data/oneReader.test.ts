import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PORTAL_COLUMNS } from '../../src/data/read/normaliseRecord';
import { streamed as chunked, wholeFile } from './readBothWays';

const newline = fc.constantFrom('\n', '\r\n', '\r');
const cellText = fc
  .array(
    fc.constantFrom(
      'a',
      'Z',
      ' ',
      ',',
      '"',
      '\\',
      '\r',
      '\n',
      '5',
      '0',
      '/',
      '-',
      'é',
      '’',
      '\\N',
      '""',
      '\\"',
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
const value = fc.oneof(
  fc.constantFrom(
    'Elm Clinic',
    'OH',
    '',
    'Healthcare Provider',
    '1200',
    '501',
    '03/14/2024',
    '2025-01-02',
    'Theft, Loss',
    'Email',
    'Yes',
    'No',
    'Y',
  ),
  cellText,
);
const row = fc
  .tuple(fc.array(value, { minLength: 7, maxLength: 11 }), fc.boolean())
  .map(([cells, quote]) => cells.map((c) => (quote ? quoted(c) : c)).join(','));
const header = fc.constantFrom(
  PORTAL_COLUMNS.join(','),
  PORTAL_COLUMNS.map(quoted).join(','),
  [...PORTAL_COLUMNS.slice(0, 8), 'Web Description Present In Source'].join(','),
  'Name,State,Status',
  '',
);
const exportText = fc
  .tuple(
    fc.boolean(),
    header,
    fc.array(fc.tuple(newline, fc.oneof(row, fc.constant(''))), { maxLength: 6 }),
    fc.oneof(newline, fc.constant('')),
  )
  .map(
    ([bom, head, rows, end]) =>
      `${bom ? '\uFEFF' : ''}${head}${rows.map(([nl, r]) => nl + r).join('')}${end}`,
  );

describe('one reader: chunks or the whole file give identical results (issue 11, defect 7)', () => {
  it('a header ending in bare-CR line breaks reads the same whole and in chunks', async () => {
    const text = `${PORTAL_COLUMNS.join(',')}\r"Elm Clinic","OH","Healthcare Provider","900","03/14/2024","Theft","Laptop","No",""\r`;
    const bytes = new TextEncoder().encode(text);
    const whole = wholeFile(bytes, 'cr.csv');
    expect(whole.ok).toBe(true);
    for (const chunkSize of [16, 17, 64, 4096])
      expect(await chunked(bytes, 'cr.csv', chunkSize)).toEqual(whole);
  });

  it('property: for generated exports (line breaks, quotes, escapes, BOM, blank rows) and any chunk size, the results are equal', async () => {
    await fc.assert(
      fc.asyncProperty(exportText, fc.integer({ min: 16, max: 200 }), async (text, chunkSize) => {
        const bytes = new TextEncoder().encode(text);
        expect(await chunked(bytes, 'x.csv', chunkSize)).toEqual(wholeFile(bytes, 'x.csv'));
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});
