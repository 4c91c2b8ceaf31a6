import { describe, expect, it } from 'vitest';
import { buildBreachTableFromColumns } from '../../../src/data/table/buildBreachTableFromColumns';
import { matchNames } from '../../../src/data/merge/matchNames';
import { fixtureTable } from '../breachFixture';

function tableOf(names: string[]) {
  const n = names.length;
  return buildBreachTableFromColumns({
    id: names.map((_, i) => `n${i}`),
    name: names,
    day: new Int32Array(n),
    individuals: new Float64Array(n),
    hasCount: new Uint8Array(n),
    state: { codes: new Uint16Array(n), keys: [''] },
    entityType: { codes: new Uint8Array(n), keys: [''] },
    businessAssociate: { codes: new Uint8Array(n), keys: [''] },
    status: { codes: new Uint8Array(n), keys: ['open'] },
    breachTypes: { codes: new Uint32Array(n).fill(1), keys: [''] },
    locations: { codes: new Uint32Array(n).fill(1), keys: [''] },
    placeholder: new Uint8Array(n),
    webDescription: new Uint8Array(n),
    firstSeen: new Uint16Array(n),
    lastSeen: new Uint16Array(n),
    seenIn: new Uint16Array(n),
  });
}

describe('matchNames', () => {
  it('matchNames(table, text) flags names containing the text, ignoring case and surrounding spaces', () => {
    const table = fixtureTable();
    expect(Array.from(matchNames(table, ' hEaLtH ') ?? [])).toEqual([
      0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0,
    ]);
    expect(matchNames(table, '   ')).toBeNull();
  });

  it('matchNames(table, text) never matches across two names and finds several hits in a row', () => {
    const table = tableOf(['abc', 'def', 'aa aa', '', 'xaa']);
    expect(Array.from(matchNames(table, 'cd') ?? [])).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(matchNames(table, 'aa') ?? [])).toEqual([0, 0, 1, 0, 1]);
    expect(Array.from(matchNames(table, 'a') ?? [])).toEqual([1, 0, 1, 0, 1]);
  });

  it('matchNames(table, text) keeps offsets right when lower-casing changes a name length', () => {
    const table = tableOf(['İstanbul Sağlık', 'Ümit Clinic', 'ÉCOLE Santé']);
    expect(Array.from(matchNames(table, 'ümit') ?? [])).toEqual([0, 1, 0]);
    expect(Array.from(matchNames(table, 'école') ?? [])).toEqual([0, 0, 1]);
    expect(Array.from(matchNames(table, 'clinic') ?? [])).toEqual([0, 1, 0]);
  });

  it('matchNames(table, text) treats regex characters literally', () => {
    const table = tableOf(['A.B Health', 'AxB Health', '(Care)+']);
    expect(Array.from(matchNames(table, 'a.b') ?? [])).toEqual([1, 0, 0]);
    expect(Array.from(matchNames(table, '(care)+') ?? [])).toEqual([0, 0, 1]);
  });
});
