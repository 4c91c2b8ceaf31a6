import { describe, expect, it } from 'vitest';
import { parseSources } from '../../../src/data/workforce/parseSources';
import { fixtureRows, shippedRecords, shippedRows } from './workforceFixture';

describe('parseSources', () => {
  it('parseSources(shipped sources.csv) lists every source with its as-of date and http(s) links', () => {
    const result = parseSources(shippedRows('sources.csv'));
    expect(result.issues).toEqual([]);
    expect(result.rows.map((s) => s.key)).toEqual(
      shippedRecords('sources.csv').map((r) => r.source_key),
    );
    expect(result.rows.find((s) => s.key === 'bls_ep_release_2024_34')).toMatchObject({
      asOf: '2025-08-28',
      asOfBasis: 'release date',
      ref: 'S8',
    });
    expect(result.rows.every((s) => s.url === null || /^https?:\/\//.test(s.url))).toBe(true);
  });

  it('parseSources(rows) lists a source whose address is not http(s) without a link, and skips bad dates and empty keys', () => {
    const result = parseSources(fixtureRows('sources-mixed.csv'), 'sources-mixed.csv');
    expect(result.rows.map((s) => s.key)).toEqual(['ep_a', 'ep_b', 'ep_release']);
    expect(result.rows[1]).toMatchObject({
      url: null,
      originUrl: 'https://www.bls.gov/emp/b.xlsx',
    });
    expect(result.issues.map((i) => `${i.severity} ${i.row} ${i.field} ${i.code}`)).toEqual([
      'warning 3 url bad-url',
      'error 5 as_of bad-date',
      'error 6 source_key empty-field',
    ]);
  });
});
