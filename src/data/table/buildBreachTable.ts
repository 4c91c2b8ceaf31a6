import { MAX_MULTI_VALUES, type BreachTable } from './BreachTable';
import { buildBreachTableFromColumns } from './buildBreachTableFromColumns';
import type { BreachRow } from '../datasets/parseBreachRows';
import { parseIsoDay } from '../dates/parseIsoDay';

/**
 * Turns parsed breach rows into a columnar BreachTable, keeping row order. Dictionaries are
 * built from the data and sorted (so codes do not depend on row order); an empty value is its
 * own key ''. A breach naming no breach type (or location) gets the '' bit.
 */
export function buildBreachTable(rows: readonly BreachRow[]): BreachTable {
  return buildBreachTableOf(rows.length, (i) => rows[i]!);
}

/**
 * buildBreachTable over rows read through `rowAt` (twice per row, in order: once for the
 * dictionaries, once for the columns), so a producer can hand over a million rows without making
 * a million row objects: `rowAt` may fill and return the same object every time.
 */
export function buildBreachTableOf(n: number, rowAt: (i: number) => BreachRow): BreachTable {
  const states = new Set<string>();
  const entities = new Set<string>();
  const bas = new Set<string>();
  const statuses = new Set<string>();
  const types = new Set<string>();
  const places = new Set<string>();
  for (let i = 0; i < n; i += 1) {
    const r = rowAt(i);
    states.add(r.state ?? '');
    entities.add(r.entityType ?? '');
    bas.add(baKey(r.businessAssociate));
    statuses.add(r.status);
    if (r.breachTypes.length === 0) types.add('');
    else for (const t of r.breachTypes) types.add(t);
    if (r.locations.length === 0) places.add('');
    else for (const l of r.locations) places.add(l);
  }
  const stateKeys = sortedKeys(states);
  const entityKeys = sortedKeys(entities);
  const baKeys = sortedKeys(bas);
  const statusKeys = sortedKeys(statuses);
  const typeKeys = sortedKeys(types);
  const locationKeys = sortedKeys(places);
  if (entityKeys.length > 256 || stateKeys.length > 65536)
    throw new RangeError('buildBreachTable: too many categories');
  if (typeKeys.length > MAX_MULTI_VALUES || locationKeys.length > MAX_MULTI_VALUES) {
    throw new RangeError(
      `buildBreachTable: more than ${MAX_MULTI_VALUES} breach types or locations`,
    );
  }
  const stateCode = codeMap(stateKeys);
  const entityCode = codeMap(entityKeys);
  const baCode = codeMap(baKeys);
  const statusCode = codeMap(statusKeys);
  const typeCode = codeMap(typeKeys);
  const locationCode = codeMap(locationKeys);

  const day = new Int32Array(n);
  const individuals = new Float64Array(n);
  const hasCount = new Uint8Array(n);
  const state = new Uint16Array(n);
  const entityType = new Uint8Array(n);
  const businessAssociate = new Uint8Array(n);
  const status = new Uint8Array(n);
  const breachTypes = new Uint32Array(n);
  const locations = new Uint32Array(n);
  const placeholder = new Uint8Array(n);
  const webDescription = new Uint8Array(n);
  const firstSeen = new Uint16Array(n);
  const lastSeen = new Uint16Array(n);
  const seenIn = new Uint16Array(n);
  const ids = new Array<string>(n);
  const names = new Array<string>(n);

  // A few thousand distinct dates among the rows: each is parsed once.
  const days = new Map<string, number | null>();
  const dayOf = (iso: string): number | null => {
    let d = days.get(iso);
    if (d === undefined) {
      d = parseIsoDay(iso);
      days.set(iso, d);
    }
    return d;
  };
  const seenDay = (iso: string | null): number => {
    const d = iso === null ? null : dayOf(iso);
    return d === null || d <= 0 || d > 65535 ? 0 : d;
  };

  for (let i = 0; i < n; i += 1) {
    const r = rowAt(i);
    ids[i] = r.id;
    names[i] = r.name;
    const d = dayOf(r.submitted);
    if (d === null)
      throw new RangeError(
        `buildBreachTable: row ${i} submitted "${r.submitted}" is not an ISO date`,
      );
    day[i] = d;
    if (r.individuals !== null && Number.isFinite(r.individuals) && r.individuals >= 0) {
      individuals[i] = r.individuals;
      hasCount[i] = 1;
    }
    state[i] = stateCode.get(r.state ?? '')!;
    entityType[i] = entityCode.get(r.entityType ?? '')!;
    businessAssociate[i] = baCode.get(baKey(r.businessAssociate))!;
    status[i] = statusCode.get(r.status)!;
    breachTypes[i] = maskOf(r.breachTypes, typeCode);
    locations[i] = maskOf(r.locations, locationCode);
    placeholder[i] = r.placeholder ? 1 : 0;
    webDescription[i] = r.webDescription ? 1 : 0;
    firstSeen[i] = seenDay(r.firstSeen);
    lastSeen[i] = seenDay(r.lastSeen);
    seenIn[i] = Math.min(65535, Math.max(0, Math.trunc(r.seenIn) || 0));
  }

  return buildBreachTableFromColumns({
    id: ids,
    name: names,
    day,
    individuals,
    hasCount,
    state: { codes: state, keys: stateKeys },
    entityType: { codes: entityType, keys: entityKeys },
    businessAssociate: { codes: businessAssociate, keys: baKeys },
    status: { codes: status, keys: statusKeys },
    breachTypes: { codes: breachTypes, keys: typeKeys },
    locations: { codes: locations, keys: locationKeys },
    placeholder,
    webDescription,
    firstSeen,
    lastSeen,
    seenIn,
  });
}

function baKey(value: boolean | null): string {
  return value === null ? '' : value ? 'Yes' : 'No';
}

/** Distinct values in code-point order ('' first when present). */
function sortedKeys(seen: ReadonlySet<string>): string[] {
  return [...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function codeMap(keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((k, i) => [k, i]));
}

function maskOf(values: readonly string[], code: ReadonlyMap<string, number>): number {
  if (values.length === 0) return (1 << code.get('')!) >>> 0;
  let mask = 0;
  for (const v of values) mask |= 1 << code.get(v)!;
  return mask >>> 0;
}
