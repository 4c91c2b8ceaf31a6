import { describe, expect, it } from 'vitest';
import { categoryColumn } from '../../../src/data/table/categoryColumn';
import { fixtureTable } from '../breachFixture';

const table = fixtureTable();

describe('categoryColumn', () => {
  it('categoryColumn(table, field) gives the codes and dictionary of a single-valued field', () => {
    const view = categoryColumn(table, 'status');
    expect(view.multi).toBe(false);
    expect(view.keys).toEqual(['archived', 'closed', 'open']);
    expect(!view.multi && view.codes).toBe(table.status.codes);
  });

  it('categoryColumn(table, field) maps breachType and location to their bitmask columns', () => {
    const types = categoryColumn(table, 'breachType');
    expect(types.multi && types.masks).toBe(table.breachTypes.masks);
    expect(categoryColumn(table, 'location').keys).toBe(table.locations.keys);
  });

  it('categoryColumn(table, "placeholder") reads the 0/1 flag as keys "0" and "1"', () => {
    const view = categoryColumn(table, 'placeholder');
    expect(view.keys).toEqual(['0', '1']);
    expect(view.labels).toEqual(['Reported count', 'Placeholder (500/501)']);
    expect(!view.multi && view.codes).toBe(table.placeholder);
  });
});
