import { nameSimilarity } from './nameSimilarity';
import { normaliseName } from './normaliseName';

/** What the matcher needs to know of a breach or a record. */
export interface MatchKey {
  name: string;
  state: string | null;
  submitted: string;
  individuals: number | null;
}

/** Which rule matched a record, 1–4 as numbered in PROVENANCE.md. */
export type MatchRule = 1 | 2 | 3 | 4;

export interface RecordMatch {
  /** Index into the known list, or -1 for a breach not seen before. */
  known: number;
  rule: MatchRule | null;
}

/**
 * Matches the records of ONE snapshot to breaches already known, one-to-one: a known breach is
 * taken by at most one record of the snapshot, so genuine same-day duplicate reports stay
 * separate. Each rule runs over the whole snapshot before the next, looser one, so a loose rule
 * never takes a breach that a stricter rule would have given to another record.
 *
 * Rules (PROVENANCE.md, checked by hand on the real exports):
 * 1. same normalised name, State and submission date;
 * 2. same State, date and Individuals Affected (renames);
 * 3. same date and Individuals, name similarity ≥ 0.8 (State corrections);
 * 4. same State and date, similarity ≥ 0.75 and the same first 5 normalised characters
 *    (count updates together with renames).
 */
export function matchRecords(
  known: readonly MatchKey[],
  records: readonly MatchKey[],
): RecordMatch[] {
  const knownNames = known.map((k) => normaliseName(k.name));
  const recordNames = records.map((r) => normaliseName(r.name));
  const taken = new Uint8Array(known.length);
  const result: RecordMatch[] = records.map(() => ({ known: -1, rule: null }));

  const state = (s: string | null) => s ?? '';
  const count = (n: number | null) => (n === null ? '' : String(n));
  const keyings: [
    MatchRule,
    (k: MatchKey, name: string) => string,
    ((a: string, b: string) => boolean) | null,
  ][] = [
    [1, (k, name) => `${name}\u0000${state(k.state)}\u0000${k.submitted}`, null],
    [2, (k) => `${state(k.state)}\u0000${k.submitted}\u0000${count(k.individuals)}`, null],
    [
      3,
      (k) => `${k.submitted}\u0000${count(k.individuals)}`,
      (a, b) => nameSimilarity(a, b) >= 0.8,
    ],
    [
      4,
      (k) => `${state(k.state)}\u0000${k.submitted}`,
      (a, b) => a.slice(0, 5) === b.slice(0, 5) && nameSimilarity(a, b) >= 0.75,
    ],
  ];

  for (const [rule, keyOf, accepts] of keyings) {
    // Every rule requires the same submission date, so only breaches on a date that a still
    // unmatched record has can be candidates: after rule 1 that is usually a handful.
    const dates = new Set(
      records.filter((_, j) => result[j]?.known === -1).map((r) => r.submitted),
    );
    if (dates.size === 0) break;
    const index = new Map<string, number[]>();
    known.forEach((k, i) => {
      if (taken[i] || !dates.has(k.submitted)) return;
      // Rules 2 and 3 lean on the count: an unknown count is no evidence.
      if ((rule === 2 || rule === 3) && k.individuals === null) return;
      const key = keyOf(k, knownNames[i] ?? '');
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    });
    records.forEach((r, j) => {
      if (result[j]?.known !== -1) return;
      if ((rule === 2 || rule === 3) && r.individuals === null) return;
      const candidates = index.get(keyOf(r, recordNames[j] ?? ''));
      if (!candidates) return;
      const name = recordNames[j] ?? '';
      let chosen = -1;
      let best = -1;
      for (const i of candidates) {
        if (taken[i]) continue;
        const other = knownNames[i] ?? '';
        if (accepts === null) {
          chosen = i;
          break;
        }
        if (!accepts(name, other)) continue;
        const score = nameSimilarity(name, other);
        if (score > best) {
          best = score;
          chosen = i;
        }
      }
      if (chosen >= 0) {
        taken[chosen] = 1;
        result[j] = { known: chosen, rule };
      }
    });
  }
  return result;
}
