import type { BreachTable } from '../table/BreachTable';
import { categoryCounts } from './countByCategory';
import { monthRollups } from './rollupByMonth';
import { yearRollups } from './rollupByYear';
import { HACKING, summaryOf } from './summarise';
import type { ViewSpec } from './computeViews';
import type { CategoryCount } from './countByCategory';
import type { MonthRollup } from './rollupByMonth';
import type { YearRollup } from './rollupByYear';
import type { Summary } from './summarise';

/** What aggregateGroup computed, per view; undefined = not one it handles (aggregate it alone). */
export type GroupValue = YearRollup[] | MonthRollup[] | CategoryCount[] | Summary | undefined;

/** Sums per key: breaches, individuals (known counts) and unknown counts. */
interface Sums {
  breaches: Int32Array;
  individuals: Float64Array;
  unknown: Int32Array;
}

const sums = (size: number): Sums => ({
  breaches: new Int32Array(size),
  individuals: new Float64Array(size),
  unknown: new Int32Array(size),
});

const NO_SUMS = sums(0);

/**
 * Several views over the same rows (the views of one crossfilter source) in ONE loop over the
 * rows: each row's count and known flag are read once and added to every view's sums (the year
 * and month rollups, the summary, and the breakdowns by state, entity type, business associate,
 * breach type and location; one view of each). The same sums, in the same order, as the separate
 * functions, so results are identical; views of other kinds are left undefined.
 */
export function aggregateGroup(
  table: BreachTable,
  views: readonly ViewSpec[],
  rows: Uint32Array,
): GroupValue[] {
  const span = table.span;
  const slot = new Map<string, number>();
  views.forEach((view, i) => {
    const name =
      view.kind === 'byCategory'
        ? view.field
        : view.kind === 'largest' || view.kind === 'rows'
          ? null
          : view.kind;
    if (name === null || slot.has(name) || name === 'status' || name === 'placeholder') return;
    if ((name === 'byYear' || name === 'byMonth') && span === null) return;
    slot.set(name, i);
  });
  const out: GroupValue[] = views.map(() => undefined);
  if (slot.size === 0) return out;
  const want = (name: string) => slot.has(name);
  const yearSize = span ? span.maxYear - span.minYear + 1 : 0;
  const monthSize = span ? span.maxMonth - span.minMonth + 1 : 0;
  const year = want('byYear') ? sums(yearSize) : NO_SUMS;
  const month = want('byMonth') ? sums(monthSize) : NO_SUMS;
  const state = want('state') ? sums(table.state.keys.length) : NO_SUMS;
  const entity = want('entityType') ? sums(table.entityType.keys.length) : NO_SUMS;
  const ba = want('businessAssociate') ? sums(table.businessAssociate.keys.length) : NO_SUMS;
  const types = want('breachType') ? sums(table.breachTypes.keys.length) : NO_SUMS;
  const locations = want('location') ? sums(table.locations.keys.length) : NO_SUMS;
  const summary = new Float64Array(SUMMARY_SIZE);
  run(table, rows, {
    year,
    month,
    state,
    entity,
    ba,
    types,
    locations,
    summary: want('summary') ? summary : null,
  });

  for (const [name, i] of slot) {
    switch (name) {
      case 'byYear':
        out[i] = yearRollups(span!.minYear, year.breaches, year.individuals, year.unknown);
        break;
      case 'byMonth':
        out[i] = monthRollups(span!.minMonth, month.breaches, month.individuals, month.unknown);
        break;
      case 'summary':
        out[i] = summaryOf({
          breaches: rows.length,
          individuals: summary[INDIVIDUALS]!,
          known: summary[KNOWN]!,
          placeholders: summary[PLACEHOLDERS]!,
          hackingBreaches: summary[HACKING_BREACHES]!,
          hackingIndividuals: summary[HACKING_INDIVIDUALS]!,
          largest: summary[LARGEST]!,
        });
        break;
      default: {
        const column =
          name === 'breachType'
            ? table.breachTypes
            : name === 'location'
              ? table.locations
              : table[name as 'state' | 'entityType' | 'businessAssociate'];
        const s =
          name === 'state'
            ? state
            : name === 'entityType'
              ? entity
              : name === 'businessAssociate'
                ? ba
                : name === 'breachType'
                  ? types
                  : locations;
        out[i] = categoryCounts(column.keys, column.labels, s.breaches, s.individuals, s.unknown);
      }
    }
  }
  return out;
}

/** Slots of the summary's sums. */
const INDIVIDUALS = 0;
const KNOWN = 1;
const PLACEHOLDERS = 2;
const HACKING_BREACHES = 3;
const HACKING_INDIVIDUALS = 4;
const LARGEST = 5;
const LARGEST_VALUE = 6;
const SUMMARY_SIZE = 7;

interface Targets {
  year: Sums;
  month: Sums;
  state: Sums;
  entity: Sums;
  ba: Sums;
  types: Sums;
  locations: Sums;
  /** Null when no summary is asked for. */
  summary: Float64Array | null;
}

/**
 * The loop. Each view's block runs when it was asked for (a flag fixed for the call, so the
 * branch predicts perfectly); sums live in typed arrays so nothing runs after the loop.
 */
function run(table: BreachTable, rows: Uint32Array, t: Targets): void {
  const span = table.span;
  const minYear = span?.minYear ?? 0;
  const minMonth = span?.minMonth ?? 0;
  const { individuals: counts, hasCount, placeholder } = table;
  const yearCol = table.year;
  const monthCol = table.month;
  const stateCodes = table.state.codes;
  const entityCodes = table.entityType.codes;
  const baCodes = table.businessAssociate.codes;
  const typeMasks = table.breachTypes.masks;
  const locationMasks = table.locations.masks;
  const doYear = t.year.breaches.length > 0;
  const doMonth = t.month.breaches.length > 0;
  const doState = t.state.breaches.length > 0;
  const doEntity = t.entity.breaches.length > 0;
  const doBa = t.ba.breaches.length > 0;
  const doTypes = t.types.breaches.length > 0;
  const doLocations = t.locations.breaches.length > 0;
  const doSummary = t.summary !== null;
  const sum = t.summary ?? new Float64Array(SUMMARY_SIZE);
  const { breaches: yB, individuals: yI, unknown: yU } = t.year;
  const { breaches: mB, individuals: mI, unknown: mU } = t.month;
  const { breaches: sB, individuals: sI, unknown: sU } = t.state;
  const { breaches: eB, individuals: eI, unknown: eU } = t.entity;
  const { breaches: bB, individuals: bI, unknown: bU } = t.ba;
  const { breaches: tB, individuals: tI, unknown: tU } = t.types;
  const { breaches: lB, individuals: lI, unknown: lU } = t.locations;
  const hackingBit = table.breachTypes.keys.indexOf(HACKING);
  const shift = Math.max(0, hackingBit);
  const keep = hackingBit < 0 ? 0 : 1;
  sum[LARGEST] = -1;
  sum[LARGEST_VALUE] = -1;
  for (let k = 0; k < rows.length; k += 1) {
    const r = rows[k]!;
    const v = counts[r]!;
    const has = hasCount[r]!;
    const u = 1 - has;
    if (doYear) {
      const y = yearCol[r]! - minYear;
      yB[y] = yB[y]! + 1;
      yI[y] = yI[y]! + v;
      yU[y] = yU[y]! + u;
    }
    if (doMonth) {
      const m = monthCol[r]! - minMonth;
      mB[m] = mB[m]! + 1;
      mI[m] = mI[m]! + v;
      mU[m] = mU[m]! + u;
    }
    if (doState) {
      const c = stateCodes[r]!;
      sB[c] = sB[c]! + 1;
      sI[c] = sI[c]! + v;
      sU[c] = sU[c]! + u;
    }
    if (doEntity) {
      const c = entityCodes[r]!;
      eB[c] = eB[c]! + 1;
      eI[c] = eI[c]! + v;
      eU[c] = eU[c]! + u;
    }
    if (doBa) {
      const c = baCodes[r]!;
      bB[c] = bB[c]! + 1;
      bI[c] = bI[c]! + v;
      bU[c] = bU[c]! + u;
    }
    if (doTypes) {
      let m = typeMasks[r]! | 0;
      while (m !== 0) {
        const b = 31 - Math.clz32(m & -m);
        tB[b] = tB[b]! + 1;
        tI[b] = tI[b]! + v;
        tU[b] = tU[b]! + u;
        m &= m - 1;
      }
    }
    if (doLocations) {
      let m = locationMasks[r]! | 0;
      while (m !== 0) {
        const b = 31 - Math.clz32(m & -m);
        lB[b] = lB[b]! + 1;
        lI[b] = lI[b]! + v;
        lU[b] = lU[b]! + u;
        m &= m - 1;
      }
    }
    if (doSummary) {
      const hacking = (typeMasks[r]! >>> shift) & keep;
      sum[INDIVIDUALS] = sum[INDIVIDUALS]! + v;
      sum[KNOWN] = sum[KNOWN]! + has;
      sum[PLACEHOLDERS] = sum[PLACEHOLDERS]! + placeholder[r]!;
      sum[HACKING_BREACHES] = sum[HACKING_BREACHES]! + hacking;
      sum[HACKING_INDIVIDUALS] = sum[HACKING_INDIVIDUALS]! + hacking * v;
      // Rows ascend, so the first of equal largest counts is kept (as summarise does).
      if (has === 1 && v > sum[LARGEST_VALUE]!) {
        sum[LARGEST] = r;
        sum[LARGEST_VALUE] = v;
      }
    }
  }
}
