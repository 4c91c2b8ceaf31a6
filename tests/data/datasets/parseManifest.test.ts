import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../src/data/datasets/parseManifest';

const good = {
  source: { name: 'HHS OCR', url: 'https://example.invalid' },
  asOf: '2026-05-03',
  submittedFrom: '2009-10-21',
  submittedTo: '2026-04-07',
  breaches: 3,
  rowsRead: 5,
  snapshots: [],
  knownGaps: [],
};

describe('parseManifest', () => {
  it('parseManifest(json) accepts a well-formed manifest and keeps its values', () => {
    const r = parseManifest(good);
    expect(r.ok && r.manifest.asOf).toBe('2026-05-03');
  });

  it('parseManifest(json) names each bad field', () => {
    const r = parseManifest({ ...good, asOf: '05/03/2026', breaches: 'many' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.field)).toEqual(['asOf', 'breaches']);
    expect(parseManifest(null).ok).toBe(false);
  });
});
