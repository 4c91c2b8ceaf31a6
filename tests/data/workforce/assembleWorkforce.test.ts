import { describe, expect, it } from 'vitest';
import { assembleWorkforce } from '../../../src/data/workforce/assembleWorkforce';
import { parseOccupations } from '../../../src/data/workforce/parseOccupations';
import { parsePay } from '../../../src/data/workforce/parsePay';
import { parseProjections } from '../../../src/data/workforce/parseProjections';
import { parseQuotedSalaries } from '../../../src/data/workforce/parseQuotedSalaries';
import { parseSources } from '../../../src/data/workforce/parseSources';
import { fixtureRows, shippedRows, shippedWorkforce } from './workforceFixture';

describe('assembleWorkforce', () => {
  it('assembleWorkforce(shipped files) joins every figure to a listed source with no issue', () => {
    const data = shippedWorkforce();
    expect(data.issues).toEqual([]);
    const keys = new Set(data.sources.map((s) => s.key));
    for (const row of [...data.projections, ...data.pay, ...data.quotes])
      expect(keys.has(row.sourceKey)).toBe(true);
    expect(data.projections).toHaveLength(18);
    expect(data.pay).toHaveLength(18);
  });

  it('assembleWorkforce(parsed) drops a figure whose source is not listed, and only the cross-check of an unknown cross-check key', () => {
    const sources = parseSources(fixtureRows('sources-mixed.csv'), 'sources-mixed.csv');
    const result = assembleWorkforce({
      occupations: parseOccupations(fixtureRows('occupations-small.csv')),
      projections: parseProjections(fixtureRows('projections-bad.csv')),
      pay: parsePay(fixtureRows('pay-topcoded.csv')),
      quotes: parseQuotedSalaries(shippedRows('quoted-salaries.csv')),
      sources,
    });
    expect(result.ok).toBe(true);
    expect(result.data.projections.map((p) => p.occupationKey)).toEqual([
      'information_security_analysts',
      'all_occupations',
    ]);
    expect(result.data.projections[1]?.crossCheckKeys).toEqual(['ep_release']);
    // Quotes cite nec_article_2025 and payscale_quote_estudarpara, which the fixture sources lack.
    expect(result.data.quotes).toEqual([]);
    const assembled = result.data.issues
      .filter((i) => i.code === 'unknown-source')
      .map((i) => `${i.severity} ${i.file} ${i.field}`);
    expect(assembled).toContain('warning projections.csv cross_check_source_keys');
    expect(assembled.filter((s) => s === 'error quoted-salaries.csv source_key')).toHaveLength(4);
  });

  it('assembleWorkforce(parsed) reports ok: false when a whole file is unusable, keeping the other files', () => {
    const result = assembleWorkforce({
      occupations: parseOccupations(shippedRows('occupations.csv')),
      projections: parseProjections([['wrong', 'header']]),
      pay: parsePay(shippedRows('pay.csv')),
      quotes: parseQuotedSalaries(shippedRows('quoted-salaries.csv')),
      sources: parseSources(shippedRows('sources.csv')),
    });
    expect(result.ok).toBe(false);
    expect(result.data.projections).toEqual([]);
    expect(result.data.pay).toHaveLength(18);
    expect(result.data.issues[0]?.code).toBe('bad-header');
  });
});
