import type { BreachTable } from '../table/BreachTable';

export const HACKING = 'Hacking/IT Incident';

export interface Summary {
  /** Breach reports in the selection, each counted once whatever its types. */
  breaches: number;
  /** Sum of known counts. */
  individuals: number;
  /** Reports whose count is unknown. */
  unknownCounts: number;
  /** Reports whose count is a 500/501 placeholder. */
  placeholders: number;
  /** Row index of the breach with the highest known count (earliest row on a tie); null when none is known. */
  largest: number | null;
  hackingShare: {
    /** Individuals of breaches naming Hacking/IT Incident ÷ all individuals; null when that is 0. */
    byIndividuals: number | null;
    /** Breaches naming Hacking/IT Incident ÷ all breaches (unknown counts included); null when none. */
    byBreaches: number | null;
  };
}

/** Headline figures of the given rows. A breach with several types is counted once. Never NaN. */
export function summarise(table: BreachTable, rows: Uint32Array): Summary {
  const { individuals: counts, hasCount, placeholder, breachTypes } = table;
  const hackingBit = breachTypes.keys.indexOf(HACKING);
  // Branch-free: (mask >>> shift) & keep is 1 for a hacking breach (keep = 0 when no such type).
  const shift = Math.max(0, hackingBit);
  const keep = hackingBit < 0 ? 0 : 1;
  const masks = breachTypes.masks;
  let individuals = 0;
  let known = 0;
  let placeholders = 0;
  let hackingBreaches = 0;
  let hackingIndividuals = 0;
  let largest = -1;
  let largestValue = -1;
  for (let k = 0; k < rows.length; k += 1) {
    const r = rows[k]!;
    const v = counts[r]!;
    const has = hasCount[r]!;
    individuals += v;
    known += has;
    placeholders += placeholder[r]!;
    const hacking = (masks[r]! >>> shift) & keep;
    hackingBreaches += hacking;
    hackingIndividuals += hacking * v;
    if (has === 1 && (v > largestValue || (v === largestValue && r < largest))) {
      largest = r;
      largestValue = v;
    }
  }
  return summaryOf({
    breaches: rows.length,
    individuals,
    known,
    placeholders,
    hackingBreaches,
    hackingIndividuals,
    largest,
  });
}

/** Sums over a selection, as summarise and aggregateGroup collect them. */
export interface SummarySums {
  breaches: number;
  individuals: number;
  known: number;
  placeholders: number;
  hackingBreaches: number;
  hackingIndividuals: number;
  /** Row of the largest known count, -1 when none. */
  largest: number;
}

/** The summary from its sums. */
export function summaryOf(sums: SummarySums): Summary {
  const { breaches, individuals } = sums;
  return {
    breaches,
    individuals,
    unknownCounts: breaches - sums.known,
    placeholders: sums.placeholders,
    largest: sums.largest < 0 ? null : sums.largest,
    hackingShare: {
      byIndividuals: individuals > 0 ? sums.hackingIndividuals / individuals : null,
      byBreaches: breaches > 0 ? sums.hackingBreaches / breaches : null,
    },
  };
}
