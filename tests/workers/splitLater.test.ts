import { describe, expect, it } from 'vitest';
import { splitLater } from '../../src/workers/splitLater';

describe('splitLater(bytes, count, slice)', () => {
  const values = [
    '2024-07-19-changehealthcareinc',
    'Café Ünïcode ’quotes’',
    '',
    'x'.repeat(50),
    'Synthetic entity 12',
  ];
  const bytes = new TextEncoder().encode(values.map((v) => `${v}\n`).join(''));

  it('gives back every line, whatever the slice size (slices never cut a character)', async () => {
    for (const slice of [1, 3, 7, 64, 1 << 18])
      expect(await splitLater(bytes, values.length, slice)).toEqual(values);
  });

  it('refuses a count that does not match', async () => {
    await expect(splitLater(bytes, 4)).rejects.toThrow(RangeError);
  });
});
