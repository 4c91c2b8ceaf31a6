import type { BreachTable } from '../data/table/BreachTable';
import { buildBreachTableFromColumns } from '../data/table/buildBreachTableFromColumns';
import { mulberry32 } from './mulberry32';
import { parseIsoDay } from '../data/dates/parseIsoDay';
import { TextStoreBuilder } from '../data/table/textColumn';

/**
 * Submission windows and relative weights per year, shaped like the real list (first reports
 * in autumn 2009, a steady rise, the latest year partial).
 */
const YEARS: readonly [year: number, from: string, to: string, weight: number][] = [
  [2009, '2009-09-23', '2009-12-31', 18],
  [2010, '2010-01-01', '2010-12-31', 199],
  [2011, '2011-01-01', '2011-12-31', 200],
  [2012, '2012-01-01', '2012-12-31', 218],
  [2013, '2013-01-01', '2013-12-31', 277],
  [2014, '2014-01-01', '2014-12-31', 314],
  [2015, '2015-01-01', '2015-12-31', 270],
  [2016, '2016-01-01', '2016-12-31', 327],
  [2017, '2017-01-01', '2017-12-31', 359],
  [2018, '2018-01-01', '2018-12-31', 369],
  [2019, '2019-01-01', '2019-12-31', 512],
  [2020, '2020-01-01', '2020-12-31', 663],
  [2021, '2021-01-01', '2021-12-31', 715],
  [2022, '2022-01-01', '2022-12-31', 720],
  [2023, '2023-01-01', '2023-12-31', 745],
  [2024, '2024-01-01', '2024-12-31', 734],
  [2025, '2025-01-01', '2025-12-31', 700],
  [2026, '2026-01-01', '2026-04-30', 230],
];

/** Roughly population-weighted states and territories ('' = left empty, as for some PR entities). */
const STATES: readonly [string, number][] = [
  ['', 8],
  ['AK', 2],
  ['AL', 15],
  ['AR', 9],
  ['AZ', 22],
  ['CA', 120],
  ['CO', 18],
  ['CT', 11],
  ['DC', 4],
  ['DE', 3],
  ['FL', 65],
  ['GA', 32],
  ['HI', 4],
  ['IA', 10],
  ['ID', 5],
  ['IL', 40],
  ['IN', 21],
  ['KS', 9],
  ['KY', 14],
  ['LA', 14],
  ['MA', 22],
  ['MD', 19],
  ['ME', 4],
  ['MI', 30],
  ['MN', 18],
  ['MO', 19],
  ['MS', 9],
  ['MT', 3],
  ['NC', 33],
  ['ND', 2],
  ['NE', 6],
  ['NH', 4],
  ['NJ', 28],
  ['NM', 6],
  ['NV', 9],
  ['NY', 60],
  ['OH', 36],
  ['OK', 12],
  ['OR', 13],
  ['PA', 40],
  ['PR', 4],
  ['RI', 3],
  ['SC', 16],
  ['SD', 3],
  ['TN', 21],
  ['TX', 90],
  ['UT', 10],
  ['VA', 26],
  ['VT', 2],
  ['WA', 24],
  ['WI', 18],
  ['WV', 5],
  ['WY', 2],
];

const ENTITY_TYPES: readonly [string, number][] = [
  ['', 1],
  ['Business Associate', 15.5],
  ['Health Plan', 13],
  ['Healthcare Clearing House', 0.5],
  ['Healthcare Provider', 70],
];

const BREACH_TYPES = [
  'Hacking/IT Incident',
  'Improper Disposal',
  'Loss',
  'Other',
  'Theft',
  'Unauthorized Access/Disclosure',
  'Unknown',
] as const;
const [HACKING, DISPOSAL, LOSS, OTHER, THEFT, UNAUTHORISED, UNKNOWN] = [
  0, 1, 2, 3, 4, 5, 6,
] as const;

const LOCATIONS = [
  'Desktop Computer',
  'Electronic Medical Record',
  'Email',
  'Laptop',
  'Network Server',
  'Other',
  'Other Portable Electronic Device',
  'Paper/Films',
] as const;
/** Location weights given the breach type (indices into LOCATIONS). */
const LOCATION_BY_TYPE: readonly (readonly number[])[] = [
  /* hacking */ [1, 4, 30, 1, 62, 2, 0, 0],
  /* disposal */ [3, 0, 0, 2, 0, 10, 5, 80],
  /* loss */ [2, 0, 3, 20, 0, 10, 30, 35],
  /* other */ [5, 10, 15, 5, 10, 30, 5, 20],
  /* theft */ [15, 1, 2, 40, 5, 7, 15, 15],
  /* unauthorised */ [5, 20, 30, 2, 10, 10, 3, 20],
  /* unknown */ [5, 10, 10, 5, 10, 40, 5, 15],
];

/** Snapshot dates of the merged history (as in datasets/snapshots.csv). */
const SNAPSHOTS = [
  '2024-08-29',
  '2024-10-17',
  '2024-11-20',
  '2025-05-11',
  '2025-06-25',
  '2025-11-20',
  '2026-01-15',
  '2026-02-03',
  '2026-05-03',
];

/**
 * n synthetic breach reports with realistic shapes — heavy-tailed counts (500 + log-normal fitted
 * to the real quartiles, capped at 250 million, 0.1 % unknown, ~3 % placeholders of 500/501),
 * submissions 2009–2026 weighted like the real list, 53 states and territories plus empty,
 * hacking rising over time, ~2 % of rows with two breach types and ~6 % with two locations (some
 * draws repeat a value, so slightly fewer) — built straight into typed
 * columns (about a second for 1,000,000 rows). Same seed, same table. Names are
 * "Synthetic entity 123" (several reports per entity) so they are never mistaken for real ones.
 */
export function syntheticBreaches(n: number, seed: number): BreachTable {
  const count = Math.max(0, Math.floor(n));
  const random = mulberry32(seed);
  const pick = (cumulative: Float64Array): number => {
    const x = random() * cumulative[cumulative.length - 1]!;
    let i = 0;
    while (cumulative[i]! <= x && i < cumulative.length - 1) i += 1;
    return i;
  };

  // Submission days, sorted newest first like breaches.csv.
  const yearCumulative = cumulate(YEARS.map((y) => y[3]));
  const yearStart = YEARS.map((y) => parseIsoDay(y[1])!);
  const yearDays = YEARS.map((y, i) => parseIsoDay(y[2])! - yearStart[i]! + 1);
  const day = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    const y = pick(yearCumulative);
    day[i] = yearStart[y]! + Math.floor(random() * yearDays[y]!);
  }
  day.sort().reverse();
  const firstDay = parseIsoDay(YEARS[0]![1])!;
  const lastDay = parseIsoDay(YEARS[YEARS.length - 1]![2])!;
  const snapshotDays = SNAPSHOTS.map((s) => parseIsoDay(s)!);

  const individuals = new Float64Array(count);
  const hasCount = new Uint8Array(count);
  const state = new Uint16Array(count);
  const entityType = new Uint8Array(count);
  const businessAssociate = new Uint8Array(count);
  const status = new Uint8Array(count);
  const breachTypes = new Uint32Array(count);
  const locations = new Uint32Array(count);
  const placeholder = new Uint8Array(count);
  const webDescription = new Uint8Array(count);
  const firstSeen = new Uint16Array(count);
  const lastSeen = new Uint16Array(count);
  const seenIn = new Uint16Array(count);
  const stateCumulative = cumulate(STATES.map((s) => s[1]));
  const entityCumulative = cumulate(ENTITY_TYPES.map((e) => e[1]));
  const locationCumulative = LOCATION_BY_TYPE.map(cumulate);
  const typeWeights = new Float64Array(BREACH_TYPES.length);
  const typeCumulative = new Float64Array(BREACH_TYPES.length);
  const BA_ENTITY = 1;
  // Dictionary codes (keys are sorted): business associate '' / No / Yes; status archived / closed / open.
  const [BA_NONE, BA_NO, BA_YES] = [0, 1, 2];
  const [ARCHIVED, CLOSED, OPEN] = [0, 1, 2];

  for (let i = 0; i < count; i += 1) {
    const d = day[i]!;
    const era = (d - firstDay) / (lastDay - firstDay);

    // Heavy-tailed count: 500 + a log-normal (log10 median 3.52, σ 1.1), fitted to the real
    // quartiles (1,220 / 3,805 / 19,060); ~3 % placeholders of 500/501, 0.1 % unknown.
    const u = random();
    if (u < 0.001) {
      hasCount[i] = 0;
    } else {
      const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      const value =
        u < 0.031 ? 500 + (u < 0.016 ? 1 : 0) : 500 + Math.floor(10 ** (3.52 + 1.1 * z));
      individuals[i] = Math.min(value, 250_000_000);
      hasCount[i] = 1;
      placeholder[i] = individuals[i] === 500 || individuals[i] === 501 ? 1 : 0;
    }

    state[i] = pick(stateCumulative);
    const entity = pick(entityCumulative);
    entityType[i] = entity;
    const b = random();
    businessAssociate[i] =
      b < 0.01 ? BA_NONE : b < (entity === BA_ENTITY ? 0.96 : 0.16) ? BA_YES : BA_NO;

    // Hacking rises from ~10 % to ~80 % of reports; theft and loss fade.
    typeWeights[HACKING] = 0.08 + 0.72 * era;
    typeWeights[UNAUTHORISED] = 0.22;
    typeWeights[THEFT] = 0.5 * (1 - era) + 0.02;
    typeWeights[LOSS] = 0.07 * (1 - era) + 0.01;
    typeWeights[DISPOSAL] = 0.04 * (1 - era) + 0.005;
    typeWeights[OTHER] = 0.03;
    typeWeights[UNKNOWN] = 0.003;
    let sum = 0;
    for (let t = 0; t < typeWeights.length; t += 1) typeCumulative[t] = sum += typeWeights[t]!;
    const type = pick(typeCumulative);
    let types = 1 << type;
    if (random() < 0.02) types |= 1 << pick(typeCumulative);
    breachTypes[i] = types;
    const cumulativeForType = locationCumulative[type]!;
    let where = 1 << pick(cumulativeForType);
    if (random() < 0.06) where |= 1 << pick(cumulativeForType);
    locations[i] = where;

    // Recent reports are still open; older ones archived, a few closed without an archive copy.
    const s = random();
    status[i] = lastDay - d < 540 ? (s < 0.9 ? OPEN : CLOSED) : s < 0.95 ? ARCHIVED : CLOSED;
    webDescription[i] = random() < 0.6 ? 1 : 0;

    let first = 0;
    while (first < snapshotDays.length - 1 && snapshotDays[first]! < d) first += 1;
    const lastIndex = snapshotDays.length - 1;
    const last =
      status[i] === OPEN ? lastIndex : first + Math.floor(random() * (lastIndex - first + 1));
    firstSeen[i] = snapshotDays[first]!;
    lastSeen[i] = snapshotDays[last]!;
    seenIn[i] = last - first + 1;
  }

  // Several reports per entity, as in the real list; ids ("syn-1", …) are unique and short.
  // Both are built as the table's string stores directly (no string per row).
  const entities = Math.max(1, Math.ceil(count / 4));
  const names = new TextStoreBuilder();
  for (let e = 0; e < entities; e += 1) names.add(`Synthetic entity ${e + 1}`);
  const ids = new TextStoreBuilder();
  const idCodes = new Uint32Array(count);
  const nameCodes = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) {
    idCodes[i] = ids.add(`syn-${i + 1}`);
    nameCodes[i] = Math.floor(random() * entities);
  }
  const id = { day: new Uint16Array(count), rest: { codes: idCodes, ...ids.finish() } };
  const name = { codes: nameCodes, ...names.finish() };

  return buildBreachTableFromColumns({
    id,
    name,
    day,
    individuals,
    hasCount,
    state: { codes: state, keys: STATES.map((s) => s[0]) },
    entityType: { codes: entityType, keys: ENTITY_TYPES.map((e) => e[0]) },
    businessAssociate: { codes: businessAssociate, keys: ['', 'No', 'Yes'] },
    status: { codes: status, keys: ['archived', 'closed', 'open'] },
    breachTypes: { codes: breachTypes, keys: BREACH_TYPES },
    locations: { codes: locations, keys: LOCATIONS },
    placeholder,
    webDescription,
    firstSeen,
    lastSeen,
    seenIn,
  });
}

function cumulate(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  return out;
}
