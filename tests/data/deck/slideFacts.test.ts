import { describe, expect, it } from 'vitest';
import { fillCaption } from '../../../src/data/deck/fillCaption';
import { slideFacts } from '../../../src/data/deck/slideFacts';
import { fixtureTable } from '../breachFixture';

describe('slideFacts', () => {
  it('slideFacts(table, clauses, years) formats the selection facts the data core computes', () => {
    const table = fixtureTable();
    const facts = slideFacts(
      table,
      [{ kind: 'range', source: 'time', field: 'year', lo: 2019, hi: 2019 }],
      [2019, 2019],
    );
    expect(facts.years).toBe('2019');
    expect(facts.largest).toBe('=SUM(A1:A2) Health');
    expect(facts.largestIndividuals).toBe('2,500');
    expect(facts.breaches).toMatch(/^\d+$/);
  });
  it('slideFacts on an empty selection leaves out the facts it cannot give, and fillCaption shows the gap', () => {
    const table = fixtureTable();
    const facts = slideFacts(
      table,
      [{ kind: 'range', source: 'time', field: 'year', lo: 1990, hi: 1990 }],
      [1990, 1990],
    );
    expect(facts.breaches).toBe('0');
    expect(facts.largest).toBeUndefined();
    expect(fillCaption('{largest} had {largestIndividuals}; {breaches} in all', facts)).toEqual({
      text: '{largest} had {largestIndividuals}; 0 in all',
      missing: ['largest', 'largestIndividuals'],
    });
  });
});
