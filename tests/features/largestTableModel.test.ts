import { describe, expect, it } from 'vitest';
import { selectRows } from '../../src/data/views/filterTable';
import {
  breachFacts,
  countLabel,
  largestTableModel,
  rowOfId,
  sortedRows,
} from '../../src/features/explorer/largestTableModel';
import { clausesFromView } from '../../src/state/clausesFromView';
import { DEFAULT_VIEW, MEGA_BREACH_THRESHOLD, type SortKey } from '../../src/state/viewState';
import { fixtureTable, idsOf } from '../data/breachFixture';
import { breachId } from '../../src/data/table/breachText';

const table = fixtureTable();
const all = selectRows(table, []);

function page(sort: SortKey, sortDesc: boolean, pageNo: number, pageSize = 5, rows = all) {
  return largestTableModel({ table, rows, sort, sortDesc, page: pageNo, pageSize });
}
const ids = (m: ReturnType<typeof page>) => m.rows.map((r) => r.id);

describe('largestTableModel', () => {
  it('largestTableModel(individuals desc, page 1..3 of 5) pages through the largest counts, unknown counts last', () => {
    expect(ids(page('individuals', true, 1))).toEqual(['r07', 'r05', 'r12', 'r08', 'r02']);
    expect(ids(page('individuals', true, 2))).toEqual(['r01', 'r10', 'r06', 'r13', 'r09']);
    expect(ids(page('individuals', true, 3))).toEqual(['r04', 'r03', 'r11']);
    expect(page('individuals', true, 1)).toMatchObject({ total: 13, page: 1, pageCount: 3 });
  });

  it('largestTableModel(page out of range) clamps the page to 1…pageCount', () => {
    expect(page('individuals', true, 9)).toMatchObject({ page: 3, pageCount: 3 });
    expect(ids(page('individuals', true, 9))).toEqual(['r04', 'r03', 'r11']);
    expect(page('individuals', true, 0).page).toBe(1);
    expect(page('individuals', true, Number.NaN).page).toBe(1);
  });

  it('largestTableModel(state asc) sorts by state code, largest known count first within a state, no state last', () => {
    expect(idsOf(table, sortedRows(table, all, 'state', false, 13))).toEqual([
      'r01',
      'r09',
      'r03', // CA: 1,000, 501, unknown
      'r08',
      'r10', // FL
      'r07',
      'r05', // NY
      'r02',
      'r06',
      'r11', // TX
      'r13', // WA
      'r12',
      'r04', // no state
    ]);
  });

  it('largestTableModel(state desc) reverses the states but keeps largest-first within one and no state last', () => {
    expect(idsOf(table, sortedRows(table, all, 'state', true, 13))).toEqual([
      'r13',
      'r02',
      'r06',
      'r11',
      'r07',
      'r05',
      'r08',
      'r10',
      'r01',
      'r09',
      'r03',
      'r12',
      'r04',
    ]);
    expect(ids(page('state', true, 2))).toEqual(['r05', 'r08', 'r10', 'r01', 'r09']);
  });

  it('largestTableModel(name asc / submitted desc) uses largestBreaches order', () => {
    expect(ids(page('name', false, 1, 3))).toEqual(['r11', 'r02', 'r01']);
    expect(ids(page('submitted', true, 1, 2))).toEqual(['r12', 'r11']);
  });

  it('largestTableModel(rows from selectRows(table, clauses)) shows only breaches meeting every clause, its own search included', () => {
    const clauses = clausesFromView(
      {
        ...DEFAULT_VIEW,
        search: 'health',
        filters: { ...DEFAULT_VIEW.filters, state: ['NY', 'TX'] },
      },
      MEGA_BREACH_THRESHOLD,
    );
    const m = page('individuals', true, 1, 25, selectRows(table, clauses));
    expect(ids(m)).toEqual(['r07', 'r02']);
    expect(m).toMatchObject({ total: 2, page: 1, pageCount: 1 });
  });

  it('largestTableModel(no rows) gives an empty page 1 of 1', () => {
    expect(page('individuals', true, 4, 25, new Uint32Array(0))).toEqual({
      rows: [],
      total: 0,
      page: 1,
      pageCount: 1,
    });
  });

  it('breachFacts(table, row) formats the count, keeps names literal and flags placeholders and open cases', () => {
    const foxtrot = breachFacts(table, rowOfId(table, 'r07')!);
    expect(foxtrot).toEqual({
      row: rowOfId(table, 'r07'),
      id: 'r07',
      name: 'Foxtrot Health Plan',
      state: 'NY',
      entityType: 'Health Plan',
      submitted: '2023-06-30',
      individualsValue: 12_000_000,
      individuals: '12,000,000',
      breachTypes: ['Hacking/IT Incident'],
      locations: ['Network Server'],
      businessAssociate: 'Yes',
      status: 'open',
      placeholder: false,
      webDescription: true,
      firstSeen: '2024-08-29',
      lastSeen: '2026-05-03',
      seenIn: 9,
    });
    expect(breachFacts(table, rowOfId(table, 'r02')!)).toMatchObject({
      name: '=SUM(A1:A2) Health',
      breachTypes: ['Theft', 'Unauthorized Access/Disclosure'],
      locations: ['Laptop', 'Paper/Films'],
    });
    expect(breachFacts(table, rowOfId(table, 'r04')!)).toMatchObject({
      state: null,
      individuals: '500',
      placeholder: true,
      businessAssociate: null,
      status: 'archived',
    });
  });

  it('breachFacts(table, row) shows an unknown count as — and no types as an empty list, never NaN or 0', () => {
    expect(breachFacts(table, rowOfId(table, 'r11')!)).toMatchObject({
      name: '+Juliet Labs',
      individuals: '—',
      individualsValue: null,
    });
    expect(breachFacts(table, rowOfId(table, 'r13')!)).toMatchObject({
      breachTypes: [],
      locations: [],
    });
    expect(breachFacts(table, rowOfId(table, 'r10')!).entityType).toBeNull();
  });

  it('rowOfId(table, id) finds a row or returns null for an unknown id', () => {
    expect(breachId(table, rowOfId(table, 'r05')!)).toBe('r05');
    expect(rowOfId(table, 'nope')).toBeNull();
  });

  it('countLabel(n) writes "7,508 breaches" and "1 breach"', () => {
    expect(countLabel(7508)).toBe('7,508 breaches');
    expect(countLabel(1)).toBe('1 breach');
    expect(countLabel(0)).toBe('0 breaches');
  });
});
