import { describe, expect, it } from 'vitest';
import { matchRecords, type MatchKey } from '../../../src/data/merge/matchRecords';

const key = (
  name: string,
  state: string | null,
  submitted: string,
  individuals: number | null,
): MatchKey => ({
  name,
  state,
  submitted,
  individuals,
});

describe('matchRecords', () => {
  it('matchRecords(known, records) matches by exact normalised name, state and date (rule 1)', () => {
    const known = [key('Bay Oral Surgery', 'WI', '2024-04-26', 500)];
    const got = matchRecords(known, [key(' bay oral surgery. ', 'WI', '2024-04-26', 13055)]);
    expect(got).toEqual([{ known: 0, rule: 1 }]);
  });

  it('matchRecords(known, records) keeps same-day duplicates one-to-one', () => {
    const known = [
      key('McEwen & Associates', 'TX', '2025-08-21', 900),
      key('McEwen & Associates', 'TX', '2025-08-21', 900),
    ];
    const records = [
      key('McEwen & Associates', 'TX', '2025-08-21', 900),
      key('McEwen & Associates', 'TX', '2025-08-21', 900),
      key('McEwen & Associates', 'TX', '2025-08-21', 900),
    ];
    expect(matchRecords(known, records)).toEqual([
      { known: 0, rule: 1 },
      { known: 1, rule: 1 },
      { known: -1, rule: null },
    ]);
  });

  it('matchRecords(known, records) catches a rename with the same state, date and count (rule 2)', () => {
    const known = [key('MAK Anesthesia (“MAK”)', 'TX', '2023-05-01', 4321)];
    expect(matchRecords(known, [key('MAK Anesthesia', 'TX', '2023-05-01', 4321)])).toEqual([
      { known: 0, rule: 2 },
    ]);
  });

  it('matchRecords(known, records) catches a state correction by count and similar name (rule 3)', () => {
    const known = [key('Swedish Edmonds Hospital', 'TX', '2020-02-02', 777)];
    expect(matchRecords(known, [key('Swedish Edmonds Hospital', 'WA', '2020-02-02', 777)])).toEqual(
      [{ known: 0, rule: 3 }],
    );
  });

  it('matchRecords(known, records) catches a count update with a shortened name (rule 4)', () => {
    const known = [
      key(
        'Radiology Associates of Albuquerque, PA and Advanced Imaging, LLC',
        'NM',
        '2024-05-01',
        501,
      ),
    ];
    const got = matchRecords(known, [
      key('Radiology Associates of Albuquerque, PA', 'NM', '2024-05-01', 616211),
    ]);
    expect(got).toEqual([{ known: 0, rule: 4 }]);
  });

  it('matchRecords(known, records) does not merge two different entities on the same day', () => {
    const known = [key('PET Imaging of Sugar Land', 'TX', '2024-01-09', 600)];
    expect(
      matchRecords(known, [key('PET Imaging of Dallas Northeast', 'TX', '2024-01-09', 800)]),
    ).toEqual([{ known: -1, rule: null }]);
  });

  it('matchRecords(known, records) lets a strict rule win over a loose one across the file', () => {
    // Record 0 could take known 0 by rule 2 (same state/date/count), but record 1 owns it by rule 1.
    const known = [key('Alpha Clinic', 'OH', '2022-01-01', 500)];
    const records = [
      key('Beta Clinic', 'OH', '2022-01-01', 500),
      key('Alpha Clinic', 'OH', '2022-01-01', 900),
    ];
    expect(matchRecords(known, records)).toEqual([
      { known: -1, rule: null },
      { known: 0, rule: 1 },
    ]);
  });
});
