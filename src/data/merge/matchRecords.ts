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
  const matches = matchIndices(known, records);
  return Array.from(matches.known, (k, j) => ({
    known: k,
    rule: k < 0 ? null : (matches.rule[j] as MatchRule),
  }));
}

/** matchRecords' result as columns: per record, the known index (-1: none) and the rule (0: none). */
export interface RecordMatches {
  known: Int32Array;
  rule: Uint8Array;
}

/** matchRecords without an object per record (an import of a million records matches a few thousand). */
export function matchIndices(
  known: readonly MatchKey[],
  records: readonly MatchKey[],
): RecordMatches {
  const knownNames = known.map((k) => normaliseName(k.name));
  // A record's name is normalised only when a known breach shares its date (most new ones never).
  const recordNames = new Array<string | undefined>(records.length);
  const recordName = (j: number) => (recordNames[j] ??= normaliseName(records[j]?.name ?? ''));
  const taken = new Uint8Array(known.length);
  const result: RecordMatches = {
    known: new Int32Array(records.length).fill(-1),
    rule: new Uint8Array(records.length),
  };

  // Whether known breach i and record j agree on the rule's key (the date is the bucket's).
  const sameKey: Record<MatchRule, (k: MatchKey, i: number, r: MatchKey, j: number) => boolean> = {
    1: (k, i, r, j) => (k.state ?? '') === (r.state ?? '') && knownNames[i] === recordName(j),
    2: (k, _i, r) => (k.state ?? '') === (r.state ?? '') && k.individuals === r.individuals,
    3: (k, _i, r) => k.individuals === r.individuals,
    4: (k, _i, r) => (k.state ?? '') === (r.state ?? ''),
  };
  const accepts: Record<MatchRule, ((a: string, b: string) => boolean) | null> = {
    1: null,
    2: null,
    3: (a, b) => nameSimilarity(a, b) >= 0.8,
    4: (a, b) => a.slice(0, 5) === b.slice(0, 5) && nameSimilarity(a, b) >= 0.75,
  };

  for (const rule of [1, 2, 3, 4] as const) {
    // Every rule requires the same submission date, so only breaches on a date that a still
    // unmatched record has can be candidates: after rule 1 that is usually a handful. Known
    // breaches are bucketed by date (in known order) and compared field by field: no key strings.
    const dates = new Set<string>();
    for (let j = 0; j < records.length; j += 1)
      if (result.known[j] === -1) dates.add(records[j]!.submitted);
    if (dates.size === 0) break;
    // Rules 2 and 3 lean on the count: an unknown count is no evidence.
    const needsCount = rule === 2 || rule === 3;
    const byDate = new Map<string, number[]>();
    known.forEach((k, i) => {
      if (taken[i] || !dates.has(k.submitted)) return;
      if (needsCount && k.individuals === null) return;
      const list = byDate.get(k.submitted);
      if (list) list.push(i);
      else byDate.set(k.submitted, [i]);
    });
    const same = sameKey[rule];
    const accept = accepts[rule];
    records.forEach((r, j) => {
      if (result.known[j] !== -1) return;
      if (needsCount && r.individuals === null) return;
      const candidates = byDate.get(r.submitted);
      if (!candidates) return;
      let chosen = -1;
      let best = -1;
      for (const i of candidates) {
        if (taken[i]) continue;
        const k = known[i]!;
        if (!same(k, i, r, j)) continue;
        if (accept === null) {
          chosen = i;
          break;
        }
        const name = recordName(j);
        const other = knownNames[i] ?? '';
        if (!accept(name, other)) continue;
        const score = nameSimilarity(name, other);
        if (score > best) {
          best = score;
          chosen = i;
        }
      }
      if (chosen >= 0) {
        taken[chosen] = 1;
        result.known[j] = chosen;
        result.rule[j] = rule;
      }
    });
  }
  return result;
}
