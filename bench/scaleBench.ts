import type { BreachTable } from '../src/data/table/BreachTable';
import { DEFAULT_VIEW } from '../src/state/viewState';
import { FILTER_STEPS } from './explorerBench';

interface Row {
  year: number;
  month: number;
  individuals: number;
  known: boolean;
  placeholder: boolean;
  types: string[];
  locations: string[];
  entity: string;
  ba: string;
  state: string;
}

type Clause = 'time' | 'type' | 'state';

/**
 * Naive array filtering doing the explorer's work: one object per breach, and on every filter
 * change each view re-filters the whole array with every clause but its own (Array.filter) and
 * groups the survivors into a Map — what an app without an index or typed columns would do.
 */
export function naiveStepper(table: BreachTable): () => void {
  const rows: Row[] = new Array<Row>(table.length);
  const labels = (keys: readonly string[], mask: number) => keys.filter((_, b) => (mask >>> b) & 1);
  for (let i = 0; i < table.length; i++) {
    rows[i] = {
      year: table.year[i] ?? 0,
      month: table.month[i] ?? 0,
      individuals: table.individuals[i] ?? 0,
      known: table.hasCount[i] === 1,
      placeholder: table.placeholder[i] === 1,
      types: labels(table.breachTypes.keys, table.breachTypes.masks[i] ?? 0),
      locations: labels(table.locations.keys, table.locations.masks[i] ?? 0),
      entity: table.entityType.keys[table.entityType.codes[i] ?? 0] ?? '',
      ba: table.businessAssociate.keys[table.businessAssociate.codes[i] ?? 0] ?? '',
      state: table.state.keys[table.state.codes[i] ?? 0] ?? '',
    };
  }
  const group = (list: Row[], key: (r: Row) => string | number | (string | number)[]) => {
    const out = new Map<string | number, { n: number; s: number }>();
    for (const r of list) {
      const k = key(r);
      for (const one of Array.isArray(k) ? k : [k]) {
        const acc = out.get(one) ?? { n: 0, s: 0 };
        acc.n += 1;
        acc.s += r.individuals;
        out.set(one, acc);
      }
    }
    return out;
  };
  let i = 0;
  return () => {
    const step = FILTER_STEPS[i++ % FILTER_STEPS.length] ?? DEFAULT_VIEW;
    const type = step.filters.breachType[0];
    const state = step.filters.state[0];
    const from = step.yearFrom ?? -Infinity;
    const to = step.yearTo ?? Infinity;
    const passes = (r: Row, except: Clause | null) =>
      (except === 'time' || (r.year >= from && r.year <= to)) &&
      (except === 'type' || type === undefined || r.types.includes(type)) &&
      (except === 'state' || state === undefined || r.state === state);
    const filtered = (except: Clause | null) => rows.filter((r) => passes(r, except));
    const all = filtered(null);
    const byTime = filtered('time');
    group(byTime, (r) => r.year);
    group(byTime, (r) => r.month);
    let individuals = 0;
    let placeholders = 0;
    for (const r of all) {
      if (r.known) individuals += r.individuals;
      if (r.placeholder) placeholders += 1;
    }
    group(filtered('type'), (r) => r.types);
    group(all, (r) => r.entity);
    group(all, (r) => r.locations);
    group(all, (r) => r.ba);
    group(filtered('state'), (r) => r.state);
    if (individuals < 0 || placeholders < 0) throw new Error('unreachable');
  };
}
